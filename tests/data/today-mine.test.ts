import { describe, expect, it } from 'vitest';
import { staffRepo } from '../../src/data/repositories/staff';
import { todayRepo } from '../../src/data/repositories/today';
import { addDays } from '../../src/domain/dates';
import { create, today } from '../component/pipeline-fixtures';

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
});
