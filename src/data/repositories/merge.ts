/**
 * Merging another device's records into this one. The plan is made outside any transaction, a few
 * hundred records at a time with the page given a turn between (a large backup would otherwise
 * hold it for seconds); the plan, its conflicts and its audit are then written in one transaction,
 * which first makes sure this device has not changed since the plan was made, and plans again if
 * it has. IndexedDB ends a transaction that waits on anything but its own requests, so nothing
 * inside it waits for the page: its work is kept small per request instead.
 */
import type { Table } from 'dexie';
import type { OnProgress } from '../../domain/backup/format';
import type { IncomingRecords } from '../../domain/merge/incoming';
import { incomingKeySteps, incomingTotal, isEmptyPlan, planMergeSteps, type IncomingKeys, type LocalView, type MergePlan, type Row } from '../../domain/merge/plan';
import { summarise, type MergeSummary } from '../../domain/merge/summary';
import { APPEND_ONLY, householdOf, REFERENCE_COUNTER, REVISED } from '../../domain/merge/tables';
import { audit, SERVICE_EVENTS } from '../audit';
import { pacer } from '../backup/pace';
import { db, newId, nowInstant, type ConflictRow } from '../db';
import { removeRecord } from '../removals';
import { draftsRepo } from './drafts';
import { markDeadlinesStale } from './settings';
import { asPerson } from '../revisions';
import { findPossibleDuplicates, type PossibleDuplicate } from './duplicates';
import { refreshDerivedMany } from './household-derived';
import { plannedHouseholds, refreshCarerSummaries } from './carer-summary';
import { readLocal, stillAsPlanned } from './merge-local';

/**
 * Rows handed to the database per request inside the merge's transaction: as for a restore, a
 * hundred keep each turn short enough for a tap to be answered.
 */
const WRITE_CHUNK = 100;

/** How often a merge plans again because this device changed meanwhile, before it gives up. */
const ATTEMPTS = 3;

/**
 * How long the plan a preview made is used for the merge itself. Planning again costs as long as
 * the preview did (half a minute at 10,000 households); past this, the plan's time would no longer
 * be when the merge was made, so it is planned again.
 */
const PLAN_KEPT_MS = 10 * 60 * 1000;

function mergeTables() {
  const d = db();
  return [...REVISED, ...APPEND_ONLY, 'deletions', 'conflicts'].map((t) => d.table(t));
}

/** Runs a plan's steps, giving the page a turn whenever a slice of time is used up. */
async function drive<T>(steps: Generator<number, T>, pause: () => Promise<void>, progress: (done: number) => void): Promise<T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    progress(next.value);
    await pause();
  }
}

export interface PlannedMerge {
  incoming: IncomingRecords;
  by: string;
  at: string;
  keys: IncomingKeys;
  local: LocalView;
  plan: MergePlan;
}

/** Reads what this device holds of the incoming records and plans the merge, never holding the page long. */
export async function planInSteps(incoming: IncomingRecords, by: string, at: string, onProgress: OnProgress): Promise<PlannedMerge> {
  const pause = pacer();
  const total = incomingTotal(incoming);
  // Reading the keys is one pass over the rows and planning about two: progress counts the three as one.
  const report = (before: number) => (done: number) => onProgress({ step: 'Comparing with this device', done: Math.min(total, Math.round((before + done) / 3)), total });
  const keys = await drive(incomingKeySteps(incoming), pause, report(0));
  const local = await readLocal(keys, pause);
  const plan = await drive(planMergeSteps(local, incoming, { by, at, token: newId }), pause, report(total));
  onProgress({ step: 'Comparing with this device', done: total, total });
  return { incoming, by, at, keys, local, plan };
}

/** Households whose own records changed, so their derived fields are worked out again and their timelines say so. */
function touchedHouseholds(p: MergePlan): { changed: Set<string>; added: Set<string> } {
  const added = new Set(p.addedHouseholds);
  const changed = new Set<string>();
  for (const [table, rows] of Object.entries(p.writes)) {
    for (const row of rows) {
      const id = householdOf(table, row);
      if (id) changed.add(id);
    }
  }
  for (const c of p.conflicts) if (c.householdId) changed.add(c.householdId);
  return { changed, added };
}

async function writeConflicts(p: MergePlan, source: string, at: string): Promise<void> {
  const d = db();
  for (const c of p.conflicts) {
    // A newer version of the same disagreement replaces the one still waiting: the list shows each once.
    await d.conflicts
      .where('[table+recordId]')
      .equals([c.table, c.recordId])
      .filter((old) => old.open === 1 && old.path === c.path)
      .delete();
    const row: ConflictRow = { ...c, id: newId(), source, foundAt: at, open: 1 };
    await d.conflicts.add(row);
  }
}

/** Puts rows a hundred at a time, so no one request holds the page while the rows are copied. */
async function putRows<T>(table: Table<T>, rows: T[], written: (n: number) => void): Promise<void> {
  for (let at = 0; at < rows.length; at += WRITE_CHUNK) {
    const chunk = rows.slice(at, at + WRITE_CHUNK);
    await table.bulkPut(chunk);
    written(chunk.length);
  }
}

function plannedRows(p: MergePlan): number {
  return [...Object.values(p.writes), ...Object.values(p.appended)].reduce((n, rows) => n + rows.length, 0);
}

