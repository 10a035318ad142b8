/**
 * What this device holds of the records a merge names, read a few hundred keys per request. Read
 * once outside the merge's transaction to plan (the page gets a turn between requests), and again
 * inside it to make sure nothing the plan was based on has changed since.
 */
import type { IndexableType, Table } from 'dexie';
import type { Removal } from '../../domain/merge/incoming';
import { removalKey, type IncomingKeys, type LocalView, type Row } from '../../domain/merge/plan';
import { APPEND_ONLY, REFERENCE_COUNTER, REVISED } from '../../domain/merge/tables';
import { contentToken, legacyRevision } from '../../domain/revision';
import { db, nowInstant } from '../db';

/**
 * Keys read per request. IndexedDB takes a `get` per key, each costing the page a little to ask:
 * 500 at once held it for 850 ms on a busy machine.
 */
const CHUNK = 100;

/**
 * Keys read per request when a table's own keys are listed to find which of the asked-for ones are
 * here. Taking in 5,000 keys and naming each held the page for 140 to 190 ms on a busy machine,
 * inside the merge's transaction too, where the page cannot be given a turn between requests.
 */
const KEY_PAGE = 1000;

type Part = { table: string; recordId: string; rev: string };

/** Where a reading goes: into a new view to plan with, or compared with the view a plan was made from. */
interface Sink {
  row(table: string, key: string, row: Row): void;
  appended(table: string, key: string, householdId: string | undefined): void;
  removal(note: Removal): void;
  parts(householdId: string, parts: Part[]): void;
  holder(reference: string, householdId: string): void;
  counter(value: number): void;
}

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

/**
 * Of `keys`, the ones this device holds. A backup from a new device names mostly records not here:
 * when the table holds fewer rows than are asked for, listing its keys a page at a time costs far
 * less than a `get` for each (at 10,000 households, 260,000 of them, twice over, one inside the
 * merge's transaction). Otherwise every key is asked for.
 */
async function heldOf<K extends IndexableType>(table: Table, keys: K[], name: (key: K) => string, between: () => Promise<void>): Promise<K[]> {
  if (keys.length === 0) return [];
  const held = await table.count();
  if (held === 0) return [];
  if (held >= keys.length) return keys;
  const here = await keysHere(table, name, between);
  return keys.filter((key) => here.has(name(key)));
}

/** Every key of a table, named, read a page at a time. */
async function keysHere<K extends IndexableType>(table: Table, name: (key: K) => string, between: () => Promise<void>): Promise<Set<string>> {
  const here = new Set<string>();
  for (let last: IndexableType | undefined; ; ) {
    const page = (await (last === undefined ? table.orderBy(':id') : table.where(':id').above(last)).limit(KEY_PAGE).primaryKeys()) as K[];
    for (const key of page) here.add(name(key));
    await between();
    if (page.length < KEY_PAGE) break;
    last = page.at(-1);
  }
  return here;
}

const asItself = (key: string) => key;
const asRemovalKey = ([table, recordId]: [string, string]) => removalKey(table, recordId);

/** A row's revision as a merge compares it; a record from before revisions by its content. */
function revOf(row: Row | undefined): string {
  if (!row) return '';
  return row.revision?.rev ?? `1-${contentToken(row)}`;
}

async function householdParts(householdId: string): Promise<Part[]> {
  const d = db();
  const at = nowInstant();
  const parts: Part[] = [];
  const details = await d.householdDetails.get(householdId);
  if (details) parts.push({ table: 'householdDetails', recordId: householdId, rev: (details.revision ?? legacyRevision(details, at, '')).rev });
  for (const table of ['people', 'checks', 'appointments'] as const) {
    for (const row of await d[table].where('householdId').equals(householdId).toArray()) {
      parts.push({ table, recordId: row.id, rev: (row.revision ?? legacyRevision(row, at, '')).rev });
    }
  }
  return parts;
}

