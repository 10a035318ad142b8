/**
 * The one place replication reads the rows it sends, opened as the app reads them: the revision
 * decides what the server lacks, and only those are sealed for it (wire.ts), so a steady sync does
 * not seal every record again.
 */
import Dexie from 'dexie';
import { db } from '../db';

export interface StoredPage {
  rows: Record<string, unknown>[];
  /** The key to read the next page after; undefined when this was the last page. */
  next?: unknown;
}

/** Up to `limit` rows of `table` in key order, after `afterKey` (undefined: from the start). */
export async function storedRows(table: string, afterKey: unknown, limit: number): Promise<StoredPage> {
  const t = db().table(table);
  const from = afterKey === undefined ? t.orderBy(':id') : t.where(':id').above(afterKey);
  const rows = (await from.limit(limit).toArray()) as Record<string, unknown>[];
  const last = rows[rows.length - 1];
  return { rows, next: rows.length === limit && last ? Dexie.getByKeyPath(last, t.schema.primKey.keyPath as string | string[] as string) : undefined };
}

/** The rows of `table` with these keys that are still there (a removed one is sent as its tombstone). */
export async function storedRowsByKey(table: string, keys: readonly unknown[]): Promise<Record<string, unknown>[]> {
  const rows = (await db().table(table).bulkGet([...keys] as never[])) as (Record<string, unknown> | undefined)[];
  return rows.filter((row): row is Record<string, unknown> => row !== undefined);
}
