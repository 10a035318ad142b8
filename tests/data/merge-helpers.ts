/**
 * Two made-up devices' databases for merge tests: records written with revisions as the app
 * writes them, and one device's records read out as a backup would give them.
 */
import type { Table } from 'dexie';
import { db, FosteringDb, useDatabase } from '../../src/data/db';
import { removeRecord } from '../../src/data/removals';
import { asPerson } from '../../src/data/revisions';
import type { IncomingRecords } from '../../src/domain/merge/incoming';
import { emptyAssessment, type Household, type HouseholdDetails, type Person } from '../../src/domain/household';
import { nextRevision, type Revised } from '../../src/domain/revision';
import { duplicateKeys, nameKeys, searchKeys } from '../../src/domain/search-keys';

let tokens = 0;

function asDevice<T>(by: string, work: () => Promise<T>): Promise<T> {
  return asPerson(by, db().tables, work, { keepRevisions: true });
}
const KEYS: Record<string, string> = { householdDetails: 'householdId', settings: 'key' };

/** Writes a row as an edit: a new revision naming what changed. */
export async function write<T extends Revised>(table: string, row: T, by: string, at = '2026-11-20T10:00:00.000Z'): Promise<T> {
  const t = db().table(table) as Table<T>;
  const before = await t.get((row as Record<string, unknown>)[KEYS[table] ?? 'id'] as string);
  const stamped = { ...row, revision: nextRevision(before, row, by, at, `tok${++tokens}`) };
  // Written with the revision made here, at a fixed time, as if on a device of its own.
  await asDevice(by, () => t.put(stamped));
  return stamped;
}

export async function edit(table: string, key: string, patch: Record<string, unknown>, by: string, at?: string): Promise<void> {
  const row = await db().table(table).get(key);
  await write(table, { ...row, ...patch }, by, at);
}

export async function addHousehold(id: string, reference: string, names: string[], postcode: string, by = 'Jo Worker'): Promise<void> {
  const people: Person[] = names.map((name, order) => ({ id: `${id}-p${order}`, householdId: id, role: 'applicant', name, order }));
  const details: HouseholdDetails = { householdId: id, postcode, howHeard: 'event', interests: ['shortTerm'] };
  const household: Household = {
    id,
    reference,
    kind: 'mainstream',
    stage: 'enquiry',
    state: 'active',
    enquiryOn: '2026-11-02',
    stageEnteredOn: '2026-11-02',
    lastMoveOn: '2026-11-02',
    assessment: emptyAssessment(),
    searchKeys: searchKeys({ names, postcode }),
    nameKeys: nameKeys(names),
    duplicateKeys: duplicateKeys({ names, postcode }),
    isDemo: 0,
    createdAt: '2026-11-02T09:00:00.000Z',
    updatedAt: '2026-11-02T09:00:00.000Z',
  };
  await write('households', household, by);
  await write('householdDetails', details, by);
  for (const p of people) await write('people', p, by);
  await db().events.add({ id: `${id}-enquiry`, householdId: id, at: household.createdAt, by, type: 'enquiry', summary: `Enquiry recorded (${reference})`, fields: [] });
  const counter = Number(reference.slice(2)) + 1;
  const current = ((await db().settings.get('nextReference'))?.value as number | undefined) ?? 1;
  await asDevice(by, () => db().settings.put({ key: 'nextReference', value: Math.max(current, counter) }));
}

export async function removeHousehold(id: string, by: string): Promise<void> {
  await asPerson(by, db().tables, () => removeRecord('households', id));
}

const MERGED = ['households', 'householdDetails', 'people', 'checks', 'appointments', 'moves', 'events', 'notes', 'staff', 'settings', 'targetPlans', 'localResources', 'deletions'];

/** Every merged table of the current database, as a verified backup gives them. */
export async function backupOf(source: string): Promise<IncomingRecords> {
  const tables: Record<string, Record<string, unknown>[]> = {};
  for (const t of MERGED) tables[t] = (await db().table(t).toArray()) as Record<string, unknown>[];
  return { source, tables };
}

/** Runs `body` against another device's database, then comes back to this one. */
export async function onOtherDevice<T>(other: FosteringDb, body: () => Promise<T>): Promise<T> {
  const here = db();
  useDatabase(other);
  try {
    return await body();
  } finally {
    useDatabase(here);
  }
}

/** A second device holding a copy of everything on this one, as if restored from its backup. */
export async function copyOfThisDevice(): Promise<FosteringDb> {
  const other = new FosteringDb(`other-device-${crypto.randomUUID()}`);
  const rows = await Promise.all(MERGED.map(async (t) => [t, await db().table(t).toArray()] as const));
  await other.open();
  await asPerson('Restore', other.tables, async () => {
    for (const [t, r] of rows) await other.table(t).bulkPut(r);
  }, { keepRevisions: true });
  return other;
}
