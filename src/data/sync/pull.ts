/**
 * Reading the team database's changes into this device: its change feed a batch at a time (every
 * version of each changed document, `style=all_docs`), opened with the team's key, merged by the
 * same plan as a file merge, and written with the checkpoint in one transaction, so a batch is
 * taken whole or not at all and a sync cut short starts again where it stopped. No audit entry is written: the records carry
 * who changed what, and an entry for each sync would itself travel and be synced back for ever.
 */
import type { Table } from 'dexie';
import { WHOLE_RECORD, type MergePlan, type PlannedConflict, type Row } from '../../domain/merge/plan';
import { fieldPaths, sameValue, type Revised } from '../../domain/revision';
import { householdOf, KEY_OF, REFERENCE_COUNTER, type RevisedTable } from '../../domain/merge/tables';
import type { Removal } from '../../domain/merge/incoming';
import { docsToIncoming, parseDocId, recordToDoc, removalToDoc, type SyncDoc, type SyncTable } from '../../domain/sync/documents';
import { foldLeaves } from '../../domain/sync/leaves';
import { hasInHistory, type CouchRevisions } from '../../domain/sync/revs';
import { unlockedKeys } from '../crypto/vault';
import { db, newId, nowInstant, type ConflictRow } from '../db';
import { removeRecord } from '../removals';
import { draftsRepo } from '../repositories/drafts';
import { refreshDerivedMany } from '../repositories/household-derived';
import { plannedHouseholds, refreshAllCarerSummaries, refreshCarerSummaries } from '../repositories/carer-summary';
import { planInSteps, type PlannedMerge } from '../repositories/merge';
import { stillAsPlanned } from '../repositories/merge-local';
import { markDeadlinesStale } from '../repositories/settings';
import { asPerson } from '../revisions';
import { ServerError, type TeamDatabase } from './server';
import { writeSyncState, type SyncState } from './state';
import { storedRowsByKey } from './stored-rows';
import { openFromServer } from './wire';

