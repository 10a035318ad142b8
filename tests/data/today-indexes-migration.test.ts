import { describe, expect, it } from 'vitest';
import { FosteringDb, useDatabase } from '../../src/data/db';
import { CURRENT_VERSION } from '../../src/data/schema';
import { pipelineRepo } from '../../src/data/repositories/pipeline';
import { todayRepo } from '../../src/data/repositories/today';
import { peopleTurningEighteen } from '../../src/data/repositories/turning-eighteen';
import { writeV10Database } from './fixtures/v10-database';

const TODAY = '2026-06-10';

describe('upgrading a database written by version 10', () => {
  it("lists on Today the same households at risk, temporary approvals and overdue checks, read from the new indexes", async () => {
    const name = `migration-v10-${Math.random()}`;
    await writeV10Database(name);
    const db = new FosteringDb(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    useDatabase(db);

    // A row stored before the at-risk day was kept counts the fixed 14 days before its deadline.
    const atRisk = await todayRepo.atRisk(TODAY, 10);
    expect(atRisk.items.map((h) => h.reference)).toEqual(['H-02', 'H-04', 'H-01']);
    expect(atRisk.total).toBe(3);
    expect((await pipelineRepo.search({ status: 'atRisk' }, TODAY)).rows.map((h) => h.reference)).toEqual(['H-02', 'H-04', 'H-01']);

    // Only the approval still waiting for its decision, in a household still on the way to approval.
    const temporary = await todayRepo.temporaryApprovals(TODAY, 10);
    expect(temporary.total).toBe(1);
    expect(temporary.items).toEqual([
      expect.objectContaining({ lastDay: '2026-06-16', lapsed: false, words: expect.stringContaining('ends in 6 days'), household: expect.objectContaining({ reference: 'H-04' }) }),
    ]);
    expect((await todayRepo.temporaryApprovals(TODAY, 10, { workerId: 'st1' })).total).toBe(0);

    const dbsChecks = await todayRepo.overdueChecks(TODAY, 10, { checkType: 'dbs' });
    expect(dbsChecks.items.map((c) => c.checkId)).toEqual(['c1']);
    expect(dbsChecks.total).toBe(1);

    // Members of households being assessed, found by role; not those of a withdrawn household.
    expect((await peopleTurningEighteen(TODAY)).map((p) => [p.name, p.on, p.turned])).toEqual([['Cal Testwell', '2026-07-01', false]]);

    // Worked out, not changed by anyone: revisions stay as they were.
    expect((await db.households.toArray()).every((h) => h.revision?.rev === `3-${h.id}`)).toBe(true);
    expect((await db.households.get('hh-v10-06'))?.atRiskKeys).toEqual([]);
    db.close();
    await db.delete();
  });
});
