import { describe, expect, it } from 'vitest';
import { backupTables } from '../../src/data/backup/tables';
import { db } from '../../src/data/db';
import { carersRepo, carerTables } from '../../src/data/repositories/carers';
import { householdsRepo } from '../../src/data/repositories/households';
import { asPerson } from '../../src/data/revisions';
import { matchesFilters, NO_FILTERS } from '../../src/domain/support/register';
import type { TermsOfApproval } from '../../src/domain/terms';
import { asFixture } from '../fixture-person';
import { household } from '../unit/fixtures';

const TERMS: TermsOfApproval = { types: ['shortTerm'], ageFrom: 0, ageTo: 12, numberOfChildren: 2, siblingGroups: true };
const TODAY = '2027-03-20';

/** The carer household's revision now: what a form opened now is based on. */
async function rev(id: string): Promise<string> {
  return (await db().carers.get(id))?.revision?.rev ?? '';
}

async function approvedHousehold(): Promise<string> {
  const h = household({ id: 'hh-c1', reference: 'H-0101', stage: 'approved', stageEnteredOn: '2026-03-15' }, { decision: { decidedOn: '2026-03-15', outcome: 'approve' }, terms: TERMS });
  await asFixture(async () => {
    await db().households.add(h);
    await db().people.add({ id: 'pc1', householdId: h.id, role: 'applicant', name: 'Cara Testfield', order: 0 } as never);
  });
  await asPerson('Jo Worker', carerTables(), () => carersRepo.enrolApproved(h, 'Jo Worker'));
  return h.id;
}

