import type { Table } from 'dexie';
import type { BackupContent, OnProgress } from '../../domain/backup/format';
import { compareKeys, totals, type TableChange } from '../../domain/backup/summary';
import type { StaffMember } from '../../domain/household';
import { audit, SERVICE_EVENTS } from '../audit';
import { db } from '../db';
import { forgetHeads } from '../audit-head';
import { asPerson } from '../revisions';
import { refreshAllCarerSummaries } from '../repositories/carer-summary';
import { pacer } from './pace';
import { backupTables, isDeviceLocal, primaryKeyOf } from './tables';

/**
 * Rows handed to the database per request inside the restore transaction. Handing over a row costs
 * the page its copy and, for a household, a dozen index entries: 1,000 households held it for
 * about 240 ms, over the 200 ms a tap may wait; 100 keep each turn near 25 ms. (Timing each request
 * to size the next does not work: Dexie may hand the rows over after the call has returned.)
 */
const WRITE_CHUNK = 100;

/**
 * The person using this device, who stays on its name list even when the backup does not name
 * them, so a restore on a new tablet does not sign out the person doing it.
 */
async function currentUserRow(): Promise<StaffMember | undefined> {
  const id = (await db().settings.get('currentStaffId'))?.value;
  return typeof id === 'string' ? db().staff.get(id) : undefined;
}

/** The device's keys, table by table, leaving out the rows a restore keeps (this device's own settings, its user). */
async function deviceKeys(tables: Table[], user: StaffMember | undefined): Promise<Record<string, unknown[]>> {
  const keys: Record<string, unknown[]> = {};
  for (const table of tables) {
    if (table.name === 'settings') {
      const rows = (await table.toArray()) as Record<string, unknown>[];
      keys[table.name] = rows.filter((r) => !isDeviceLocal(table.name, r)).map((r) => r.key);
    } else {
      const all = await table.toCollection().primaryKeys();
      keys[table.name] = table.name === 'staff' && user ? all.filter((k) => k !== user.id) : all;
    }
  }
  return keys;
}

function backupKeys(tables: Table[], content: BackupContent): Record<string, unknown[]> {
  const keys: Record<string, unknown[]> = {};
  for (const table of tables) keys[table.name] = (content.tables[table.name] ?? []).map((row) => primaryKeyOf(table, row));
  return keys;
}

/**
 * Keys compared between two turns of the page, when the restore's summary is worked out: as for a
 * merge's key listing, 5,000 at a time came near 200 ms on a busy machine.
 */
const KEY_STEP = 1000;

/**
 * What restoring this backup would add, replace and remove on this device, before anything is done.
 * Compared a few thousand keys at a time with the page given a turn between, and the device's keys
 * read a page at a time: at 10,000 households one pass over every key held the page for over a
 * second on a busy machine. Counts as `compareKeys` does.
 */
export async function planRestore(content: BackupContent): Promise<TableChange[]> {
  const user = await currentUserRow();
  const pause = pacer();
  const changes: TableChange[] = [];
  for (const table of backupTables()) {
    const incoming = new Set<unknown>();
    for (const [i, row] of (content.tables[table.name] ?? []).entries()) {
      incoming.add(primaryKeyOf(table, row));
      if (i % KEY_STEP === 0) await pause();
    }
    let present = 0;
    let replaces = 0;
    const count = (keys: unknown[]) => {
      present += keys.length;
      for (const k of keys) if (incoming.has(k)) replaces += 1;
    };
    if (table.name === 'settings' || table.name === 'staff') count((await deviceKeys([table], user))[table.name] ?? []);
    else {
      for (let last: unknown; ; ) {
        const page = await (last === undefined ? table.orderBy(':id') : table.where(':id').above(last)).limit(KEY_STEP).primaryKeys();
        count(page);
        await pause();
        if (page.length < KEY_STEP) break;
        last = page.at(-1);
      }
    }
    changes.push({ table: table.name, adds: incoming.size - replaces, replaces, removes: present - replaces });
  }
  return changes;
}

