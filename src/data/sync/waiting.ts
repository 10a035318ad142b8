/**
 * How many changes made here wait to be sent, for the header. Once this session has pushed, the
 * journal names the records written since, and only those are read; before that (or after a write
 * the journal could not follow) every table is read, as a push would compare them all.
 */
import { REVISED } from '../../domain/merge/tables';
import type { Revised } from '../../domain/revision';
import { isShared, type SyncTable } from '../../domain/sync/documents';
import { db } from '../db';
import { writtenSoFar } from './journal';
import { storedRowsByKey } from './stored-rows';

type Row = Record<string, unknown> & Revised;

const changedSince = (table: SyncTable, row: Row, since: string) => (row.revision?.changedAt ?? '') > since && isShared(table, row);

/** The same key written twice is one change waiting. */
function distinct(keys: readonly unknown[]): unknown[] {
  return [...new Map(keys.map((k) => [JSON.stringify(k), k])).values()];
}

async function amongWritten(written: ReadonlyMap<string, readonly unknown[]>, since: string): Promise<number> {
  let waiting = 0;
  for (const table of [...REVISED, 'deletions'] as const) {
    const keys = distinct(written.get(table) ?? []);
    if (keys.length === 0) continue;
    const rows = (await storedRowsByKey(table, keys)) as Row[];
    waiting += table === 'deletions' ? rows.filter((r) => String(r.deletedAt) > since).length : rows.filter((r) => changedSince(table, r, since)).length;
  }
  return waiting;
}

async function everywhere(since: string): Promise<number> {
  const d = db();
  let waiting = await d.deletions.where('deletedAt').above(since).count();
  for (const table of REVISED) waiting += await d.table(table).filter((row: Row) => changedSince(table, row, since)).count();
  return waiting;
}

/** Records changed or removed here after `since` (entries only ever added travel with the change they belong to). */
export async function changesWaiting(since: string): Promise<number> {
  const written = writtenSoFar();
  return written ? amongWritten(written, since) : everywhere(since);
}