describe('carer households repository', () => {
  it('puts an approved household on the register with its decision’s date and terms, and audits it', async () => {
    const id = await approvedHousehold();
    const record = await carersRepo.record(id);
    expect(record?.carer).toMatchObject({ approvedOn: '2026-03-15', terms: TERMS, onRegister: 1 });
    expect(record?.carer.revision?.changedBy).toBe('Jo Worker');
    expect(record?.names).toBe('Cara Testfield');
    expect((await householdsRepo.timeline(id)).map((e) => e.summary)).toContain('Joined the register of approved carer households');
  });

  it('keeps the tier’s history with dates and reasons', async () => {
    const id = await approvedHousehold();
    await carersRepo.setTier(id, { tierId: 'tier1', on: '2026-03-15', reason: 'Newly approved' }, await rev(id), 'Jo Worker');
    await carersRepo.setTier(id, { tierId: 'tier2', on: '2027-01-10', reason: 'Caring for a child with additional needs' }, await rev(id), 'Jo Worker');
    const record = await carersRepo.record(id);
    expect(record?.carer.tierId).toBe('tier2');
    expect(record?.tierChanges.map((c) => [c.on, c.fromTierId, c.tierId])).toEqual([
      ['2027-01-10', 'tier1', 'tier2'],
      ['2026-03-15', undefined, 'tier1'],
    ]);
  });

  it('refuses a review reducing terms against the carers’ wishes without a qualifying determination, writing nothing', async () => {
    const id = await approvedHousehold();
    const fewer = { ...TERMS, numberOfChildren: 1 };
    const review = { on: '2027-03-01', toPanel: true, outcome: 'changeTerms' as const, carersAgree: false, note: '', newTerms: fewer };
    await expect(carersRepo.recordReview(id, review, await rev(id), 'Jo Worker')).rejects.toThrow(/qualifying determination/);
    expect(await db().reviews.count()).toBe(0);

    // With the determination, the review is kept and the terms in force wait for the route to end.
    await carersRepo.recordReview(id, { ...review, qualifyingOn: '2027-03-05', windowClosesOn: '2027-04-02' }, await rev(id), 'Jo Worker');
    const record = await carersRepo.record(id);
    expect(record?.reviews[0]).toMatchObject({ qualifyingOn: '2027-03-05', newTerms: fewer });
    expect(record?.carer.terms).toEqual(TERMS);
  });

  it('applies changed terms the carers agree to at once', async () => {
    const id = await approvedHousehold();
    const more = { ...TERMS, numberOfChildren: 3 };
    await carersRepo.recordReview(id, { on: '2027-03-01', toPanel: true, outcome: 'changeTerms', carersAgree: true, note: '', newTerms: more }, await rev(id), 'Jo Worker');
    expect((await carersRepo.record(id))?.carer.terms).toEqual(more);
  });

  it('a resignation takes the household off the register on its date and keeps its history', async () => {
    const id = await approvedHousehold();
    await carersRepo.logVisit(id, { on: '2027-02-01', kind: 'planned', note: 'All well' }, 'Jo Worker');
    await carersRepo.deregister(
      id,
      { route: 'resignation', noticeOn: '2027-03-01', effectiveOn: '2027-03-29', reason: 'Retirement', exitInterview: 'offered', note: '' },
      await rev(id),
      'Jo Worker',
    );
    const { rows } = await carersRepo.list(TODAY);
    // Still caring until the resignation takes effect, then among those who have left.
    expect(rows.filter((r) => matchesFilters(r, NO_FILTERS, TODAY))).toHaveLength(1);
    expect(rows.filter((r) => matchesFilters(r, NO_FILTERS, '2027-03-29'))).toHaveLength(0);
    expect(rows.filter((r) => matchesFilters(r, { ...NO_FILTERS, register: 'left' }, '2027-03-29'))).toHaveLength(1);
    expect((await db().households.get(id))?.deregisteredOn).toBe('2027-03-29');
    expect((await carersRepo.record(id))?.visits).toHaveLength(1);
    await expect(
      carersRepo.deregister(id, { route: 'death', noticeOn: '2027-03-02', effectiveOn: '2027-03-02', reason: 'Other', exitInterview: 'notOffered', note: '' }, await rev(id), 'Jo Worker'),
    ).rejects.toThrow(/already left/);
  });

  it('refuses a tier chosen in a second tab after the first changed it, saying who changed what, and writes nothing', async () => {
    const id = await approvedHousehold();
    const opened = await rev(id);
    await carersRepo.setTier(id, { tierId: 'tier2', on: '2027-03-01', reason: 'Caring for a child with additional needs' }, opened, 'Priya Shah');
    const before = await db().tierChanges.count();
    const second = carersRepo.setTier(id, { tierId: 'tier1', on: '2027-03-02', reason: 'Newly approved' }, opened, 'Jo Worker');
    await expect(second).rejects.toMatchObject({ name: 'StaleWriteError', fields: ['tierId'], by: 'Priya Shah' });
    await expect(second).rejects.toThrow(/Since you opened this form, Priya Shah changed the tier .*Your changes have not been saved/);
    expect((await db().carers.get(id))?.tierId).toBe('tier2');
    expect(await db().tierChanges.count()).toBe(before);
  });

  it('lets a save through when another form changed a field this one does not show', async () => {
    const id = await approvedHousehold();
    const opened = await rev(id);
    await carersRepo.completeTsd(id, '2027-01-20', opened, 'Priya Shah');
    await carersRepo.setTier(id, { tierId: 'tier1', on: '2027-03-01', reason: 'Newly approved' }, opened, 'Jo Worker');
    expect(await db().carers.get(id)).toMatchObject({ tierId: 'tier1', tsdCompletedOn: '2027-01-20' });
  });

  it('refuses a supervising social worker or a review based on a household changed since', async () => {
    const id = await approvedHousehold();
    const opened = await rev(id);
    await carersRepo.setWorker(id, 'st-a', opened, 'Priya Shah');
    await expect(carersRepo.setWorker(id, 'st-b', opened, 'Jo Worker')).rejects.toThrow(/changed the supervising social worker/);
    const more = { ...TERMS, numberOfChildren: 3 };
    const reviewed = await rev(id);
    await carersRepo.recordReview(id, { on: '2027-03-01', toPanel: true, outcome: 'changeTerms', carersAgree: true, note: '', newTerms: more }, reviewed, 'Priya Shah');
    await expect(carersRepo.recordReview(id, { on: '2027-03-02', toPanel: true, outcome: 'continue', carersAgree: true, note: '' }, reviewed, 'Jo Worker')).rejects.toThrow(/changed the number of children/);
    expect(await db().reviews.count()).toBe(1);
    expect((await db().carers.get(id))?.supervisingWorkerId).toBe('st-a');
  });

  it('is included in a backup, table by table', () => {
    const names = backupTables().map((t) => t.name);
    expect(names).toEqual(expect.arrayContaining(['carers', 'placements', 'supervisionVisits', 'reviews', 'trainingRecords', 'tierChanges', 'deregistrations']));
  });
});
