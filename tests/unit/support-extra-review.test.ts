import { describe, expect, it } from 'vitest';
import { validateExtraReview } from '../../src/domain/support/forms';
import { nextReviewDue } from '../../src/domain/support/reviews';

const ctx = { approvedOn: '2026-03-15', today: '2027-03-20' };

describe('starting an extra review', () => {
  it('needs a reason and the date of the allegation or change', () => {
    expect(validateExtraReview({ reason: '', on: '' }, ctx)).toEqual({ ok: false, errors: { reason: 'Select why an extra review is needed', on: 'Enter the date of the allegation or change' } });
    expect(validateExtraReview({ reason: 'allegation', on: '2027-03-01' }, ctx)).toEqual({ ok: true, value: { reason: 'allegation', on: '2027-03-01' } });
  });

  it('cannot date the event on or before the last review, which already answered it', () => {
    const result = validateExtraReview({ reason: 'significantChange', on: '2027-02-01' }, { ...ctx, lastReviewOn: '2027-02-01' });
    expect(result.ok ? '' : result.errors.on).toBe('The date of the allegation or change must be after the last review (1 February 2027), which took account of anything before it');
  });

  it('accepted, brings the review forward to 28 days after the event until a review is held', () => {
    const call = { reason: 'allegation' as const, on: '2027-03-01' };
    expect(nextReviewDue(ctx.approvedOn, [{ on: '2026-12-01' }], call)).toEqual({ dueOn: '2027-03-29', toPanel: false, extra: 'allegation' });
    expect(nextReviewDue(ctx.approvedOn, [{ on: '2026-12-01' }, { on: '2027-03-10' }], call)).toEqual({ dueOn: '2028-03-10', toPanel: false });
  });
});
