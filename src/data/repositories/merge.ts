/**
 * Merging another device's records into this one: read what this device holds of them, plan with
 * the domain's rules, and write the plan, its conflicts and its audit in one transaction.
 */
import type { Table } from 'dexie';
import type { IncomingRecords, Removal } from '../../domain/merge/incoming';
import { incomingKeys, isEmptyPlan, planMerge, removalKey, type LocalView, type MergePlan, type Row } from '../../domain/merge/plan';
import { legacyRevision } from '../../domain/revision';
import { summarise, type MergeSummary } from '../../domain/merge/summary';
import { APPEND_ONLY, householdOf, REFERENCE_COUNTER, REVISED } from '../../domain/merge/tables';
import { audit, SERVICE_EVENTS } from '../audit';
import { db, newId, nowInstant, type ConflictRow } from '../db';
import { removeRecord } from '../removals';
import { asPerson } from '../revisions';
import { findPossibleDuplicates, type PossibleDuplicate } from './duplicates';
import { refreshDerived } from './household-derived';

/** Keys read per query, so a large backup never asks for tens of thousands of rows at once. */
const CHUNK = 500;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

function mergeTables() {
  const d = db();
  return [...REVISED, ...APPEND_ONLY, 'deletions', 'conflicts'].map((t) => d.table(t));
}

async function readLocal(incoming: IncomingRecords): Promise<LocalView> {
  const d = db();
  const keys = incomingKeys(incoming);
  const local: LocalView = { rows: {}, appendOnly: {}, removals: new Map(), householdParts: new Map(), referenceHolders: new Map(), counter: 1 };
  for (const table of REVISED) {
    const found = new Map<string, Row>();
    for (const part of chunks(keys.rows[table])) {
      const rows = (await d.table(table).bulkGet(part)) as (Row | undefined)[];
      rows.forEach((row, i) => row && found.set(part[i]!, row));
    }
    local.rows[table] = found;
  }
  for (const table of APPEND_ONLY) {
    const here = new Map<string, string | undefined>();
    for (const part of chunks(keys.rows[table])) {
      for (const row of (await d.table(table).bulkGet(part)) as ({ id: string; householdId?: string } | undefined)[]) if (row) here.set(row.id, row.householdId);
    }
    local.appendOnly[table] = here;
  }
  const named: [string, string][] = [
    ...REVISED.flatMap((table) => keys.rows[table].map((id): [string, string] => [table, id])),
    ...keys.removals.map((r): [string, string] => [r.table, r.recordId]),
    ...keys.householdIds.map((id): [string, string] => ['households', id]),
  ];
  for (const part of chunks(named)) {
    for (const note of await d.deletions.bulkGet(part)) if (note) local.removals.set(removalKey(note.table, note.recordId), note as Removal);
  }
  for (const r of keys.removals) if (r.table === 'households') local.householdParts.set(r.recordId, await householdParts(r.recordId));
  for (const part of chunks(keys.references)) {
    for (const h of await d.households.where('reference').anyOf(part).toArray()) local.referenceHolders.set(h.reference, h.id);
  }
  const counter = (await d.settings.get(REFERENCE_COUNTER))?.value;
  if (typeof counter === 'number') local.counter = counter;
  return local;
}

async function householdParts(householdId: string): Promise<{ table: string; recordId: string; rev: string }[]> {
  const d = db();
  const at = nowInstant();
  const parts: { table: string; recordId: string; rev: string }[] = [];
  const details = await d.householdDetails.get(householdId);
  if (details) parts.push({ table: 'householdDetails', recordId: householdId, rev: (details.revision ?? legacyRevision(details, at, '')).rev });
  for (const table of ['people', 'checks', 'appointments'] as const) {
    for (const row of await d[table].where('householdId').equals(householdId).toArray()) {
      parts.push({ table, recordId: row.id, rev: (row.revision ?? legacyRevision(row, at, '')).rev });
    }
  }
  return parts;
}

function plan(local: LocalView, incoming: IncomingRecords, by: string, at: string): MergePlan {
  return planMerge(local, incoming, { by, at, token: newId });
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

async function apply(p: MergePlan, incoming: IncomingRecords, by: string, at: string, summary: MergeSummary): Promise<string[]> {
  const d = db();
  const { changed, added } = touchedHouseholds(p);
  for (const removal of p.removals) await removeRecord(removal.table, removal.recordId);
  await d.deletions.bulkPut([...p.notes, ...p.removals]);
  for (const [table, rows] of Object.entries(p.writes)) await (d.table(table) as Table<Row>).bulkPut(rows);
  for (const [table, rows] of Object.entries(p.appended)) await (d.table(table) as Table<Row>).bulkPut(rows);
  if (p.counter !== undefined) await d.settings.put({ key: REFERENCE_COUNTER, value: p.counter });
  await writeConflicts(p, incoming.source, at);
  for (const r of p.renumbered) {
    await audit(r.householdId, by, 'merge', `Reference changed from ${r.from} to ${r.to}: ${r.from} is another household on this device`, ['reference'], at);
  }
  for (const id of changed) {
    if (!(await refreshDerived(id)) || added.has(id)) continue;
    const waiting = p.conflicts.filter((c) => c.householdId === id).length;
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

export const mergeRepo = {
  /** What merging would do, without writing anything. */
  async preview(incoming: IncomingRecords, by: string): Promise<MergeSummary> {
    const d = db();
    return d.transaction('r', mergeTables(), async () => summarise(plan(await readLocal(incoming), incoming, by, nowInstant())));
  },

  /**
   * Merges the incoming records into this device in one transaction: a failure part-way writes
   * nothing. Merging the same records again changes nothing.
   */
  async merge(incoming: IncomingRecords, by: string): Promise<MergeResult> {
    const d = db();
    const at = nowInstant();
    const { summary, added } = await asPerson(
      by,
      mergeTables(),
      async () => {
        const p = plan(await readLocal(incoming), incoming, by, at);
        const summary = summarise(p);
        if (isEmptyPlan(p)) return { summary, added: [] as string[] };
        return { summary, added: await apply(p, incoming, by, at, summary) };
      },
      { keepRevisions: true },
    );
    const possibleDuplicates: MergeResult['possibleDuplicates'] = [];
    for (const id of added) {
      if (possibleDuplicates.length >= DUPLICATE_LIMIT) break;
      const household = await d.households.get(id);
      if (!household) continue;
      const matches = await findPossibleDuplicates(household.duplicateKeys, id);
      if (matches.length) possibleDuplicates.push({ id, reference: household.reference, matches });
    }
    return { summary, possibleDuplicates };
  },
};
