import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../src/domain/dates';
import { dueStatus } from '../../src/domain/support/due';
import { nextReviewDue } from '../../src/domain/support/reviews';
import { lastContactOn, nextVisitDueOn, noContactIn8Weeks } from '../../src/domain/support/supervision';
import { DEFAULT_TIERS } from '../../src/domain/support/tiers';
import { tsdDueOn } from '../../src/domain/support/tsd';

const isoDay = fc.integer({ min: 0, max: 365 * 20 }).map((n) => addDays('2015-01-01', n));

describe('supervision visits', () => {
  it('are due a month after approval when none has been logged, clamped at the month end', () => {
    expect(nextVisitDueOn('2027-01-31', [])).toBe('2027-02-28');
    expect(nextVisitDueOn('2028-01-31', [])).toBe('2028-02-29');
  });

  it('are due one interval after the latest visit, whatever order they were logged in', () => {
    expect(nextVisitDueOn('2026-01-10', [{ on: '2026-03-02' }, { on: '2026-02-01' }])).toBe('2026-04-02');
  });

  it('follow the tier’s frequency: every two weeks for specialist households', () => {
    expect(nextVisitDueOn('2026-01-10', [{ on: '2026-03-02' }], DEFAULT_TIERS[2]!.supervision)).toBe('2026-03-16');
  });

  it('stand out as no contact only after more than 8 weeks', () => {
    expect(noContactIn8Weeks('2026-01-01', [], '2026-02-26')).toBe(false);
    expect(noContactIn8Weeks('2026-01-01', [], '2026-02-27')).toBe(true);
    expect(noContactIn8Weeks('2026-01-01', [{ on: '2026-02-20' }], '2026-03-30')).toBe(false);
  });

  it('no contact means the last contact is more than 56 days ago, for any visits', () => {
    fc.assert(
      fc.property(isoDay, fc.array(isoDay, { maxLength: 5 }), fc.integer({ min: 0, max: 200 }), (approvedOn, visits, after) => {
        const list = visits.map((on) => ({ on }));
        const last = lastContactOn(approvedOn, list);
        const today = addDays(last, after);
        expect(noContactIn8Weeks(approvedOn, list, today)).toBe(daysBetween(last, today) > 56);
      }),
    );
  });
});

describe('reviews (FSR reg 28)', () => {
  it('the first is due 12 months after approval and goes to panel', () => {
    expect(nextReviewDue('2026-03-15', [])).toEqual({ dueOn: '2027-03-15', toPanel: true });
  });

  it('an approval on 29 February is first reviewed on 28 February', () => {
    expect(nextReviewDue('2028-02-29', []).dueOn).toBe('2029-02-28');
  });

  it('after the first, each is due 12 months from the last review and not to panel', () => {
    expect(nextReviewDue('2026-03-15', [{ on: '2027-02-01' }, { on: '2026-12-01' }])).toEqual({ dueOn: '2028-02-01', toPanel: false });
  });

  it('an allegation after the last review brings the review forward to within 28 days', () => {
    expect(nextReviewDue('2026-03-15', [{ on: '2027-02-01' }], { on: '2027-06-10', reason: 'allegation' })).toEqual({ dueOn: '2027-07-08', toPanel: false, extra: 'allegation' });
  });

  it('an allegation already reviewed changes nothing', () => {
    expect(nextReviewDue('2026-03-15', [{ on: '2027-02-01' }], { on: '2027-01-10', reason: 'allegation' })).toEqual({ dueOn: '2028-02-01', toPanel: false });
  });

  it('is never more than 12 months after the last review or approval, with or without an extra call', () => {
    fc.assert(
      fc.property(isoDay, fc.array(fc.integer({ min: 0, max: 800 }), { maxLength: 4 }), fc.option(fc.integer({ min: 0, max: 900 })), (approvedOn, offsets, extra) => {
        const reviews = offsets.map((d) => ({ on: addDays(approvedOn, d) }));
        const due = nextReviewDue(approvedOn, reviews, extra === null ? undefined : { on: addDays(approvedOn, extra), reason: 'significantChange' });
        const last = reviews.reduce((m, r) => (r.on > m ? r.on : m), approvedOn);
        expect(daysBetween(last, due.dueOn)).toBeLessThanOrEqual(366);
        expect(due.toPanel).toBe(reviews.length === 0);
      }),
    );
  });
});

describe('due dates stand out', () => {
  it('overdue the day after, due within 30 days from 30 days before', () => {
    expect(dueStatus('2027-03-15', '2027-03-16')).toBe('overdue');
    expect(dueStatus('2027-03-15', '2027-03-15')).toBe('dueSoon');
    expect(dueStatus('2027-03-15', '2027-02-13')).toBe('dueSoon');
    expect(dueStatus('2027-03-15', '2027-02-12')).toBe('notDue');
  });
});

describe('TSD standards', () => {
  it('are due 12 months after approval, 18 for connected persons', () => {
    expect(tsdDueOn('2026-01-31', false)).toBe('2027-01-31');
    expect(tsdDueOn('2026-08-31', true)).toBe('2028-02-29');
    expect(tsdDueOn('2028-02-29', false)).toBe('2029-02-28');
  });
});