/** Reads everything a plan rests on into `sink`, calling `between` after each request. */
async function read(keys: IncomingKeys, sink: Sink, between: () => Promise<void>): Promise<void> {
  const d = db();
  for (const table of REVISED) {
    for (const part of chunks(await heldOf(d.table(table), keys.rows[table], asItself, between))) {
      const rows = (await d.table(table).bulkGet(part)) as (Row | undefined)[];
      rows.forEach((row, i) => row && sink.row(table, part[i]!, row));
      await between();
    }
  }
  for (const table of APPEND_ONLY) {
    for (const part of chunks(await heldOf(d.table(table), keys.rows[table], asItself, between))) {
      for (const row of (await d.table(table).bulkGet(part)) as ({ id: string; householdId?: string } | undefined)[]) if (row) sink.appended(table, row.id, row.householdId);
      await between();
    }
  }
  const removed = new Map<string, string[]>();
  for (const r of keys.removals) (removed.get(r.table) ?? removed.set(r.table, []).get(r.table)!).push(r.recordId);
  const named: [table: string, ids: string[]][] = [...REVISED.map((table): [string, string[]] => [table, keys.rows[table]]), ...removed, ['households', keys.householdIds]];
  // Removal notes are asked for by every table's keys: the notes' own keys are listed once, if at all.
  const asked = named.reduce((n, [, ids]) => n + ids.length, 0);
  const notesHere = asked > 0 && (await d.deletions.count()) < asked ? await keysHere(d.deletions, asRemovalKey, between) : undefined;
  for (const [table, ids] of named) {
    const notes = ids.map((id): [string, string] => [table, id]).filter((key) => !notesHere || notesHere.has(asRemovalKey(key)));
    for (const part of chunks(notes)) {
      for (const note of await d.deletions.bulkGet(part)) if (note) sink.removal(note as Removal);
      await between();
    }
  }
  for (const r of keys.removals) if (r.table === 'households') sink.parts(r.recordId, await householdParts(r.recordId));
  for (const part of chunks(keys.references)) {
    for (const h of await d.households.where('reference').anyOf(part).toArray()) sink.holder(h.reference, h.id);
    await between();
  }
  const counter = (await d.settings.get(REFERENCE_COUNTER))?.value;
  sink.counter(typeof counter === 'number' ? counter : 1);
}

/** This device's records the incoming side names, to plan a merge with. */
export async function readLocal(keys: IncomingKeys, between: () => Promise<void>): Promise<LocalView> {
  const local: LocalView = { rows: {}, appendOnly: {}, removals: new Map(), householdParts: new Map(), referenceHolders: new Map(), counter: 1 };
  for (const table of REVISED) local.rows[table] = new Map();
  for (const table of APPEND_ONLY) local.appendOnly[table] = new Map();
  await read(
    keys,
    {
      row: (table, key, row) => local.rows[table as (typeof REVISED)[number]]!.set(key, row),
      appended: (table, key, householdId) => local.appendOnly[table as (typeof APPEND_ONLY)[number]]!.set(key, householdId),
      removal: (note) => local.removals.set(removalKey(note.table, note.recordId), note),
      parts: (householdId, parts) => local.householdParts.set(householdId, parts),
      holder: (reference, householdId) => local.referenceHolders.set(reference, householdId),
      counter: (value) => (local.counter = value),
    },
    between,
  );
  return local;
}

/**
 * Whether this device still holds what `planned` says, record by record and revision by revision.
 * Run inside the merge's transaction: it only asks the database, never waits on anything else,
 * and keeps only the keys it found, so a large merge's rows are not held in memory twice.
 */
export async function stillAsPlanned(keys: IncomingKeys, planned: LocalView): Promise<boolean> {
  let same = true;
  // A key can be named twice (a record and its removal note), so what was found is counted once each.
  const found = new Map<string, Set<string>>();
  const see = (group: string, key: string) => {
    const keys = found.get(group) ?? found.set(group, new Set()).get(group)!;
    keys.add(key);
  };
  await read(
    keys,
    {
      row(table, key, row) {
        see(table, key);
        if (revOf(planned.rows[table as (typeof REVISED)[number]]?.get(key)) !== revOf(row)) same = false;
      },
      appended(table, key, householdId) {
        see(table, key);
        const before = planned.appendOnly[table as (typeof APPEND_ONLY)[number]];
        if (!before?.has(key) || before.get(key) !== householdId) same = false;
      },
      removal(note) {
        const key = removalKey(note.table, note.recordId);
        see('deletions', key);
        if (planned.removals.get(key)?.rev !== note.rev) same = false;
      },
      parts(householdId, parts) {
        if (JSON.stringify(planned.householdParts.get(householdId)) !== JSON.stringify(parts)) same = false;
      },
      holder(reference, householdId) {
        see('references', reference);
        if (planned.referenceHolders.get(reference) !== householdId) same = false;
      },
      counter(value) {
        if (planned.counter !== value) same = false;
      },
    },
    async () => undefined,
  );
  const count = (group: string) => found.get(group)?.size ?? 0;
  return (
    same &&
    REVISED.every((t) => count(t) === (planned.rows[t]?.size ?? 0)) &&
    APPEND_ONLY.every((t) => count(t) === (planned.appendOnly[t]?.size ?? 0)) &&
    count('deletions') === planned.removals.size &&
    count('references') === planned.referenceHolders.size
  );
}
