/**
 * Planning a merge of another device's records into this one, without touching the database:
 * the data layer reads the local rows the incoming side names, asks for the plan, and applies it
 * in one transaction. A replication with a CouchDB-protocol server can use the same plan per batch.
 *
 * The rules: records are matched by their key; where only one side changed a record, that change
 * wins; where both changed the same field, the local value stays and the conflict is listed for a
 * person to settle; records only ever added (moves, events, notes) are joined; a record removed on
 * one side is removed on the other only if nobody changed it there since.
 */
import type { Instant } from '../household';
import { legacyRevision, mergeRows, nextRevision, type FieldConflict, type Revised, type Revision } from '../revision';
import type { IncomingRecords, Removal } from './incoming';
import { counterAbove, formatReference } from './references';
import { APPEND_ONLY, householdOf, isServiceSetting, KEY_OF, REFERENCE_COUNTER, REVISED, type AppendOnlyTable, type RevisedTable } from './tables';

export type Row = Record<string, unknown> & Revised;

/** What this device holds of the records the incoming side names. */
export interface LocalView {
  rows: Partial<Record<RevisedTable, Map<string, Row>>>;
  /** The incoming append-only rows already here: each one's household here, by key. */
  appendOnly: Partial<Record<AppendOnlyTable, Map<string, string | undefined>>>;
  /** This device's removal notes for the records the incoming side names, by `removalKey`. */
  removals: Map<string, Removal>;
  /** What is recorded here on each household the incoming side removed, with each record's revision. */
  householdParts: Map<string, { table: string; recordId: string; rev: string }[]>;
  /** Which household holds each incoming household's reference here. */
  referenceHolders: Map<string, string>;
  /** This device's next household reference number. */
  counter: number;
}

export interface MergeContext {
  by: string;
  at: Instant;
  /** A fresh unique token for each new revision. */
  token: () => string;
}

/**
 * The whole record, rather than one field: "removed on the other device, changed here" and the
 * reverse. Its values are `RECORD_KEPT` or `RECORD_REMOVED`.
 */
export const WHOLE_RECORD = '(record)';
export const RECORD_KEPT = 'kept';
export const RECORD_REMOVED = 'removed';

export interface PlannedConflict extends FieldConflict {
  table: string;
  recordId: string;
  householdId?: string;
}

export interface Renumbered {
  householdId: string;
  from: string;
  to: string;
}

export interface TableCounts {
  added: number;
  updated: number;
  removed: number;
}

export interface MergePlan {
  /** Rows to put, new or changed, by table, each with the revision it is to have. */
  writes: Partial<Record<RevisedTable, Row[]>>;
  /** Append-only rows to put: new ones, and history moved onto a household kept by a duplicate merge. */
  appended: Partial<Record<AppendOnlyTable, Row[]>>;
  /** Local records to remove; each note is kept so the removal travels on. */
  removals: Removal[];
  /** Removal notes to keep where there is nothing here to remove, or a person is to decide. */
  notes: Removal[];
  conflicts: PlannedConflict[];
  /** Households new to this device. */
  addedHouseholds: string[];
  /** Incoming households given a new reference because theirs is another household's here. */
  renumbered: Renumbered[];
  /** The reference counter's new value, when it moves. */
  counter?: number;
  counts: Record<string, TableCounts>;
  /** Incoming rows without a usable key, left out. */
  skipped: number;
}

/** The records kept on a household's behalf, which go and come back with it. */
const HOUSEHOLD_PARTS = ['householdDetails', 'people', 'checks', 'appointments'] as const;

export function removalKey(table: string, recordId: string): string {
  return `${table}|${recordId}`;
}

function keyOf(table: RevisedTable | AppendOnlyTable, row: Record<string, unknown>): string | undefined {
  const key = row[KEY_OF[table]];
  return typeof key === 'string' && key !== '' ? key : undefined;
}

function revisionOf(row: Row, ctx: MergeContext): Revision {
  return row.revision ?? legacyRevision(row, ctx.at, ctx.by);
}

/** A removal note wins over a copy whose revision it removed, or one its history passed through. */
function removalCovers(removal: Removal, rev: string): boolean {
  return removal.rev === rev || (removal.revs?.includes(rev) ?? false);
}

function emptyPlan(): MergePlan {
  return { writes: {}, appended: {}, removals: [], notes: [], conflicts: [], addedHouseholds: [], renumbered: [], counts: {}, skipped: 0 };
}

