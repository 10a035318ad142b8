import { describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { staffRepo } from '../../src/data/repositories/staff';
import { todayRepo } from '../../src/data/repositories/today';
import { addDays } from '../../src/domain/dates';
import { create, today } from '../component/pipeline-fixtures';
import { asFixture } from '../fixture-person';

/** A check asked for `daysAgo` days ago and not back yet. */
function awaiting(id: string, householdId: string, type: string, daysAgo: number) {
  const on = addDays(today, -daysAgo);
  return asFixture(() => db().checks.add({ id, householdId, type, label: `${type} check`, requestedOn: on, awaitingSince: on }));
}

describe("Today's sections for one worker", () => {
  it('list only their households, soonest due first, with their total and the same rows as everyone’s view keeps', async () => {
    const pat = await staffRepo.add('Pat Example');
    const quinn = await staffRepo.add('Quinn Sample');
    const names = 'Abe Bea Cal Dot Eve Fay'.split(' ');
    for (const [i, first] of names.entries()) {
      await create({ applicants: [`${first} Latecomer`], enquiryOn: addDays(today, -40 + i) }, i % 2 === 0 ? pat.id : quinn.id);
    }
    const everyone = await todayRepo.breached(today, Infinity);
    const mine = await todayRepo.breached(today, 2, { workerId: pat.id });
    expect(mine.total).toBe(3);
    // The worker's rows come in the order everyone's list puts them (ties, over a weekend, by record).
    const patsInOrder = everyone.items.filter((h) => ['Abe Latecomer', 'Cal Latecomer', 'Eve Latecomer'].includes(h.names)).map((h) => h.names);
    expect(patsInOrder).toHaveLength(3);
    expect(mine.items.map((h) => h.names)).toEqual(patsInOrder.slice(0, 2));
    expect((await todayRepo.breached(today, Infinity, { workerId: pat.id })).items.map((h) => h.names)).toEqual(patsInOrder);
  });

  it('list only their overdue checks, oldest first, of the type asked for, with their total', async () => {
    const pat = await staffRepo.add('Pat Example');
    const quinn = await staffRepo.add('Quinn Sample');
    const pats = await create({ applicants: ['Gil Waiting'] }, pat.id);
    const alsoPats = await create({ applicants: ['Hana Waiting'] }, pat.id);
    const quinns = await create({ applicants: ['Ivo Waiting'] }, quinn.id);
    await awaiting('c1', pats.id, 'health', 35);
    await awaiting('c2', alsoPats.id, 'dbs', 60);
    await awaiting('c3', pats.id, 'dbs', 45);
    await awaiting('c4', quinns.id, 'dbs', 90);
    // Asked for ten days ago: not overdue yet.
    await awaiting('c5', pats.id, 'references', 10);

    const mine = await todayRepo.overdueChecks(today, 2, { workerId: pat.id });
    expect(mine.total).toBe(3);
    expect(mine.items.map((c) => [c.checkId, c.household.names])).toEqual([
      ['c2', 'Hana Waiting'],
      ['c3', 'Gil Waiting'],
    ]);
    const dbs = await todayRepo.overdueChecks(today, Infinity, { workerId: pat.id, checkType: 'dbs' });
    expect(dbs.items.map((c) => c.checkId)).toEqual(['c2', 'c3']);
    expect((await todayRepo.overdueChecks(today, Infinity)).total).toBe(4);
  });
});
