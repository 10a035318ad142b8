import { describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { householdsRepo } from '../../src/data/repositories/households';
import type { Enquiry } from '../../src/domain/validation/enquiry';
import { moveFrom } from '../../src/domain/stale-rule';
import { asFixture } from '../fixture-person';

const enquiry: Enquiry = {
  applicants: ['Priya Examplesmith', 'Tom Examplesmith'],
  email: 'priya@example.com',
  phone: '07700900123',
  postcode: 'LS1 4AP',
  howHeard: 'event',
  interests: ['shortTerm', 'siblingGroups'],
  notes: 'Met at the summer fair',
  enquiryOn: '2026-11-02',
  kind: 'mainstream',
};

describe('households repository', () => {
  it('records an enquiry with its details, applicants and an audit event, in one go', async () => {
    const h = await householdsRepo.createEnquiry(enquiry, 'Jo Worker');
    expect(h.reference).toBe('H-0001');
    const record = await householdsRepo.record(h.id);
    expect(record?.details.postcode).toBe('LS1 4AP');
    expect(record?.people.map((p) => p.name)).toEqual(['Priya Examplesmith', 'Tom Examplesmith']);
    expect(record?.household.searchKeys).toEqual(expect.arrayContaining(['priya', 'examplesmith', 'ls14ap', '07700900123']));
    expect(record?.household.nextDeadlineOn).toBe('2026-11-03');
    const events = await householdsRepo.timeline(h.id);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ by: 'Jo Worker', type: 'enquiry' });
  });

  it("a hold moves the household's next local target later by the time held, and taking it off hold settles the real length", async () => {
    const h = await householdsRepo.createEnquiry(enquiry, 'Jo Worker');
    const hold = await householdsRepo.move(h.id, { from: moveFrom((await householdsRepo.get(h.id))!), kind: 'hold', on: '2026-11-02', holdUntil: '2026-11-12', reason: 'Moving house' }, 'Jo Worker', '2026-11-02');
    expect(hold.ok).toBe(true);
    // The reply was due 3 November; the planned ten days on hold move it to 13 November.
    expect((await householdsRepo.get(h.id))?.nextDeadlineOn).toBe('2026-11-13');
    const resume = await householdsRepo.move(h.id, { from: moveFrom((await householdsRepo.get(h.id))!), kind: 'resume', on: '2026-11-05' }, 'Jo Worker', '2026-11-05');
    expect(resume.ok).toBe(true);
    expect((await householdsRepo.get(h.id))?.nextDeadlineOn).toBe('2026-11-06');
  });

  it('writes nothing at all when part of the enquiry fails', async () => {
    // A reference already taken makes the household insert fail after the reference counter moved.
    await asFixture(async () => db().households.add({ ...(await householdsRepo.createEnquiry(enquiry, 'Jo Worker')), id: 'other', reference: 'H-0002' }));
    await expect(householdsRepo.createEnquiry(enquiry, 'Jo Worker')).rejects.toThrow();
    expect(await db().households.count()).toBe(2);
    expect(await db().householdDetails.count()).toBe(1);
    expect(await db().people.count()).toBe(2);
    expect(await db().events.count()).toBe(1);
    expect((await db().settings.get('nextReference'))?.value).toBe(2);
  });

  it('moves a household forward, keeping the history and who made the move', async () => {
    const h = await householdsRepo.createEnquiry(enquiry, 'Jo Worker');
    const result = await householdsRepo.move(h.id, { from: moveFrom((await householdsRepo.get(h.id))!), kind: 'forward', on: '2026-11-05' }, 'Jo Worker', '2026-11-20');
    expect(result.ok).toBe(true);
    const record = await householdsRepo.record(h.id);
    expect(record?.household).toMatchObject({ stage: 'initialVisit', stageEnteredOn: '2026-11-05', lastMoveOn: '2026-11-05' });
    expect(record?.household.assessment.initialVisitOn).toBe('2026-11-05');
    expect(record?.moves).toHaveLength(1);
    const [latest] = await householdsRepo.timeline(h.id);
    expect(latest).toMatchObject({ summary: 'Moved to Initial visit', by: 'Jo Worker' });
    expect(latest!.fields).toEqual(expect.arrayContaining(['stage', 'stageEnteredOn']));
  });

  it('refuses a move dated before the last one and writes nothing', async () => {
    const h = await householdsRepo.createEnquiry(enquiry, 'Jo Worker');
    const result = await householdsRepo.move(h.id, { from: moveFrom((await householdsRepo.get(h.id))!), kind: 'forward', on: '2026-11-01' }, 'Jo Worker', '2026-11-20');
    expect(result).toEqual({ ok: false, errors: { on: expect.stringContaining('same as or after 2 November 2026') } });
    expect(await db().moves.count()).toBe(0);
    expect((await householdsRepo.get(h.id))?.stage).toBe('enquiry');
    expect(await db().events.count()).toBe(1);
  });
});

describe('what a household off the line leaves in the indexes', () => {
  it('clears its waiting checks and next deadline when it withdraws, so Today no longer counts it', async () => {
    const h = await householdsRepo.createEnquiry(enquiry, 'Jo Worker');
    await asFixture(async () => db().checks.add({ id: 'c1', householdId: h.id, type: 'medical', label: 'Medical', requestedOn: '2026-09-01', awaitingSince: '2026-09-01' }));
    expect((await householdsRepo.get(h.id))?.nextDeadlineOn).toBeDefined();

    const result = await householdsRepo.move(h.id, { from: moveFrom((await householdsRepo.get(h.id))!), kind: 'withdraw', on: '2026-11-10', code: 'decidedNotToApply', reason: 'Moving abroad' }, 'Jo Worker', '2026-11-20');
    expect(result.ok).toBe(true);
    expect((await db().checks.get('c1'))?.awaitingSince).toBeUndefined();
    expect((await householdsRepo.get(h.id))?.nextDeadlineOn).toBeUndefined();
    expect(await db().checks.where('awaitingSince').below('9999').count()).toBe(0);
    expect(await db().households.where('nextDeadlineOn').below('9999').count()).toBe(0);
  });
});

describe('the service’s own audit trail', () => {
  it('records who changed a setting and which fields, and who added a name to the device', async () => {
    const { settingsRepo } = await import('../../src/data/repositories/settings');
    const { staffRepo } = await import('../../src/data/repositories/staff');
    const { SERVICE_EVENTS } = await import('../../src/data/audit');
    const targets = await settingsRepo.localTargets();
    await settingsRepo.saveLocalTargets({ ...targets, stage1Months: 3 }, 'Jo Worker');
    await settingsRepo.saveLocalTargets({ ...targets, stage1Months: 3 }, 'Jo Worker');
    await staffRepo.add('Kit Newstarter');
    const trail = await householdsRepo.timeline(SERVICE_EVENTS);
    expect(trail.map((e) => [e.by, e.summary, e.fields])).toEqual([
      ['Kit Newstarter', 'Kit Newstarter added to the people using this device', ['staff']],
      ['Jo Worker', 'Local timescale targets changed', ['localTargets.stage1Months']],
    ]);
  });
});
