import { describe, expect, it } from 'vitest';
import { FosteringDb } from '../../src/data/db';
import { CURRENT_VERSION } from '../../src/data/schema';
import { writeV1Database } from './fixtures/v1-database';

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
    expect(await db.settings.get('nextReference')).toEqual({ key: 'nextReference', value: 2 });

    // Only the check requested and neither received nor marked not needed is awaiting.
    const awaiting = await db.checks.where('awaitingSince').belowOrEqual('9999-12-31').toArray();
    expect(awaiting.map((c) => c.id)).toEqual(['c1']);
    expect(awaiting[0]!.awaitingSince).toBe('2026-03-03');

    // The household still opens by its indexes after the upgrade.
    expect(await db.households.where('searchKeys').startsWith('testp').primaryKeys()).toEqual(['hh-v1-1']);
    db.close();
    await db.delete();
  });
});
