import { describe, expect, it, vi } from 'vitest';
import { db } from '../../src/data/db';
import { TARGET_PLANS_LIMIT, targetPlansRepo } from '../../src/data/repositories/target-plans';
import { DEFAULT_RECRUITMENT_INPUTS as D } from '../../src/domain/recruitment';

describe('saved target plans', () => {
  it('saves a named scenario with its inputs, who saved it and when', async () => {
    const result = await targetPlansRepo.save({ name: '  Growth   case ', inputs: { ...D, demandGrowthPerYear: 0.02 }, targetYear: 2029 }, 'Sam Manager');
    expect(result.ok).toBe(true);
    const [row] = (await targetPlansRepo.list()).rows;
    expect(row).toMatchObject({ name: 'Growth case', savedBy: 'Sam Manager', targetYear: 2029, inputs: { ...D, demandGrowthPerYear: 0.02 } });
    expect(row!.savedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('refuses a missing or over-long name and writes nothing', async () => {
    expect(await targetPlansRepo.save({ name: ' ', inputs: D, targetYear: 2029 }, 'Sam Manager')).toEqual({
      ok: false,
      errors: { name: 'Enter a name for this scenario' },
    });
    expect(await targetPlansRepo.save({ name: 'n'.repeat(81), inputs: D, targetYear: 2029 }, 'Sam Manager')).toEqual({
      ok: false,
      errors: { name: 'Scenario name must be 80 characters or fewer' },
    });
    expect(await db().targetPlans.count()).toBe(0);
  });

  it(`lists the newest ${TARGET_PLANS_LIMIT} first`, async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      for (let i = 1; i <= TARGET_PLANS_LIMIT + 2; i++) {
        vi.setSystemTime(new Date(2026, 0, i, 9));
        await targetPlansRepo.save({ name: `Scenario ${i}`, inputs: D, targetYear: 2029 }, 'Sam Manager');
      }
    } finally {
      vi.useRealTimers();
    }
    const { rows, total } = await targetPlansRepo.list();
    expect(rows).toHaveLength(TARGET_PLANS_LIMIT);
    expect(total).toBe(TARGET_PLANS_LIMIT + 2);
    expect(rows[0]!.name).toBe(`Scenario ${TARGET_PLANS_LIMIT + 2}`);
    expect(rows.at(-1)!.name).toBe('Scenario 3');
    // Past the newest, every scenario is still reachable.
    const all = await targetPlansRepo.list('all');
    expect(all.rows.map((r) => r.name).at(-1)).toBe('Scenario 1');
    expect(all.rows).toHaveLength(TARGET_PLANS_LIMIT + 2);
  });

  it('deletes a scenario', async () => {
    const saved = await targetPlansRepo.save({ name: 'Old idea', inputs: D, targetYear: 2029 }, 'Sam Manager');
    if (!saved.ok) throw new Error('not saved');
    await targetPlansRepo.delete(saved.plan.id, saved.plan.revision!.rev, 'Jo Worker');
    expect(await targetPlansRepo.list()).toEqual({ rows: [], total: 0 });
  });
});
