import { describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { appointmentsRepo } from '../../src/data/repositories/appointments';
import { householdsRepo } from '../../src/data/repositories/households';
import { staffRepo } from '../../src/data/repositories/staff';
import { targetPlansRepo } from '../../src/data/repositories/target-plans';
import { asPerson } from '../../src/data/revisions';
import { StaleWriteError } from '../../src/data/stale';
import { DEFAULT_RECRUITMENT_INPUTS } from '../../src/domain/recruitment';

/** A change made elsewhere (another tab, or a merged device) by Priya Shah. */
const elsewhere = (work: () => Promise<unknown>) => asPerson('Priya Shah', db().tables, work);

async function refusal(write: Promise<unknown>): Promise<StaleWriteError> {
  const error = await write.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(StaleWriteError);
  return error as StaleWriteError;
}

describe('a change to a listed record based on how the list showed it', () => {
  it('does not cancel an appointment whose date was changed since, and says so', async () => {
    const h = await householdsRepo.createEnquiry(
      { applicants: ['Rowan Samplewood'], email: 'rowan@example.org', postcode: 'BS1 4DJ', howHeard: 'website', interests: ['notSure'], enquiryOn: '2026-06-01', kind: 'mainstream' },
      'Jo Worker',
    );
    const shown = await appointmentsRepo.add(h.id, { kind: 'assessmentVisit', on: '2026-12-01' }, 'Jo Worker');
    await elsewhere(() => db().appointments.update(shown.id, { on: '2026-12-08' }));

    const error = await refusal(appointmentsRepo.remove(shown.id, shown.revision!.rev, 'Ola Assessor'));
    expect(error.userMessage).toMatch(/^Since you opened this form, Priya Shah changed the date at \d\d:\d\d\. Your changes have not been saved\.$/);
    expect(await db().appointments.get(shown.id)).toMatchObject({ on: '2026-12-08' });
    expect((await householdsRepo.timeline(h.id)).some((e) => e.summary.includes('cancelled'))).toBe(false);

    await appointmentsRepo.remove(shown.id, error.currentRev, 'Ola Assessor');
    expect(await db().appointments.get(shown.id)).toBeUndefined();
  });

  it('does not mark someone as no longer working here when their status changed since', async () => {
    const shown = await staffRepo.add('Ash Pretendly', 'Jo Worker');
    await elsewhere(() => db().staff.update(shown.id, { active: 0 }));
    await elsewhere(() => db().staff.update(shown.id, { active: 1 }));

    const error = await refusal(staffRepo.setActive(shown.id, false, shown.revision!.rev, 'Jo Worker'));
    expect(error.userMessage).toMatch(/Priya Shah changed the status at \d\d:\d\d\./);
    expect((await db().staff.get(shown.id))!.active).toBe(1);
  });

  it('does not delete a scenario renamed since', async () => {
    const saved = await targetPlansRepo.save({ name: 'Growth case', inputs: DEFAULT_RECRUITMENT_INPUTS, targetYear: 2029 }, 'Sam Manager');
    if (!saved.ok) throw new Error('not saved');
    await elsewhere(() => db().targetPlans.update(saved.plan.id, { name: 'Growth case (board paper)' }));

    const error = await refusal(targetPlansRepo.delete(saved.plan.id, saved.plan.revision!.rev, 'Sam Manager'));
    expect(error.userMessage).toMatch(/Priya Shah changed the name at/);
    expect((await db().targetPlans.get(saved.plan.id))!.name).toBe('Growth case (board paper)');
  });
});
