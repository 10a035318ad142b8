import { describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { carersRepo, carerTables } from '../../src/data/repositories/carers';
import { asPerson } from '../../src/data/revisions';
import { StaleWriteError } from '../../src/data/stale';
import { RefusedWriteError, writeErrorMessage } from '../../src/data/write-errors';
import { asFixture } from '../fixture-person';
import { household } from '../unit/fixtures';

const ID = 'hh-pr1';
const TERMS = { types: ['shortTerm' as const], ageFrom: 0, ageTo: 12, numberOfChildren: 1, siblingGroups: false };
const child = { ageBand: 'under5' as const, siblingGroup: false, shortBreak: false };
const rev = async () => (await db().carers.get(ID))?.revision?.rev ?? '';

async function approved(): Promise<void> {
  const h = household({ id: ID, reference: 'H-0401', stage: 'approved', stageEnteredOn: '2026-03-15' }, { decision: { decidedOn: '2026-03-15', outcome: 'approve' }, terms: TERMS });
  await asFixture(() => db().households.add(h));
  await asPerson('Jo Worker', carerTables(), () => carersRepo.enrolApproved(h, 'Jo Worker'));
}

describe('placements in the carer households repository', () => {
  it('counts the places again inside the write: two tabs cannot both fill the last place', async () => {
    await approved();
    const base = await rev();
    await carersRepo.addPlacement(ID, { ...child, startOn: '2027-01-10' }, base, 'Jo Worker');
    const second = carersRepo.addPlacement(ID, { ...child, startOn: '2027-02-01' }, base, 'Sam Other');
    await expect(second).rejects.toBeInstanceOf(RefusedWriteError);
    expect(writeErrorMessage(await second.catch((e: unknown) => e))).toBe(
      'The household is approved for 1 place and all are in use on 1 February 2027: end a placement first, or change the terms at a review. Nothing was changed and what you typed is kept.',
    );
    expect(await db().placements.count()).toBe(1);
  });

  it('ends a placement once, audited, and refuses an end based on a placement changed since', async () => {
    await approved();
    await carersRepo.addPlacement(ID, { ...child, startOn: '2027-01-10' }, await rev(), 'Jo Worker');
    const [placement] = await db().placements.toArray();
    const shown = placement!.revision!.rev;
    await carersRepo.endPlacement(placement!.id, { endOn: '2027-03-01', ending: 'unplanned' }, shown, 'Jo Worker');
    expect(await db().placements.get(placement!.id)).toMatchObject({ endOn: '2027-03-01', ending: 'unplanned' });
    await expect(carersRepo.endPlacement(placement!.id, { endOn: '2027-03-02', ending: 'planned' }, shown, 'Sam Other')).rejects.toBeInstanceOf(StaleWriteError);
    const summaries = (await db().events.where('householdId').equals(ID).toArray()).map((e) => e.summary);
    expect(summaries).toEqual(expect.arrayContaining(['Placement from 10 January 2027 (Under 5)', 'Placement from 10 January 2027 ended on 1 March 2027 (unplanned)']));
  });

  it('refuses a placement for a household that has left the register', async () => {
    await approved();
    await carersRepo.deregister(ID, { route: 'resignation', noticeOn: '2027-01-01', effectiveOn: '2027-01-29', reason: 'Retirement', exitInterview: 'offeredHeld' as never, note: '' }, await rev(), 'Jo Worker');
    await expect(carersRepo.addPlacement(ID, { ...child, startOn: '2027-01-10' }, await rev(), 'Jo Worker')).rejects.toThrow(/left the register/);
  });
});
