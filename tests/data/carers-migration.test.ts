import { describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { applyRestore, readBackup } from '../../src/data/backup';
import { db, FosteringDb } from '../../src/data/db';
import { CURRENT_VERSION, SCHEMA } from '../../src/data/schema';
import type { Rows } from './fixtures/backup-data';
import { forgeBackup } from './fixtures/backup-files';
import { writeV7ApprovedDatabase } from './fixtures/v7-approved-database';

describe('upgrading a database written by version 7', () => {
  it('puts every approved household on the register with its decision’s date and terms, nothing typed again', async () => {
    const name = `migration-v7-${Math.random()}`;
    await writeV7ApprovedDatabase(name);

    const db = new FosteringDb(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);

    const carers = await db.carers.orderBy('householdId').toArray();
    expect(carers.map((c) => c.householdId)).toEqual(['hh-v7-1', 'hh-v7-2']);
    expect(carers[0]).toMatchObject({
      reference: 'H-0007',
      approvedOn: '2026-05-18',
      connected: false,
      onRegister: 1,
      // The old single-type terms read in today's shape.
      terms: { types: ['longTerm'], ageFrom: 5, ageTo: 12, numberOfChildren: 2, siblingGroups: true },
    });
    expect(carers[1]).toMatchObject({ approvedOn: '2026-01-31', connected: true, terms: { types: ['kinship'], numberOfChildren: 1 } });
    expect(carers[0]!.revision?.changedBy).toBe('Approved before carer households were kept');
    expect(await db.carers.where('onRegister').equals(1).count()).toBe(2);

    // The households themselves are untouched.
    expect((await db.households.get('hh-v7-1'))?.revision?.rev).toBe('4-hh-v7-1');
    expect(await db.households.count()).toBe(3);
    for (const table of ['placements', 'supervisionVisits', 'reviews', 'trainingRecords', 'tierChanges', 'deregistrations'] as const) {
      expect(await db[table].count()).toBe(0);
    }
    db.close();
    await db.delete();
  });
});

describe('restoring a backup written under schema version 7', () => {
  it('brings its approved households onto the register, as the device upgrade does', async () => {
    const name = `v7-source-${Math.random()}`;
    await writeV7ApprovedDatabase(name);
    const v7 = new Dexie(name);
    for (const s of SCHEMA.filter((s) => s.version <= 7)) v7.version(s.version).stores(s.stores);
    await v7.open();
    const rows: Rows = {};
    for (const table of v7.tables) if (table.name !== 'drafts') rows[table.name] = await table.toArray();
    v7.close();
    await Dexie.delete(name);

    const read = await readBackup(await forgeBackup(rows, { header: { schemaVersion: 7 } }));
    if (!read.ok) throw new Error(read.problem.message);
    await applyRestore(read.value, 'Sam Example');
    expect((await db().carers.toArray()).map((c) => [c.householdId, c.approvedOn])).toEqual([
      ['hh-v7-1', '2026-05-18'],
      ['hh-v7-2', '2026-01-31'],
    ]);
  });
});