async function apply(
  p: MergePlan,
  touched: { changed: Set<string>; added: Set<string> },
  incoming: IncomingRecords,
  by: string,
  at: string,
  summary: MergeSummary,
  onProgress: OnProgress,
): Promise<string[]> {
  const d = db();
  const { changed, added } = touched;
  const total = plannedRows(p);
  let done = 0;
  const written = (n: number) => {
    done += n;
    onProgress({ step: 'Saving the merged records', done, total });
  };
  for (const removal of p.removals) await removeRecord(removal.table, removal.recordId);
  await putRows(d.deletions, [...p.notes, ...p.removals], () => undefined);
  for (const [table, rows] of Object.entries(p.writes)) await putRows(d.table(table) as Table<Row>, rows, written);
  for (const [table, rows] of Object.entries(p.appended)) await putRows(d.table(table) as Table<Row>, rows, written);
  if (p.counter !== undefined) await d.settings.put({ key: REFERENCE_COUNTER, value: p.counter });
  // The other device's local targets: every open household's stored due dates are now out of date.
  if (p.writes.settings?.some((row) => row.key === 'localTargets')) await markDeadlinesStale();
  await writeConflicts(p, incoming.source, at);
  for (const r of p.renumbered) {
    await audit(r.householdId, by, 'merge', `Reference changed from ${r.from} to ${r.to}: ${r.from} is another household on this device`, ['reference'], at);
  }
  const here = await refreshDerivedMany([...changed]);
  await refreshCarerSummaries(plannedHouseholds(p, changed));
  const waitingOn = new Map<string, number>();
  for (const c of p.conflicts) if (c.householdId) waitingOn.set(c.householdId, (waitingOn.get(c.householdId) ?? 0) + 1);
  for (const id of changed) {
    if (!here.has(id) || added.has(id)) continue;
    const waiting = waitingOn.get(id) ?? 0;
    const also = waiting ? `; ${waiting === 1 ? '1 conflict' : `${waiting} conflicts`} to settle` : '';
    await audit(id, by, 'merge', `Changes merged from ${incoming.source}${also}`, [], at);
  }
  await audit(SERVICE_EVENTS, by, 'merge', `Merged ${incoming.source}. ${summary.sentences.join(' ')}`, Object.keys(p.counts), at);
  return [...added];
}

export interface MergeResult {
  summary: MergeSummary;
  /** Households that arrived and look like one already here, for the team to merge by hand. */
  possibleDuplicates: { id: string; reference: string; matches: PossibleDuplicate[] }[];
}

/** How many duplicate warnings a merge result carries; the rest are found from each household's page. */
const DUPLICATE_LIMIT = 20;

/**
 * Writes a plan in one transaction, which a failure part-way undoes whole. Writes nothing and
 * answers undefined when this device changed since the plan was made (another tab, a settled
 * conflict): the plan no longer says what merging would do. Otherwise the households that arrived.
 */
export async function savePlanned(planned: PlannedMerge, onProgress: OnProgress = () => undefined): Promise<string[] | undefined> {
  const { incoming, by, at, keys, local, plan: p } = planned;
  const summary = summarise(p);
  const touched = touchedHouseholds(p);
  onProgress({ step: 'Saving the merged records', done: 0, total: plannedRows(p) });
  return asPerson(
    by,
    mergeTables(),
    async () => {
      if (!(await stillAsPlanned(keys, local))) return undefined;
      return isEmptyPlan(p) ? [] : apply(p, touched, incoming, by, at, summary, onProgress);
    },
    { keepRevisions: true },
  );
}

export const mergeRepo = {
  /** What merging would do, without writing anything. */
  async preview(incoming: IncomingRecords, by: string, onProgress: OnProgress = () => undefined): Promise<MergeSummary> {
    return summarise((await this.plan(incoming, by, onProgress)).plan);
  },

  /** The plan behind a preview, to show its summary and hand to `merge`, which then need not plan again. */
  plan(incoming: IncomingRecords, by: string, onProgress: OnProgress = () => undefined): Promise<PlannedMerge> {
    return planInSteps(incoming, by, nowInstant(), onProgress);
  },

  /**
   * Merges the incoming records into this device in one transaction: a failure part-way writes
   * nothing. Merging the same records again changes nothing. A device changed while the merge was
   * planned is planned for again. `previewed`, the plan a preview showed, is used if it is recent and
   * this device has not changed since.
   */
  async merge(incoming: IncomingRecords, by: string, onProgress: OnProgress = () => undefined, previewed?: PlannedMerge): Promise<MergeResult> {
    const d = db();
    const at = nowInstant();
    const reusable = previewed && previewed.incoming === incoming && previewed.by === by && Date.parse(at) - Date.parse(previewed.at) < PLAN_KEPT_MS;
    for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
      const planned = attempt === 1 && reusable ? previewed : await planInSteps(incoming, by, at, onProgress);
      const added = await savePlanned(planned, onProgress);
      if (!added) continue;
      // Drafts are this device's own, outside the merge's transaction; a removed record's go with it.
      await draftsRepo.forgetRecords(planned.plan.removals.map((r) => r.recordId));
      const possibleDuplicates: MergeResult['possibleDuplicates'] = [];
      for (const id of added) {
        if (possibleDuplicates.length >= DUPLICATE_LIMIT) break;
        const household = await d.households.get(id);
        if (!household) continue;
        const matches = await findPossibleDuplicates(household.duplicateKeys, id);
        if (matches.length) possibleDuplicates.push({ id, reference: household.reference, matches });
      }
      return { summary: summarise(planned.plan), possibleDuplicates };
    }
    throw new Error('This device kept changing while the merge was saved, so nothing was merged.');
  },
};
