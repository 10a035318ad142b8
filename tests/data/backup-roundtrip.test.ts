import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyRestore, createBackup, readBackup } from '../../src/data/backup';
import { db } from '../../src/data/db';
import { removeRecord } from '../../src/data/removals';
import { asPerson } from '../../src/data/revisions';
import { databaseArbitrary, freshDevice, seed, snapshot, type Rows } from './fixtures/backup-data';

/** The restore's own audit entry is the one thing a restored device has that the backup did not. */
function withoutRestoreEntry(rows: Rows): Rows {
  return { ...rows, events: rows.events!.filter((e) => e.type !== 'restore') };
}

async function roundTrip(rows: Rows, passphrase?: string): Promise<void> {
  const source = freshDevice();
  await seed(rows);
  const before = await snapshot();
  const file = await createBackup({ by: 'Sam Example', appVersion: 'test', passphrase });

  const fresh = freshDevice();
  try {
    expect(file.header.counts.households).toBe(rows.households!.length);
    const read = await readBackup(file.blob, { passphrase });
    if (!read.ok) throw new Error(read.problem.message);
    await applyRestore(read.value, 'Ria Madeup');
    expect(withoutRestoreEntry(await snapshot())).toEqual(before);
  } finally {
    await Promise.all([source.delete(), fresh.delete()]);
  }
}

describe('a backup restored on a wiped device', () => {
  it('keeps the notes of records removed before it was made, so a later merge removes them elsewhere too', async () => {
    const source = freshDevice();
    await seed({ households: [] });
    await asPerson('Sam Example', [db().households, db().deletions], async () => {
      await db().households.add({ id: 'hh-gone', reference: 'H-0007', stage: 'enquiry', state: 'active' } as never);
    });
    await asPerson('Sam Example', [db().households, db().householdDetails, db().people, db().checks, db().appointments, db().moves, db().events, db().notes, db().deletions], () => removeRecord('households', 'hh-gone'));
    const file = await createBackup({ by: 'Sam Example', appVersion: 'test' });
    const fresh = freshDevice();
    try {
      const read = await readBackup(file.blob, {});
      if (!read.ok) throw new Error(read.problem.message);
      await applyRestore(read.value, 'Ria Madeup');
      expect(await db().deletions.toArray()).toEqual([expect.objectContaining({ table: 'households', recordId: 'hh-gone' })]);
    } finally {
      await Promise.all([source.delete(), fresh.delete()]);
    }
  });

  it('holds exactly what the device held, table by table', async () => {
    await fc.assert(fc.asyncProperty(databaseArbitrary, (rows) => roundTrip(rows)), { numRuns: 25 });
    // Twenty-five whole databases through fake-indexeddb: minutes on a busy two-core machine, never a speed test.
  }, 180_000);

  // PBKDF2 at 600,000 iterations takes a moment each way: a few runs prove the encrypted path.
  it('holds exactly what the device held when it was encrypted with a passphrase', async () => {
    await fc.assert(fc.asyncProperty(databaseArbitrary, (rows) => roundTrip(rows, 'correct horse battery staple')), { numRuns: 2 });
  }, 60_000);
});

/** A household with more timeline entries than one read of the backup takes, and exactly one read of checks. */
function largeHousehold(): Rows {
  const householdId = 'hh-large';
  const events = Array.from({ length: 10_001 }, (_, i) => ({
    id: `e-${String(i).padStart(5, '0')}`,
    householdId,
    at: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
    by: 'Ada Testperson',
    type: 'change',
    summary: `Entry ${i}`,
    fields: [],
  }));
  const checks = Array.from({ length: 5_000 }, (_, i) => ({ id: `c-${String(i).padStart(4, '0')}`, householdId, type: 'dbs', label: `Check ${i}` }));
  const household = {
    id: householdId, reference: 'H-0001', kind: 'mainstream', stage: 'stage1', state: 'active', enquiryOn: '2025-01-01', stageEnteredOn: '2025-02-01',
    lastMoveOn: '2025-02-01', assessment: { training: [] }, searchKeys: ['testperson'], duplicateKeys: [], isDemo: 0, createdAt: '2025-01-01T09:00:00.000Z', updatedAt: '2025-02-01T09:00:00.000Z',
  };
  return { households: [household], events, checks, staff: [{ id: 's1', name: 'Sam Example', active: 1 }] };
}

describe('a backup of tables larger than one read', () => {
  it('holds every record once, in order', async () => {
    await roundTrip(largeHousehold());
  }, 60_000);
});

describe('a backup of a table read in pieces side by side', () => {
  it.each([
    // Random ids, as the app makes them, and a few that sort below and above any of them.
    ['random ids', [...Array.from({ length: 6_000 }, () => crypto.randomUUID()), '!first', '0', 'zz-last', 'ÿ-after-ascii']],
    // Ids numbered in order under one prefix, bunched in a few of the first cuts: readers left idle cut the long pieces.
    ['ids numbered in order', Array.from({ length: 7_000 }, (_, i) => `h-${Math.floor(i / 20)}-e${i % 20}`)],
  ])('writes every row once, in key order, with %s', async (_, ids) => {
    const { households = [], staff = [] } = largeHousehold();
    const events = ids.map((id, i) => ({ id, householdId: 'hh-large', at: '2025-01-01T09:00:00.000Z', by: 'Ada Testperson', type: 'change', summary: `Entry ${i}`, fields: [] }));
    const source = freshDevice();
    try {
      await seed({ households, staff, events });
      const file = await createBackup({ by: 'Sam Example', appVersion: 'test' });
      expect(file.header.counts.events).toBe(ids.length);
      const read = await readBackup(file.blob, {});
      if (!read.ok) throw new Error(read.problem.message);
      const sorted = [...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      expect(read.value.tables.events!.map((e) => e.id)).toEqual(sorted);
    } finally {
      await source.delete();
    }
  }, 60_000);
});
