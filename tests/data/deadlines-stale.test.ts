import { describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { redateIfStale, refreshOpenDeadlines } from '../../src/data/repositories/deadlines';
import { householdsRepo } from '../../src/data/repositories/households';
import { settingsRepo } from '../../src/data/repositories/settings';
import { DEFAULT_LOCAL_TARGETS } from '../../src/domain/settings';
import type { Enquiry } from '../../src/domain/validation/enquiry';

const enquiry: Enquiry = {
  applicants: ['Rowan Exampleton'],
  email: 'rowan@example.org',
  phone: '07700900311',
  postcode: 'LS1 4AP',
  howHeard: 'event',
  interests: ['shortTerm'],
  notes: '',
  enquiryOn: '2026-11-02',
  kind: 'mainstream',
};

/** A slower reply leaves the initial visit (5 working days, 9 November) as the next date. */
const slower = { ...DEFAULT_LOCAL_TARGETS, enquiryReplyWorkingDays: 10 };

describe('due dates after a change of local targets', () => {
  it('saving the targets marks the stored due dates out of date, and redating them clears the mark', async () => {
    const h = await householdsRepo.createEnquiry(enquiry, 'Jo Worker');
    expect(await settingsRepo.deadlinesStaleSince()).toBeUndefined();
    await settingsRepo.saveLocalTargets(slower, 'Jo Worker');
    expect(await settingsRepo.deadlinesStaleSince()).toEqual(expect.any(String));
    expect((await householdsRepo.get(h.id))?.nextDeadlineOn).toBe('2026-11-03');

    expect(await refreshOpenDeadlines()).toBe(1);
    expect(await settingsRepo.deadlinesStaleSince()).toBeUndefined();
    expect((await householdsRepo.get(h.id))?.nextDeadlineOn).toBe('2026-11-09');
  });

  it('a redating cut short leaves the mark, and start-up finishes it', async () => {
    const h = await householdsRepo.createEnquiry(enquiry, 'Jo Worker');
    await settingsRepo.saveLocalTargets(slower, 'Jo Worker');
    // The tab closed before redating ran: nothing but the mark says the dates are old.
    expect(await settingsRepo.deadlinesStaleSince()).toEqual(expect.any(String));

    expect(await redateIfStale()).toBe(1);
    expect((await householdsRepo.get(h.id))?.nextDeadlineOn).toBe('2026-11-09');
    expect(await settingsRepo.deadlinesStaleSince()).toBeUndefined();
    expect(await redateIfStale()).toBeUndefined();
  });

  it('targets changed again while redating keep the mark for the next pass', async () => {
    await householdsRepo.createEnquiry(enquiry, 'Jo Worker');
    await settingsRepo.saveLocalTargets(slower, 'Jo Worker');
    const redating = refreshOpenDeadlines();
    await settingsRepo.saveLocalTargets({ ...slower, enquiryReplyWorkingDays: 3 }, 'Jo Worker');
    await redating;
    const marked = await settingsRepo.deadlinesStaleSince();
    // Either the second save landed before the first pass read its mark (then that pass was current),
    // or after it: then the mark must still stand.
    if (marked) expect(await redateIfStale()).toBe(1);
    expect(await settingsRepo.deadlinesStaleSince()).toBeUndefined();
    expect(await db().households.count()).toBe(1);
  });
});
