import type { Table } from 'dexie';
import { DEVICE_LOCAL_SETTINGS, DEVICE_LOCAL_TABLES } from '../../domain/backup/format';
import type { TableShape } from '../../domain/backup/records';
import { db } from '../db';

/**
 * Every table a backup holds, read from the database's own schema so a table added by a later
 * version is backed up without a change here. Drafts stay on the device they were typed on.
 */
export function backupTables(): Table[] {
  return db().tables.filter((t) => !DEVICE_LOCAL_TABLES.includes(t.name));
}

function keyPath(path: string | string[] | undefined | null): string {
  return Array.isArray(path) ? path.join('+') : (path ?? '');
}

/** A row's primary key as the database sees it (an array for a compound key). */
export function primaryKeyOf(table: Table, row: Record<string, unknown>): unknown {
  const path = table.schema.primKey.keyPath;
  return Array.isArray(path) ? path.map((p) => row[p]) : row[path ?? ''];
}

export function tableShapes(): TableShape[] {
  return backupTables().map((t) => ({
    name: t.name,
    primaryKey: keyPath(t.schema.primKey.keyPath),
    uniqueIndexes: t.schema.indexes.filter((i) => i.unique && typeof i.keyPath === 'string').map((i) => i.keyPath as string),
  }));
}

/** Settings rows about this device (its name, who is using it) are neither backed up nor replaced. */
export function isDeviceLocal(table: string, row: Record<string, unknown>): boolean {
  return table === 'settings' && DEVICE_LOCAL_SETTINGS.includes(row.key as string);
}
