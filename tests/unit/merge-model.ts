/**
 * Two made-up devices as plain maps, edited the way the repositories edit (every write a new
 * revision) and merged with the planning rules, so properties can run thousands of merges fast.
 */
import type { IncomingRecords, Removal } from '../../src/domain/merge/incoming';
import { incomingKeys, planMerge, removalKey, type LocalView, type MergePlan, type Row } from '../../src/domain/merge/plan';
import { formatReference } from '../../src/domain/merge/references';
import { APPEND_ONLY, householdOf, REVISED } from '../../src/domain/merge/tables';
import { fieldPaths, nextRevision } from '../../src/domain/revision';

export interface Device {
  name: string;
  tables: Record<string, Map<string, Row>>;
  removals: Map<string, Removal>;
  counter: number;
}

const at = '2026-11-30T10:00:00.000Z';
let tokens = 0;
const token = () => `t${++tokens}`;
const KEY: Record<string, string> = { householdDetails: 'householdId', settings: 'key' };

export function device(name: string): Device {
  const tables: Record<string, Map<string, Row>> = {};
  for (const t of [...REVISED, ...APPEND_ONLY]) tables[t] = new Map();
  return { name, tables, removals: new Map(), counter: 1 };
}

export function copy(d: Device, name: string): Device {
  return { ...structuredClone(d), name };
}

function write(d: Device, table: string, row: Row, by: string): void {
  const key = row[KEY[table] ?? 'id'] as string;
  const before = d.tables[table]!.get(key);
  d.tables[table]!.set(key, { ...row, revision: nextRevision(before, row, by, at, token()) });
}

export function createHousehold(d: Device, id: string, surname = 'Examplesmith'): void {
  const by = `Worker on ${d.name}`;
  write(d, 'households', { id, reference: formatReference(d.counter++), stage: 'enquiry', workerId: 's1' }, by);
  write(d, 'householdDetails', { householdId: id, postcode: 'LS1 4AP' }, by);
  write(d, 'people', { id: `${id}-p1`, householdId: id, role: 'applicant', name: `Alex ${surname}` }, by);
}

export function edit(d: Device, table: 'households' | 'householdDetails' | 'people', key: string, patch: Record<string, unknown>): void {
  const row = d.tables[table]!.get(key);
  if (row) write(d, table, { ...row, ...patch }, `Worker on ${d.name}`);
}

export function addNote(d: Device, householdId: string, id: string): void {
  if (d.tables.households!.has(householdId)) d.tables.notes!.set(id, { id, householdId, text: `Note ${id}` });
}

function removalOf(table: string, key: string, row: Row, by: string): Removal {
  return { table, recordId: key, householdId: householdOf(table, row), rev: row.revision!.rev, revs: row.revision!.revs, deletedAt: at, deletedBy: by };
}

/** Removes a record the way the data layer does: a household with everything on it, each leaving a note. */
export function remove(d: Device, table: string, key: string, by = `Worker on ${d.name}`): void {
  const row = d.tables[table]!.get(key);
  if (!row) return;
  if (table === 'households') {
    for (const part of ['householdDetails', 'people', 'checks', 'appointments', 'moves', 'events', 'notes']) {
      for (const [k, r] of d.tables[part]!) {
        if (r.householdId !== key) continue;
        if (r.revision) d.removals.set(removalKey(part, k), removalOf(part, k, r, by));
        d.tables[part]!.delete(k);
      }
    }
  }
  d.removals.set(removalKey(table, key), removalOf(table, key, row, by));
  d.tables[table]!.delete(key);
}

export function exported(d: Device): IncomingRecords {
  const tables: Record<string, Record<string, unknown>[]> = {};
  for (const [t, rows] of Object.entries(d.tables)) tables[t] = [...rows.values()];
  tables.settings = [...tables.settings!, { key: 'nextReference', value: d.counter }];
  tables.deletions = [...d.removals.values()] as unknown as Record<string, unknown>[];
  return { source: `Backup from ${d.name}`, tables };
}

export function localView(d: Device, incoming: IncomingRecords): LocalView {
  const keys = incomingKeys(incoming);
  const view: LocalView = { rows: {}, appendOnly: {}, removals: new Map(), householdParts: new Map(), referenceHolders: new Map(), counter: d.counter };
  for (const t of REVISED) view.rows[t] = new Map(keys.rows[t].filter((k) => d.tables[t]!.has(k)).map((k) => [k, d.tables[t]!.get(k)!]));
  for (const t of APPEND_ONLY) view.appendOnly[t] = new Map(keys.rows[t].filter((k) => d.tables[t]!.has(k)).map((k) => [k, d.tables[t]!.get(k)!.householdId as string]));
  view.removals = new Map(d.removals);
  for (const r of keys.removals) {
    if (r.table !== 'households') continue;
    const parts = ['householdDetails', 'people', 'checks', 'appointments'].flatMap((t) =>
      [...d.tables[t]!].filter(([, row]) => row.householdId === r.recordId).map(([k, row]) => ({ table: t, recordId: k, rev: row.revision!.rev })),
    );
    view.householdParts.set(r.recordId, parts);
  }
  for (const h of d.tables.households!.values()) if (keys.references.includes(h.reference as string)) view.referenceHolders.set(h.reference as string, h.id as string);
  return view;
}

export function plan(into: Device, from: Device): MergePlan {
  const incoming = exported(from);
  return planMerge(localView(into, incoming), incoming, { by: `Merger on ${into.name}`, at, token });
}

/** The device after the plan is applied, as the data layer applies it. */
export function apply(d: Device, p: MergePlan): Device {
  const out = copy(d, d.name);
  for (const r of p.removals) remove(out, r.table, r.recordId, r.deletedBy);
  for (const n of [...p.notes, ...p.removals]) out.removals.set(removalKey(n.table, n.recordId), n);
  for (const [t, rows] of Object.entries(p.writes)) for (const row of rows) out.tables[t]!.set(row[KEY[t] ?? 'id'] as string, row);
  for (const [t, rows] of Object.entries(p.appended)) for (const row of rows) out.tables[t]!.set(row.id as string, row);
  if (p.counter !== undefined) out.counter = p.counter;
  return out;
}

export function merged(into: Device, from: Device): Device {
  return apply(into, plan(into, from));
}

/** What a person would see: every record's fields, without revisions. */
export function content(d: Device): Record<string, [string, Record<string, unknown>][]> {
  const out: Record<string, [string, Record<string, unknown>][]> = {};
  for (const [t, rows] of Object.entries(d.tables)) out[t] = [...rows].map(([k, r]): [string, Record<string, unknown>] => [k, fieldPaths(r)]).sort(([a], [b]) => a.localeCompare(b));
  return out;
}