function count(plan: MergePlan, table: string, what: keyof TableCounts): void {
  const c = (plan.counts[table] ??= { added: 0, updated: 0, removed: 0 });
  c[what] += 1;
}

function wholeRecordConflict(
  table: string,
  recordId: string,
  row: Row,
  rowRev: Revision,
  removal: Removal,
  removedHere: boolean,
): PlannedConflict {
  const kept = { value: RECORD_KEPT, rev: rowRev.rev, by: rowRev.changedBy, at: rowRev.changedAt };
  const removed = { value: RECORD_REMOVED, rev: removal.rev, by: removal.deletedBy, at: removal.deletedAt };
  const [local, incoming] = removedHere ? [removed, kept] : [kept, removed];
  return {
    table,
    recordId,
    householdId: householdOf(table, row),
    path: WHOLE_RECORD,
    local: local.value,
    incoming: incoming.value,
    localRev: local.rev,
    incomingRev: incoming.rev,
    localBy: local.by,
    localAt: local.at,
    incomingBy: incoming.by,
    incomingAt: incoming.at,
  };
}

function incomingRows(incoming: IncomingRecords, table: string): Record<string, unknown>[] {
  const rows = incoming.tables[table];
  return Array.isArray(rows) ? rows : [];
}

function isRemoval(r: Record<string, unknown>): r is Record<string, unknown> & Removal {
  return typeof r === 'object' && r !== null && typeof r.table === 'string' && typeof r.recordId === 'string' && typeof r.rev === 'string';
}

/** What the data layer reads of this device's records before planning: the keys the incoming side names. */
export interface IncomingKeys {
  rows: Record<RevisedTable | AppendOnlyTable, string[]>;
  removals: { table: string; recordId: string }[];
  references: string[];
  /** Households the incoming records belong to, so a household removed here is not brought back in parts. */
  householdIds: string[];
}

/**
 * Rows worked through between two yields of a plan's steps: small enough that the page can be
 * given a turn between them (a large backup holds hundreds of thousands of rows).
 */
export const STEP_ROWS = 250;

/** Every incoming row, counted, for the progress a plan's steps yield. */
export function incomingTotal(incoming: IncomingRecords): number {
  return Object.values(incoming.tables).reduce((n, rows) => n + (Array.isArray(rows) ? rows.length : 0), 0);
}

