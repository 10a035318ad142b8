import { describe, expect, it } from 'vitest';
import { FosteringDb } from '../../src/data/db';
import { CURRENT_VERSION } from '../../src/data/schema';
import { writeV1Database } from './fixtures/v1-database';
import { writeV6Database } from './fixtures/v6-database';
import { writeV7Database } from './fixtures/v7-database';
import { pipelineRepo } from '../../src/data/repositories/pipeline';
import { useDatabase } from '../../src/data/db';

describe('upgrading a database written by version 1', () => {
  it('keeps every record and fills the outstanding-check index', async () => {
    const name = `migration-${Math.random()}`;
    await writeV1Database(name);

    const db = new FosteringDb(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);

    expect(await db.households.count()).toBe(1);
    expect(await db.householdDetails.get('hh-v1-1')).toMatchObject({ postcode: 'AB1 2CD' });
    expect(await db.people.where('householdId').equals('hh-v1-1').toArray()).toHaveLength(1);
    expect(await db.checks.count()).toBe(4);
    expect(await db.moves.count()).toBe(1);
    expect(await db.events.count()).toBe(1);
    expect(await db.notes.count()).toBe(1);
    expect(await db.staff.count()).toBe(1);
    expect(await db.settings.get('nextReference')).toMatchObject({ key: 'nextReference', value: 2 });

    // Only the check requested and neither received nor marked not needed is awaiting.
    const awaiting = await db.checks.where('awaitingSince').belowOrEqual('9999-12-31').toArray();
    expect(awaiting.map((c) => c.id)).toEqual(['c1']);
    expect(awaiting[0]!.awaitingSince).toBe('2026-03-03');

    // Every record that can change has a first revision, and identical records get the same one.
    const household = await db.households.get('hh-v1-1');
    expect(household?.revision).toMatchObject({ rev: expect.stringMatching(/^1-/), changedBy: 'Before revisions were kept' });
    expect(household?.revision?.fieldRevs).toMatchObject({ stage: household?.revision?.rev, 'assessment.applicationOn': household?.revision?.rev });
    for (const table of ['householdDetails', 'people', 'checks', 'staff', 'settings'] as const) {
      expect((await db[table].toArray()).every((row) => row.revision?.rev.startsWith('1-'))).toBe(true);
    }
    expect(await db.moves.toArray()).toEqual([expect.not.objectContaining({ revision: expect.anything() })]);
    expect(await db.conflicts.count()).toBe(0);
    expect(await db.deletions.count()).toBe(0);

    // The household still opens by its indexes after the upgrade.
    expect(await db.households.where('searchKeys').startsWith('testp').primaryKeys()).toEqual(['hh-v1-1']);
    db.close();
    await db.delete();
  });
});

describe('upgrading a database written by version 6', () => {
  it('works out every household\'s search tokens again, so names in any script are found', async () => {
    const name = `migration-v6-${Math.random()}`;
    await writeV6Database(name);

    const db = new FosteringDb(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);

    const found = (key: string) => db.households.where('searchKeys').startsWith(key).primaryKeys();
    expect(await found('مريم')).toEqual(['hh-v6-1']);
    expect(await found('тестова')).toEqual(['hh-v6-1']);
    expect(await found('王小明')).toEqual(['hh-v6-1']);
    expect(await found('zoe')).toEqual(['hh-v6-2']);
    expect(await found('ls14ap')).toEqual(['hh-v6-1']);
    expect(await db.households.orderBy('nameKeys').uniqueKeys()).toEqual(['testerton', 'zoe', 'тестова', 'مريم', '王小明']);
    // The duplicate rules see the surname in its own script too.
    expect((await db.households.get('hh-v6-1'))?.duplicateKeys).toEqual(['surname-postcode:тестова|ls14ap']);
    expect((await db.households.get('hh-v6-2'))?.duplicateKeys).toEqual(['surname-postcode:testerton|bs14dj']);

    // Tokens are worked out, not changed by anyone: each household keeps the revision it had.
    expect((await db.households.get('hh-v6-1'))?.revision?.rev).toBe('3-hh-v6-1');
    expect(await db.people.count()).toBe(3);
    db.close();
    await db.delete();
  });
});

describe('upgrading a database written by version 7', () => {
  it('gives every household the names and postcode its list row shows, without changing anyone\'s revision', async () => {
    const name = `migration-v7-${Math.random()}`;
    await writeV7Database(name);

    const db = new FosteringDb(name);
    useDatabase(db);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);

    expect(await db.households.get('hh-v7-1')).toMatchObject({ listNames: 'Ada Testwell and Ben Testwell', listPostcode: 'LS1 4AP', revision: { rev: '2-hh-v7-1' } });
    const { rows } = await pipelineRepo.search({}, '2026-03-10');
    expect(rows.map((r) => [r.reference, r.names, r.postcode])).toEqual([
      ['H-0002', 'Cara Mockford', 'BS1 4DJ'],
      ['H-0001', 'Ada Testwell and Ben Testwell', 'LS1 4AP'],
    ]);
    expect(await db.households.where('searchKeys').startsWith('mockf').primaryKeys()).toEqual(['hh-v7-2']);
    db.close();
    await db.delete();
  });
});
