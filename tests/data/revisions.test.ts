import { describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { appointmentsRepo } from '../../src/data/repositories/appointments';
import { checksRepo } from '../../src/data/repositories/checks';
import { householdsRepo } from '../../src/data/repositories/households';
import { libraryRepo } from '../../src/data/repositories/library';
import { peopleRepo } from '../../src/data/repositories/people';
import { settingsRepo } from '../../src/data/repositories/settings';
import { staffRepo } from '../../src/data/repositories/staff';
import { targetPlansRepo } from '../../src/data/repositories/target-plans';
import { StaleWriteError } from '../../src/data/stale';
import { DEFAULT_LOCAL_TARGETS } from '../../src/domain/settings';
import { moveFrom } from '../../src/domain/stale-rule';
import type { Enquiry } from '../../src/domain/validation/enquiry';
import { DEFAULT_RECRUITMENT_INPUTS } from '../../src/domain/recruitment';

const enquiry: Enquiry = {
  applicants: ['Ada Examplewood'],
  email: 'ada@example.com',
  phone: '07700900456',
  postcode: 'LS2 7AB',
  howHeard: 'event',
  interests: ['shortTerm'],
  notes: '',
  enquiryOn: '2026-11-02',
  kind: 'mainstream',
};
const TODAY = '2026-11-20';

async function household() {
  const h = await householdsRepo.createEnquiry(enquiry, 'Jo Worker');
  return (await householdsRepo.get(h.id))!;
}

describe('revisions on every write', () => {
  it('gives each record a first revision by the person who added it, and a new one by whoever changes it', async () => {
    const h = await household();
    expect(h.revision).toMatchObject({ rev: expect.stringMatching(/^1-/), changedBy: 'Jo Worker' });
    expect((await db().householdDetails.get(h.id))?.revision?.changedBy).toBe('Jo Worker');
    expect((await db().people.where('householdId').equals(h.id).first())?.revision?.changedBy).toBe('Jo Worker');

    await householdsRepo.updateHousehold(h.id, { patch: { workerId: 'staff-1' }, baseRev: h.revision!.rev }, 'Sam Manager', 'Worker assigned');
    const after = (await householdsRepo.get(h.id))!;
    expect(after.revision).toMatchObject({ rev: expect.stringMatching(/^2-/), changedBy: 'Sam Manager' });
    expect(after.revision!.revs).toContain(h.revision!.rev);
    expect(after.revision!.fieldRevs.workerId).toBe(after.revision!.rev);
    expect(after.revision!.fieldRevs.stage).toBe(h.revision!.rev);
  });

  it('stamps people, checks, appointments, staff, settings, scenarios and library resources with the person', async () => {
    const h = await household();
    const added = await peopleRepo.addPerson(h.id, { role: 'member', name: 'Kit Examplewood', dateOfBirth: '2015-03-01', relationship: 'son' }, 'Ola Assessor', TODAY);
    expect(added.ok && (await db().people.get(added.person.id))?.revision?.changedBy).toBe('Ola Assessor');
    const [check] = await checksRepo.raiseChecks(h.id, 'Ola Assessor', TODAY);
    expect((await db().checks.get(check!.id))?.revision?.changedBy).toBe('Ola Assessor');
    const appointment = await appointmentsRepo.add(h.id, { kind: 'assessmentVisit', on: '2026-12-01' }, 'Ola Assessor');
    expect((await db().appointments.get(appointment.id))?.revision?.changedBy).toBe('Ola Assessor');
    const member = await staffRepo.add('Ola Assessor', 'Sam Manager');
    expect((await db().staff.get(member.id))?.revision?.changedBy).toBe('Sam Manager');
    await settingsRepo.saveLocalTargets({ ...DEFAULT_LOCAL_TARGETS, initialVisitWorkingDays: 7 }, 'Sam Manager');
    expect((await db().settings.get('localTargets'))?.revision?.changedBy).toBe('Sam Manager');
    const plan = await targetPlansRepo.save({ name: 'Plan A', inputs: DEFAULT_RECRUITMENT_INPUTS, targetYear: 2030 }, 'Sam Manager');
    expect(plan.ok && (await db().targetPlans.get(plan.plan.id))?.revision?.changedBy).toBe('Sam Manager');
    const resource = await libraryRepo.addLocalResource({ title: 'Local group', category: 'Money', summary: 'A group.', body: 'Text.', lastReviewed: '2026-10-01' }, [], 'Sam Manager');
    expect((await db().localResources.get(resource.id))?.revision?.changedBy).toBe('Sam Manager');
  });

  it('leaves a note of each removed record: which, its last revision, who and when', async () => {
    const h = await household();
    const appointment = await appointmentsRepo.add(h.id, { kind: 'assessmentVisit', on: '2026-12-01' }, 'Jo Worker');
    const rev = (await db().appointments.get(appointment.id))!.revision!.rev;
    await appointmentsRepo.remove(appointment.id, rev, 'Ola Assessor');
    expect(await db().appointments.get(appointment.id)).toBeUndefined();
    expect(await db().deletions.get(['appointments', appointment.id])).toMatchObject({ householdId: h.id, rev, deletedBy: 'Ola Assessor' });
  });

  it('refuses a write that names no one, so no write site can forget the person', async () => {
    const h = await household();
    await expect(db().households.update(h.id, { workerId: 'staff-2' })).rejects.toThrow(/names no person/);
    expect((await householdsRepo.get(h.id))?.workerId).toBeUndefined();
  });

  it('keeps the revision when only worked-out fields change, so a refreshed deadline refuses no one', async () => {
    const h = await household();
    await db().households.update(h.id, { nextDeadlineOn: '2027-01-01' });
    expect((await householdsRepo.get(h.id))?.revision).toEqual(h.revision);
  });
});

describe('stale writes', () => {
  it('refuses a move from a stage the household has left, and writes nothing', async () => {
    const h = await household();
    const from = moveFrom(h);
    expect((await householdsRepo.move(h.id, { kind: 'forward', on: '2026-11-05', from }, 'Priya Shah', TODAY)).ok).toBe(true);
    const moved = await householdsRepo.get(h.id);
    const events = await db().events.count();
    const refusal = householdsRepo.move(h.id, { kind: 'forward', on: '2026-11-06', from }, 'Jo Worker', TODAY);
    await expect(refusal).rejects.toBeInstanceOf(StaleWriteError);
    await expect(refusal).rejects.toMatchObject({ by: 'Priya Shah', userMessage: expect.stringMatching(/^Since you opened this form, Priya Shah moved this household at \d\d:\d\d\. Where it stands now: Initial visit\./) });
    expect(await householdsRepo.get(h.id)).toEqual(moved);
    expect(await db().events.count()).toBe(events);
    expect(await db().moves.count()).toBe(1);
  });

  it('refuses an edit whose field changed since its revision, saying who changed what, and writes nothing', async () => {
    const h = await household();
    const base = h.revision!.rev;
    await householdsRepo.updateAssessment(h.id, { patch: { assessorId: 'staff-priya' }, baseRev: base }, 'Priya Shah', 'Stage 2 details updated');
    const before = await householdsRepo.get(h.id);
    const refusal = householdsRepo.updateAssessment(h.id, { patch: { assessorId: undefined, reportStartedOn: undefined }, baseRev: base }, 'Jo Worker', 'Stage 2 details updated');
    await expect(refusal).rejects.toMatchObject({ fields: ['assessment.assessorId'], by: 'Priya Shah', currentRev: before!.revision!.rev });
    await expect(refusal).rejects.toThrow(/Priya Shah changed the assessor at/);
    expect(await householdsRepo.get(h.id)).toEqual(before);
  });

  it('saves an edit when only a field it does not cover changed since', async () => {
    const h = await household();
    const base = h.revision!.rev;
    await householdsRepo.updateHousehold(h.id, { patch: { workerId: 'staff-1' }, baseRev: base }, 'Priya Shah', 'Worker assigned');
    await householdsRepo.updateAssessment(h.id, { patch: { assessorId: 'staff-2' }, baseRev: base }, 'Jo Worker', 'Stage 2 details updated');
    expect(await householdsRepo.get(h.id)).toMatchObject({ workerId: 'staff-1', assessment: { assessorId: 'staff-2' } });
  });

  it('refuses a change to a person or a check made over a newer one', async () => {
    const h = await household();
    const person = (await db().people.where('householdId').equals(h.id).first())!;
    const input = { role: 'applicant' as const, name: 'Ada Examplewood-Smith' };
    expect((await peopleRepo.updatePerson(person.id, input, person.revision!.rev, 'Priya Shah', TODAY)).ok).toBe(true);
    await expect(peopleRepo.updatePerson(person.id, { ...input, name: 'Ada Example' }, person.revision!.rev, 'Jo Worker', TODAY)).rejects.toBeInstanceOf(StaleWriteError);
    expect((await db().people.get(person.id))?.name).toBe('Ada Examplewood-Smith');

    const [check] = await checksRepo.raiseChecks(h.id, 'Jo Worker', TODAY);
    const stored = (await db().checks.get(check!.id))!;
    expect((await checksRepo.updateCheck(stored.id, { requestedOn: '2026-11-10' }, stored.revision!.rev, 'Priya Shah', TODAY)).ok).toBe(true);
    await expect(checksRepo.updateCheck(stored.id, { requestedOn: '2026-11-12' }, stored.revision!.rev, 'Jo Worker', TODAY)).rejects.toBeInstanceOf(StaleWriteError);
    expect((await db().checks.get(stored.id))?.requestedOn).toBe('2026-11-10');
  });

  it('refuses a settings save over one made since the form opened', async () => {
    await settingsRepo.saveLocalTargets({ ...DEFAULT_LOCAL_TARGETS, initialVisitWorkingDays: 7 }, 'Priya Shah', '');
    await expect(settingsRepo.saveLocalTargets({ ...DEFAULT_LOCAL_TARGETS, initialVisitWorkingDays: 9 }, 'Jo Worker', '')).rejects.toThrow(/Priya Shah changed/);
    expect((await settingsRepo.localTargets()).initialVisitWorkingDays).toBe(7);
  });
});

describe('audit values', () => {
  it('records the old and new value of each changed field', async () => {
    const h = await household();
    await householdsRepo.updateAssessment(h.id, { patch: { assessorId: 'staff-priya' }, baseRev: h.revision!.rev }, 'Jo Worker', 'Stage 2 details updated');
    const after = (await householdsRepo.get(h.id))!;
    await householdsRepo.updateAssessment(h.id, { patch: { assessorId: undefined, reportStartedOn: '2026-11-10' }, baseRev: after.revision!.rev }, 'Jo Worker', 'Stage 2 details updated');
    const [latest, first] = await householdsRepo.timeline(h.id);
    expect(first?.changes).toEqual([{ field: 'assessment.assessorId', to: 'staff-priya' }]);
    expect(latest?.changes).toEqual([
      { field: 'assessment.assessorId', from: 'staff-priya' },
      { field: 'assessment.reportStartedOn', to: '2026-11-10' },
    ]);
    expect(latest?.fields).toEqual(['assessment.assessorId', 'assessment.reportStartedOn']);
  });

  it('records a move as the stage it left and the stage it reached', async () => {
    const h = await household();
    await householdsRepo.move(h.id, { kind: 'forward', on: '2026-11-05', from: moveFrom(h) }, 'Jo Worker', TODAY);
    const [move] = await householdsRepo.timeline(h.id);
    expect(move?.changes).toEqual(expect.arrayContaining([{ field: 'stage', from: 'enquiry', to: 'initialVisit' }]));
  });
});