/** Runs a plan's steps to the end at once, for callers with nothing else to do meanwhile. */
export function runSteps<T>(steps: Generator<number, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * The keys of the records the incoming side names, by table, so the data layer knows which local
 * rows to read. Yields the rows gone through so far every `STEP_ROWS`.
 */
export function* incomingKeySteps(incoming: IncomingRecords): Generator<number, IncomingKeys> {
  let done = 0;
  const rows = {} as Record<RevisedTable | AppendOnlyTable, string[]>;
  const householdIds = new Set<string>();
  for (const table of [...REVISED, ...APPEND_ONLY]) {
    const keys: string[] = (rows[table] = []);
    for (const row of incomingRows(incoming, table)) {
      const key = keyOf(table, row);
      if (key !== undefined) keys.push(key);
      const id = householdOf(table, row);
      if (id) householdIds.add(id);
      if (++done % STEP_ROWS === 0) yield done;
    }
  }
  const removals = incomingRows(incoming, 'deletions')
    .filter(isRemoval)
    .map((r) => ({ table: r.table, recordId: r.recordId }));
  // The records removed there are read here too, to remove them or to ask.
  for (const r of removals) if ((REVISED as readonly string[]).includes(r.table)) rows[r.table as RevisedTable].push(r.recordId);
  const references = incomingRows(incoming, 'households')
    .map((h) => h.reference)
    .filter((r): r is string => typeof r === 'string');
  return { rows, removals, references, householdIds: [...householdIds] };
}

export function incomingKeys(incoming: IncomingRecords): IncomingKeys {
  return runSteps(incomingKeySteps(incoming));
}

export function planMerge(local: LocalView, incoming: IncomingRecords, ctx: MergeContext): MergePlan {
  return runSteps(planMergeSteps(local, incoming, ctx));
}

/**
 * The plan, worked out a few rows at a time: yields the incoming rows gone through so far (twice
 * over in all: once to index them, once to plan them) every `STEP_ROWS`, so the data layer can let
 * the page answer a tap between steps. Reads nothing but its arguments.
 */
export function* planMergeSteps(local: LocalView, incoming: IncomingRecords, ctx: MergeContext): Generator<number, MergePlan> {
  const plan = emptyPlan();
  let done = 0;
  const incomingByTable = new Map<RevisedTable, Map<string, Row>>();
  for (const table of REVISED) {
    const byKey = new Map<string, Row>();
    for (const row of incomingRows(incoming, table)) {
      const key = keyOf(table, row);
      if (key === undefined) plan.skipped += 1;
      else if (!byKey.has(key)) byKey.set(key, row as Row);
      if (++done % STEP_ROWS === 0) yield done;
    }
    incomingByTable.set(table, byKey);
  }
  const localRow = (table: RevisedTable, key: string) => local.rows[table]?.get(key);

  // Households that will not be here after the merge: their records arriving alone are not brought back.
  const goneHouseholds = new Set<string>();

  const incomingRemovals = incomingRows(incoming, 'deletions')
    .filter(isRemoval)
    // A record added back there since speaks for itself.
    .filter((r) => (REVISED as readonly string[]).includes(r.table) && !incomingByTable.get(r.table as RevisedTable)!.has(r.recordId));
  const removalOf = new Map(incomingRemovals.map((r) => [removalKey(r.table, r.recordId), r]));
  // A household goes only if nothing recorded on it was changed here since it was removed there.
  const keptHouseholds = new Set<string>();
  for (const removal of incomingRemovals) {
    const row = removal.table === 'households' ? localRow('households', removal.recordId) : undefined;
    if (!row) continue;
    const parts = local.householdParts.get(removal.recordId) ?? [];
    // A part the other side still has (moved to another household) is merged as a record of its own.
    const partChanged = parts.some((p) => {
      if (incomingByTable.get(p.table as RevisedTable)?.has(p.recordId)) return false;
      const partRemoval = removalOf.get(removalKey(p.table, p.recordId));
      return !partRemoval || !removalCovers(partRemoval, p.rev);
    });
    if (partChanged || !removalCovers(removal, revisionOf(row, ctx).rev)) keptHouseholds.add(removal.recordId);
  }

  for (const removal of incomingRemovals) {
    const table = removal.table as RevisedTable;
    const known = local.removals.get(removalKey(table, removal.recordId));
    if (known && known.rev === removal.rev) continue; // seen before
    const row = localRow(table, removal.recordId);
    if (!row) {
      if (!known) plan.notes.push(removal);
      continue;
    }
    const householdId = removal.householdId ?? householdOf(table, row);
    if (table !== 'households' && householdId && keptHouseholds.has(householdId)) {
      // Its household stays until a person decides, and the question is asked once, on the household.
      plan.notes.push(removal);
      continue;
    }
    const rowRev = revisionOf(row, ctx);
    if (table === 'households' ? !keptHouseholds.has(removal.recordId) : removalCovers(removal, rowRev.rev)) {
      plan.removals.push({ ...removal, householdId });
      count(plan, table, 'removed');
      if (table === 'households') goneHouseholds.add(removal.recordId);
    } else {
      plan.conflicts.push(wholeRecordConflict(table, removal.recordId, row, rowRev, removal, false));
      plan.notes.push(removal);
    }
  }
  // A household removed here comes back whole, with a conflict to settle, if anything recorded on it
  // was changed there since; otherwise its records arriving alone are not brought back.
  const comingBack = new Set<string>();
  const changedThere = (table: RevisedTable, key: string, row: Row) => {
    const removed = local.removals.get(removalKey(table, key));
    return !removed || !removalCovers(removed, revisionOf(row, ctx).rev);
  };
  for (const removal of local.removals.values()) {
    if (removal.table !== 'households' || localRow('households', removal.recordId)) continue;
    const id = removal.recordId;
    const back = incomingByTable.get('households')!.get(id);
    const partChanged = HOUSEHOLD_PARTS.some((table) =>
      [...incomingByTable.get(table)!].some(([key, row]) => householdOf(table, row) === id && !localRow(table, key) && changedThere(table, key, row)),
    );
    if (back && (partChanged || changedThere('households', id, back))) comingBack.add(id);
    else goneHouseholds.add(id);
  }

  for (const table of REVISED) {
    for (const [key, row] of incomingByTable.get(table)!) {
      if (++done % STEP_ROWS === 0) yield done;
      if (table === 'settings' && !isServiceSetting(key)) continue;
      const here = localRow(table, key);
      if (!here) {
        const householdId = householdOf(table, row);
        const returning = householdId !== undefined && comingBack.has(householdId);
        if (householdId && goneHouseholds.has(householdId)) continue;
        const rowRev = revisionOf(row, ctx);
        const removed = local.removals.get(removalKey(table, key));
        if (removed && removalCovers(removed, rowRev.rev) && !returning) continue;
        (plan.writes[table] ??= []).push({ ...row, revision: rowRev });
        count(plan, table, 'added');
        if (table === 'households') plan.addedHouseholds.push(key);
        // One question per returning household, asked on the household itself.
        if (removed && (!returning || table === 'households')) plan.conflicts.push(wholeRecordConflict(table, key, row, rowRev, removed, true));
        continue;
      }
      const merged = mergeRows(here, row, ctx.by, ctx.at, ctx.token());
      if (merged.kind === 'keepLocal') continue;
      (plan.writes[table] ??= []).push(merged.row);
      count(plan, table, 'updated');
      if (merged.kind === 'merged') {
        for (const c of merged.conflicts) plan.conflicts.push({ ...c, table, recordId: key, householdId: householdOf(table, here) });
      }
    }
  }

  for (const table of APPEND_ONLY) {
    const here = local.appendOnly[table] ?? new Map<string, string | undefined>();
    const seen = new Set<string>();
    for (const row of incomingRows(incoming, table)) {
      if (++done % STEP_ROWS === 0) yield done;
      const key = keyOf(table, row);
      if (key === undefined) {
        plan.skipped += 1;
        continue;
      }
      const householdId = householdOf(table, row);
      if (seen.has(key) || (householdId && goneHouseholds.has(householdId))) continue;
      if (here.has(key)) {
        // History is never rewritten, with one exception: a duplicate household merged by hand there
        // moved its history onto the household kept, and the household it left is going here too.
        const was = here.get(key);
        if (was === householdId || !was || !goneHouseholds.has(was)) continue;
        count(plan, table, 'updated');
      } else count(plan, table, 'added');
      seen.add(key);
      (plan.appended[table] ??= []).push(row as Row);
    }
  }

  settleReferences(plan, local, incoming, ctx);
  return plan;
}

/**
 * References are unique here: an incoming household whose reference another household holds is
 * given the next one from the counter, and the counter ends above every reference on both sides.
 */
function settleReferences(plan: MergePlan, local: LocalView, incoming: IncomingRecords, ctx: MergeContext): void {
  const holders = new Map(local.referenceHolders);
  const writes = plan.writes.households ?? [];
  const freed = (id: string) => {
    const before = local.rows.households?.get(id)?.reference;
    if (typeof before === 'string' && holders.get(before) === id) holders.delete(before);
  };
  for (const w of writes) freed(w.id as string);
  for (const r of plan.removals) if (r.table === 'households') freed(r.recordId);

  const incomingCounter = incomingRows(incoming, 'settings').find((s) => s.key === REFERENCE_COUNTER)?.value;
  let counter = counterAbove(
    [...holders.keys(), ...writes.map((w) => String(w.reference))],
    [local.counter, typeof incomingCounter === 'number' ? incomingCounter : 0],
  );
  // Records already here keep their place first, so the incoming newcomer is the one renumbered.
  const order = [...writes].sort((a, b) => Number(!local.rows.households?.has(a.id as string)) - Number(!local.rows.households?.has(b.id as string)));
  for (const w of order) {
    const id = w.id as string;
    const reference = String(w.reference);
    const holder = holders.get(reference);
    if (holder === undefined || holder === id) {
      holders.set(reference, id);
      continue;
    }
    const to = formatReference(counter++);
    w.revision = nextRevision(w, { ...w, reference: to }, ctx.by, ctx.at, ctx.token());
    w.reference = to;
    holders.set(to, id);
    plan.renumbered.push({ householdId: id, from: reference, to });
  }
  if (counter !== local.counter) plan.counter = counter;
}

export function isEmptyPlan(plan: MergePlan): boolean {
  return (
    Object.values(plan.writes).every((rows) => rows.length === 0) &&
    Object.values(plan.appended).every((rows) => rows.length === 0) &&
    plan.removals.length === 0 &&
    plan.notes.length === 0 &&
    plan.conflicts.length === 0 &&
    plan.counter === undefined
  );
}