function isRow(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Changes read per batch, each batch one transaction. A thousand: at 200, a first full sync spent
 * more on each batch's fixed costs (a transaction over every table, a plan, a checkpoint) than on
 * the records themselves.
 */
export const BATCH = 1000;

/** Rows handed to the database per request inside a batch's transaction. */
const WRITE_CHUNK = 100;

/** Where pulled changes came from, in the conflict list's words. */
export const SERVER_SOURCE = "The team's server";

/** How often a batch is planned again because this device changed meanwhile, before the sync gives up. */
const ATTEMPTS = 3;

export interface Changes {
  results: { id: string; changes: { rev: string }[] }[];
  last_seq: string | number;
}
interface BulkGet {
  results: { id: string; docs: ({ ok: SyncDoc } | { error: unknown })[] }[];
}

/**
 * The changed documents this device already holds as they are or has built on since: its own
 * records coming back from its last push, above all. They are not fetched, opened or planned again.
 * A document with more than one version is always fetched, so its versions are folded the same way
 * on every device.
 */
async function alreadyHeld(changes: Changes['results']): Promise<Set<string>> {
  const single = changes.filter((c) => c.changes.length === 1 && parseDocId(c.id));
  const byTable = new Map<SyncTable, string[]>();
  for (const c of single) {
    const { table, key } = parseDocId(c.id)!;
    (byTable.get(table) ?? byTable.set(table, []).get(table)!).push(key);
  }
  const held = new Map<string, CouchRevisions>();
  const at = nowInstant();
  for (const [table, keys] of byTable) {
    for (const row of await storedRowsByKey(table, keys)) {
      const doc = recordToDoc(table, row as Row & Revised, at);
      if (doc?._revisions) held.set(doc._id, doc._revisions);
    }
  }
  const removals = single.filter((c) => !held.has(c.id)).map((c) => parseDocId(c.id)!);
  if (removals.length) {
    const notes = await db().deletions.bulkGet(removals.map((r) => [r.table, r.key] as [string, string]));
    for (const note of notes) {
      const doc = note && removalToDoc(note as Removal);
      if (doc?._revisions) held.set(doc._id, doc._revisions);
    }
  }
  return new Set(single.filter((c) => hasInHistory(held.get(c.id) ?? { start: 0, ids: [] }, c.changes[0]!.rev)).map((c) => c.id));
}

async function fetchBatch(server: TeamDatabase, changes: Changes['results']): Promise<{ docs: SyncDoc[]; conflicts: PlannedConflict[] }> {
  const held = await alreadyHeld(changes);
  const wanted = changes.filter((c) => parseDocId(c.id) && !held.has(c.id)).flatMap((c) => c.changes.map((ch) => ({ id: c.id, rev: ch.rev })));
  if (wanted.length === 0) return { docs: [], conflicts: [] };
  const got = await server.post<BulkGet>('_bulk_get?revs=true', { docs: wanted });
  const leaves = new Map<string, SyncDoc[]>();
  for (const r of got.results) for (const d of r.docs) if ('ok' in d) (leaves.get(r.id) ?? leaves.set(r.id, []).get(r.id)!).push(d.ok);
  const docs: SyncDoc[] = [];
  const conflicts: PlannedConflict[] = [];
  const keys = unlockedKeys();
  // Opened before folding, as the fold and the merge compare the fields themselves; the whole page
  // is handed to Web Crypto at once rather than a record at a time, each waiting for the last.
  const opened = await Promise.all(
    [...leaves].map(async ([id, sealed]) => {
      const named = parseDocId(id)!;
      const versions = await Promise.all(sealed.map(async (v) => (isRow(v.row) ? { ...v, row: (await openFromServer(keys, named.table, named.key, v.row)) as SyncDoc['row'] } : v)));
      return { named, versions };
    }),
  );
  for (const { named, versions } of opened) {
    const folded = foldLeaves(named.table, named.key, versions);
    if (!folded) continue;
    docs.push(folded.doc);
    conflicts.push(...folded.conflicts);
  }
  return { docs, conflicts };
}

function touched(p: MergePlan, conflicts: PlannedConflict[]): Set<string> {
  const ids = new Set<string>();
  for (const [table, rows] of [...Object.entries(p.writes), ...Object.entries(p.appended)]) {
    for (const row of rows) {
      const id = householdOf(table, row);
      if (id) ids.add(id);
    }
  }
  for (const c of conflicts) if (c.householdId) ids.add(c.householdId);
  return ids;
}

async function writeConflicts(conflicts: PlannedConflict[], at: string): Promise<void> {
  const d = db();
  for (const c of conflicts) {
    // The same disagreement found again replaces the one still waiting: the list shows each once.
    await d.conflicts
      .where('[table+recordId]')
      .equals([c.table, c.recordId])
      .filter((old) => old.open === 1 && old.path === c.path)
      .delete();
    const row: ConflictRow = { ...c, id: newId(), source: SERVER_SOURCE, foundAt: at, open: 1 };
    await d.conflicts.add(row);
  }
}

/**
 * Open conflicts over a field that a pulled version set again: a person settled it on another device
 * (or changed it after seeing both), so it is no longer waiting here either.
 */
async function closeSettledElsewhere(p: MergePlan, at: string): Promise<void> {
  const d = db();
  const open = await d.conflicts.where('open').equals(1).toArray();
  if (open.length === 0) return;
  const written = new Map<string, Row>();
  for (const [table, rows] of Object.entries(p.writes)) for (const row of rows) written.set(`${table}:${String(row[KEY_OF[table as RevisedTable]])}`, row);
  for (const c of open) {
    const row = written.get(`${c.table}:${c.recordId}`);
    const revision = (row as Revised | undefined)?.revision;
    const setBy = revision?.fieldRevs[c.path];
    if (!row || !revision || c.path === WHOLE_RECORD || setBy === undefined || setBy === c.localRev || setBy === c.incomingRev) continue;
    const settledWith = sameValue(fieldPaths(row)[c.path], c.local) ? 'local' : 'incoming';
    await d.conflicts.update(c.id, { open: 0, settledAt: at, settledBy: revision.changedBy, settledWith });
  }
}

/** Writes a planned batch and the checkpoint after it; false (nothing written) if this device changed since the plan. */
async function applyBatch(planned: PlannedMerge, folded: PlannedConflict[], state: SyncState, by: string): Promise<boolean> {
  const { keys, local, plan: p, at } = planned;
  const d = db();
  const conflicts = conflictsListed(p, folded);
  return asPerson(
    by,
    d.tables,
    async () => {
      if (!(await stillAsPlanned(keys, local))) return false;
      for (const removal of p.removals) await removeRecord(removal.table, removal.recordId);
      const notes = [...p.notes, ...p.removals];
      if (notes.length) await d.deletions.bulkPut(notes);
      for (const [table, rows] of [...Object.entries(p.writes), ...Object.entries(p.appended)]) {
        // A request per hundred rows: each waits for the database, so sealing a batch's thousand
        // households (their search hashes mostly known already) is not one long task.
        for (let at = 0; at < rows.length; at += WRITE_CHUNK) await (d.table(table) as Table<Row>).bulkPut(rows.slice(at, at + WRITE_CHUNK));
      }
      if (p.counter !== undefined) await d.settings.put({ key: REFERENCE_COUNTER, value: p.counter });
      if (p.writes.settings?.some((row) => row.key === 'localTargets')) await markDeadlinesStale();
      await closeSettledElsewhere(p, at);
      await writeConflicts(conflicts, at);
      if (!state.derivedWaiting) {
        const households = touched(p, conflicts);
        await refreshDerivedMany([...households]);
        await refreshCarerSummaries(plannedHouseholds(p, households));
      }
      await writeSyncState(state);
      return true;
    },
    { keepRevisions: true },
  );
}

/**
 * The conflicts a batch lists: the plan's own, and those from folding the server's versions where
 * that fold is new here (a fold this device already holds was listed when it arrived).
 */
function conflictsListed(p: MergePlan, folded: PlannedConflict[]): PlannedConflict[] {
  const written = (table: string, id: string) => p.writes[table as RevisedTable]?.some((r) => r[KEY_OF[table as RevisedTable]] === id) ?? false;
  // A fold that set this device's own value aside is found by both the fold and the plan: listed once.
  const seen = new Set<string>();
  return [...p.conflicts, ...folded.filter((c) => written(c.table, c.recordId))].filter((c) => {
    const key = `${c.table}:${c.recordId}:${c.path}`;
    return !seen.has(key) && Boolean(seen.add(key));
  });
}

/** Households whose derived fields are worked out per transaction at the end of a full read. */
const DERIVED_CHUNK = 1000;

/**
 * Works out every household's derived fields after a full read, a chunk per transaction; the last
 * one clears the flag with them. Households that arrived with theirs right are not written again.
 */
async function deriveAll(state: SyncState, by: string): Promise<SyncState> {
  const d = db();
  const ids = (await d.households.toCollection().primaryKeys()) as string[];
  const { derivedWaiting: _cleared, ...done } = state;
  const chunks: string[][] = [];
  for (let at = 0; at < ids.length; at += DERIVED_CHUNK) chunks.push(ids.slice(at, at + DERIVED_CHUNK));
  if (chunks.length === 0) chunks.push([]);
  for (const [i, chunk] of chunks.entries()) {
    await asPerson(
      by,
      d.tables,
      async () => {
        await refreshDerivedMany(chunk);
        if (i === chunks.length - 1) {
          // Carer households are few beside the pipeline's: theirs in the last chunk's transaction.
          await refreshAllCarerSummaries();
          await writeSyncState(done);
        }
      },
      { keepRevisions: true },
    );
  }
  return done;
}

export interface PullResult {
  received: number;
  conflicts: number;
}

/** One page of the change feed after `since`. */
export async function listChanges(server: TeamDatabase, since: string | number): Promise<Changes> {
  const changes = await server.get<Changes>(`_changes?style=all_docs&since=${encodeURIComponent(String(since))}&limit=${BATCH}`);
  if (!Array.isArray(changes?.results)) throw new ServerError('notCouchDb');
  return changes;
}

interface Page {
  changes: Changes;
  batch: Awaited<ReturnType<typeof fetchBatch>>;
}

async function readPage(server: TeamDatabase, since: string | number, listed?: Promise<Changes>): Promise<Page> {
  const changes = await (listed ?? listChanges(server, since));
  return { changes, batch: await fetchBatch(server, changes.results) };
}

/**
 * Reads the server's changes since `state.since`, a batch at a time; answers the state after the
 * last batch. `listed`: the first page of the feed, when it was asked for already. Each next page
 * is fetched and opened while the one before is written, so the network and the database overlap.
 */
export async function pull(
  server: TeamDatabase,
  state: SyncState,
  by: string,
  onBatch: (done: number) => void = () => undefined,
  listed?: Promise<Changes>,
): Promise<{ state: SyncState; result: PullResult }> {
  // Read from the start, every household is touched, most of them by several batches.
  let current: SyncState = state.since === 0 ? { ...state, derivedWaiting: true } : state;
  const result: PullResult = { received: 0, conflicts: 0 };
  let reading = readPage(server, current.since, listed);
  for (;;) {
    const { changes, batch } = await reading;
    const next: SyncState = { ...current, since: changes.last_seq };
    const more = changes.results.length >= BATCH;
    if (more) {
      reading = readPage(server, next.since);
      // A failure is met when that page is awaited; one left unawaited (this batch failed) is not reported twice.
      reading.catch(() => undefined);
    }
    let written = false;
    for (let attempt = 1; attempt <= ATTEMPTS && !written; attempt++) {
      const planned = await planInSteps(docsToIncoming(batch.docs, SERVER_SOURCE), by, nowInstant(), () => undefined);
      written = await applyBatch(planned, batch.conflicts, next, by);
      if (written) {
        result.conflicts += conflictsListed(planned.plan, batch.conflicts).length;
        // Drafts are this device's own, outside the batch's transaction; a removed record's go with it.
        await draftsRepo.forgetRecords(planned.plan.removals.map((r) => r.recordId));
      }
    }
    if (!written) throw new Error('This device kept changing while the sync saved, so the sync stopped; it will try again.');
    result.received += batch.docs.length;
    onBatch(result.received);
    current = next;
    if (!more) return { state: current.derivedWaiting ? await deriveAll(current, by) : current, result };
  }
}
