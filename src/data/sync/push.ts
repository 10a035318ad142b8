/**
 * Sending this device's records to the team database: those written since the last push (the
 * journal), or on a session's first push every table that travels, a page at a time; asking the server which revisions it lacks (`_revs_diff`) and sending only those, sealed under
 * the team's key (wire.ts), with their histories (`_bulk_docs` with `new_edits=false`), so the
 * server keeps this device's revision ids rather than making its own.
 */
import type { Removal } from '../../domain/merge/incoming';
import { APPEND_ONLY, REVISED } from '../../domain/merge/tables';
import { parseDocId, recordToDoc, removalToDoc, type SyncDoc, type SyncTable } from '../../domain/sync/documents';
import { unlockedKeys } from '../crypto/vault';
import { nowInstant } from '../db';
import { ServerError, type TeamDatabase } from './server';
import { giveBack, takeWritten } from './journal';
import { storedRows, storedRowsByKey } from './stored-rows';
import { sealForServer } from './wire';

/** Rows read and asked about per request: a few hundred keep each request small on a tablet's connection. */
export const PAGE = 250;

type RevsDiff = Record<string, { missing?: string[] }>;
type BulkResult = { id?: string; error?: string; reason?: string }[];

async function sendMissing(server: TeamDatabase, docs: SyncDoc[]): Promise<number> {
  if (docs.length === 0) return 0;
  const asked: Record<string, string[]> = {};
  for (const d of docs) (asked[d._id] ??= []).push(d._rev);
  const diff = await server.post<RevsDiff>('_revs_diff', asked);
  const wanted = docs.filter((d) => diff[d._id]?.missing?.includes(d._rev));
  if (wanted.length === 0) return 0;
  // Sealed only once the server says it lacks them: a steady sync seals a handful, not every record.
  const keys = unlockedKeys();
  const missing = await Promise.all(wanted.map(async (d) => (d.row ? { ...d, row: await sealForServer(keys, d.table, parseDocId(d._id)!.key, d.row) } : d)));
  const result = await server.post<BulkResult>('_bulk_docs', { docs: missing, new_edits: false });
  if (Array.isArray(result) && result.some((r) => r.error)) throw new ServerError('refused');
  return missing.length;
}

type PushedTable = SyncTable | 'deletions';

function toDocs(table: PushedTable, rows: Record<string, unknown>[], at: string): SyncDoc[] {
  return rows.map((row) => (table === 'deletions' ? removalToDoc(row as unknown as Removal) : recordToDoc(table, row, at))).filter((d): d is SyncDoc => d !== undefined);
}

/** Pages of one table's documents, turning each row into its document. */
async function* tablePages(table: PushedTable, at: string): AsyncGenerator<SyncDoc[]> {
  let after: unknown;
  for (;;) {
    const { rows, next } = await storedRows(table, after, PAGE);
    yield toDocs(table, rows, at);
    if (next === undefined) return;
    after = next;
  }
}

/** The documents of the rows written since the last push, a page of keys at a time. */
async function* writtenPages(table: PushedTable, keys: readonly unknown[], at: string): AsyncGenerator<SyncDoc[]> {
  for (let i = 0; i < keys.length; i += PAGE) yield toDocs(table, await storedRowsByKey(table, keys.slice(i, i + PAGE)), at);
}

/**
 * Every table's documents asked about together, a request of about `PAGE` at a time: a steady
 * sync's few changes over several tables cost one `_revs_diff` and one `_bulk_docs`, not two per table.
 */
export async function push(server: TeamDatabase, onPage: () => void = () => undefined): Promise<number> {
  const written = takeWritten();
  const at = nowInstant();
  let sent = 0;
  let waiting: SyncDoc[] = [];
  try {
    for (const table of [...REVISED, ...APPEND_ONLY, 'deletions'] as const) {
      const pages = written.everything ? tablePages(table, at) : writtenPages(table, written.keys.get(table) ?? [], at);
      for await (const docs of pages) {
        waiting.push(...docs);
        onPage();
        if (waiting.length < PAGE) continue;
        sent += await sendMissing(server, waiting);
        waiting = [];
      }
    }
    sent += await sendMissing(server, waiting);
  } catch (e) {
    // Some of what was written may not have reached the server: the next push compares everything.
    giveBack();
    throw e;
  }
  return sent;
}
