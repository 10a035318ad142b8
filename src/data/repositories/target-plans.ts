import type { RecruitmentInputs } from '../../domain/recruitment';
import { validateScenarioName } from '../../domain/targets-form';
import { db, newId, nowInstant, type TargetPlanRow } from '../db';
import { asPerson } from '../revisions';
import { refuseIfStale } from '../stale';

/** The saved scenarios table shows this many, newest first. */
export const TARGET_PLANS_LIMIT = 20;

export type SavePlanResult = { ok: true; plan: TargetPlanRow } | { ok: false; errors: { name: string } };

/**
 * Saved runs of the recruitment-target calculator. A scenario holds no household or personal
 * data, so it is written on its own without an audit event; `savedBy` still says who saved it.
 */
export const targetPlansRepo = {
  async save(draft: { name: string; inputs: RecruitmentInputs; targetYear: number }, by: string): Promise<SavePlanResult> {
    const name = validateScenarioName(draft.name);
    if (!name.ok) return { ok: false, errors: { name: name.error } };
    const plan: TargetPlanRow = {
      id: newId(),
      name: name.name,
      savedAt: nowInstant(),
      savedBy: by,
      inputs: { ...draft.inputs },
      targetYear: draft.targetYear,
    };
    await asPerson(by, [db().targetPlans], () => db().targetPlans.add(plan));
    return { ok: true, plan };
  },

  /** The newest `limit` scenarios, or all of them, and how many are saved in all. */
  async list(limit: number | 'all' = TARGET_PLANS_LIMIT): Promise<{ rows: TargetPlanRow[]; total: number }> {
    const newest = db().targetPlans.orderBy('savedAt').reverse();
    const [rows, total] = await Promise.all([(limit === 'all' ? newest : newest.limit(limit)).toArray(), db().targetPlans.count()]);
    return { rows, total };
  },

  /** Deletes a scenario as it was shown (`baseRev`); one renamed or refigured since, on a merged device, is kept. */
  delete: (id: string, baseRev: string, by: string): Promise<void> =>
    asPerson(by, [db().targetPlans], async () => {
      const plan = await db().targetPlans.get(id);
      if (!plan) return;
      refuseIfStale(plan, baseRev, ['name', 'inputs', 'targetYear']);
      await db().targetPlans.delete(id);
    }),
};