/** How many rows of a table a restore replaces or removes: the device's rows but those it keeps. */
async function replaceableCount(table: Table, user: StaffMember | undefined): Promise<number> {
  if (table.name === 'settings') return ((await table.toArray()) as Record<string, unknown>[]).filter((r) => !isDeviceLocal(table.name, r)).length;
  const all = await table.count();
  return table.name === 'staff' && user ? all - 1 : all;
}

/**
 * The plan made when the backup was checked, if the device still holds as many rows in each table
 * as it did then; otherwise a fresh one. Comparing every key again would hold the page for longer
 * than a tap may wait at 10,000 households, and the plan only words the audit entry.
 */
async function currentPlan(tables: Table[], content: BackupContent, user: StaffMember | undefined, planned: TableChange[] | undefined): Promise<TableChange[]> {
  if (planned) {
    let same = true;
    for (const table of tables) {
      const change = planned.find((c) => c.table === table.name);
      if (!change || change.replaces + change.removes !== (await replaceableCount(table, user))) same = false;
    }
    if (same) return planned;
  }
  return compareKeys(backupKeys(tables, content), await deviceKeys(tables, user));
}

/** Adds (or, for settings, puts) one table's rows, each request small enough for the page to stay responsive. */
async function writeRows(table: Table, rows: Record<string, unknown>[], put: boolean, written: (n: number) => void): Promise<void> {
  for (let at = 0; at < rows.length; at += WRITE_CHUNK) {
    const chunk = rows.slice(at, at + WRITE_CHUNK);
    await (put ? table.bulkPut(chunk) : table.bulkAdd(chunk));
    written(chunk.length);
  }
}

/**
 * Makes the database equal to the backup in one transaction: every table's rows are replaced by the
 * backup's, so records not in the backup are removed. Drafts, this device's own settings and the
 * name of the person using it stay. `planned` is what `planRestore` said when the backup was
 * checked, reused when the device has not changed since.
 * The restore is audited, and the backup's date becomes this device's last backup.
 */
export async function applyRestore(
  content: BackupContent,
  by: string,
  onProgress: OnProgress = () => undefined,
  planned?: TableChange[],
): Promise<TableChange[]> {
  const tables = backupTables();
  const d = db();
  const total = Object.values(content.tables).reduce((n, rows) => n + rows.length, 0);
  // Rows go back exactly as the backup holds them, revisions and removal notes included.
  return asPerson(by, tables, async () => {
    const user = await currentUserRow();
    const changes = await currentPlan(tables, content, user, planned);
    let done = 0;
    for (const table of tables) {
      const rows = content.tables[table.name] ?? [];
      // Settings keep this device's own rows; every other table starts empty, and adding to an
      // empty table spares the database looking up the rows a put would replace.
      const kept = table.name === 'settings';
      if (kept) {
        const incoming = new Set(rows.map((r) => r.key));
        const all = (await table.toArray()) as Record<string, unknown>[];
        await table.bulkDelete(all.filter((r) => !isDeviceLocal(table.name, r) && !incoming.has(r.key)).map((r) => r.key));
      } else {
        await table.clear();
      }
      await writeRows(table, rows, kept, (n) => {
        done += n;
        onProgress({ step: 'Restoring records', done, total });
      });
    }
    // The backup's entries replace this device's: the heads kept for the old ones no longer apply.
    if (tables.some((t) => t.name === 'events')) await forgetHeads();
    if (user && !(await d.staff.get(user.id))) await d.staff.add(user);
    // A backup from before summaries were kept has none, and one edited by hand may not match its records.
    await refreshAllCarerSummaries();
    const { header } = content;
    const households = content.tables.households?.length ?? 0;
    const { removed } = totals(changes);
    await audit(
      SERVICE_EVENTS,
      by,
      'restore',
      `Restored a backup made on ${header.deviceName || 'an unnamed device'} at ${header.createdAt} by ${header.createdBy}: ${households} households and ${total} records in all; ${removed} records not in the backup removed`,
      ['backup'],
    );
    await d.settings.put({ key: 'lastBackupAt', value: header.createdAt });
    return changes;
  }, { keepRevisions: true });
}
