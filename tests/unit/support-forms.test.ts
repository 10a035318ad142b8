import { describe, expect, it } from 'vitest';
import { DEFAULT_DEREGISTRATION_REASONS } from '../../src/domain/support/deregistration';
import { needsDetermination, reducesTerms, validateDeregistration, validateReview, validateTier, validateTraining, validateVisit } from '../../src/domain/support/forms';
import type { TermsOfApproval } from '../../src/domain/terms';

const TODAY = '2027-03-20';
const APPROVED = '2026-03-15';
const TERMS: TermsOfApproval = { types: ['shortTerm', 'longTerm'], ageFrom: 0, ageTo: 12, numberOfChildren: 2, siblingGroups: true };

describe('a supervision visit', () => {
  it('needs a real date since approval, not in the future, and its kind', () => {
    const r = validateVisit({ on: '2026-02-30', kind: '', note: '' }, APPROVED, TODAY);
    expect(r.ok ? {} : r.errors).toEqual({ on: 'Date of the visit must be a real date', kind: 'Select whether the visit was planned or unannounced' });
    const early = validateVisit({ on: '2026-03-01', kind: 'planned', note: '' }, APPROVED, TODAY);
    expect(early.ok ? '' : early.errors.on).toMatch(/on or after the date of approval/);
    expect(validateVisit({ on: '2027-03-21', kind: 'planned', note: '' }, APPROVED, TODAY).ok).toBe(false);
    expect(validateVisit({ on: ' 2027-03-01 ', kind: 'unannounced', note: ' Home calm ' }, APPROVED, TODAY)).toEqual({ ok: true, value: { on: '2027-03-01', kind: 'unannounced', note: 'Home calm' } });
  });
});

describe('a training record', () => {
  it('refuses hours that are not a positive number, so no NaN reaches the log', () => {
    for (const hours of ['', 'three', '0', '-1', '101', '1e2']) {
      const r = validateTraining({ course: 'Safer caring', on: '2027-01-10', hours, provider: 'Council' }, TODAY);
      expect(r.ok ? '' : r.errors.hours).toMatch(/Hours must be a number/);
    }
    expect(validateTraining({ course: 'Safer caring', on: '2027-01-10', hours: '2.5', provider: 'Council' }, TODAY)).toEqual({ ok: true, value: { course: 'Safer caring', on: '2027-01-10', hours: 2.5, provider: 'Council' } });
  });
});

describe('a tier change', () => {
  it('needs a different tier, a date and a reason', () => {
    const r = validateTier({ tierId: 'tier1', on: '', reason: ' ' }, ['tier1', 'tier2'], 'tier1', APPROVED, TODAY);
    expect(r.ok ? {} : Object.keys(r.errors).sort()).toEqual(['on', 'reason', 'tierId']);
  });
});

describe('a review reducing terms', () => {
  const fewer: TermsOfApproval = { ...TERMS, numberOfChildren: 1 };

  it('reduces terms when anything is taken away, not when something is added', () => {
    expect(reducesTerms(TERMS, fewer)).toBe(true);
    expect(reducesTerms(TERMS, { ...TERMS, types: ['shortTerm'] })).toBe(true);
    expect(reducesTerms(TERMS, { ...TERMS, ageTo: 10 })).toBe(true);
    expect(reducesTerms(TERMS, { ...TERMS, siblingGroups: false })).toBe(true);
    expect(reducesTerms(TERMS, { ...TERMS, numberOfChildren: 3, ageTo: 14 })).toBe(false);
  });

  it('is a qualifying determination only against the carers’ wishes', () => {
    expect(needsDetermination('changeTerms', false, TERMS, fewer)).toBe(true);
    expect(needsDetermination('changeTerms', true, TERMS, fewer)).toBe(false);
    expect(needsDetermination('endApproval', false, TERMS, undefined)).toBe(true);
    expect(needsDetermination('continue', false, TERMS, undefined)).toBe(false);
  });

  it('against the carers’ wishes needs the determination’s date, and opens the 28-day window', () => {
    const input = { on: '2027-03-01', outcome: 'changeTerms', carersAgree: 'no', qualifyingOn: '', note: '' };
    const refused = validateReview(input, { approvedOn: APPROVED, today: TODAY, terms: TERMS, newTerms: fewer });
    expect(refused.ok ? '' : refused.errors.qualifyingOn).toMatch(/qualifying determination/);
    const ok = validateReview({ ...input, qualifyingOn: '2027-03-05' }, { approvedOn: APPROVED, today: TODAY, terms: TERMS, newTerms: fewer });
    expect(ok.ok && ok.value.windowClosesOn).toBe('2027-04-02');
  });
});

describe('deregistration', () => {
  const base = { route: 'resignation', noticeOn: '2027-03-01', agreedOn: '', reason: 'Retirement', exitInterview: 'offered', note: '' };
  const ctx = { approvedOn: APPROVED, today: TODAY, reasons: DEFAULT_DEREGISTRATION_REASONS };

  it('by resignation takes effect 28 days after notice, or the earlier agreed date', () => {
    const r = validateDeregistration(base, ctx);
    expect(r.ok && r.value.effectiveOn).toBe('2027-03-29');
    const agreed = validateDeregistration({ ...base, agreedOn: '2027-03-10' }, ctx);
    expect(agreed.ok && agreed.value.effectiveOn).toBe('2027-03-10');
  });

  it('refuses an agreed date before the notice or later than the 28 days', () => {
    const before = validateDeregistration({ ...base, agreedOn: '2027-02-20' }, ctx);
    expect(before.ok ? '' : before.errors.agreedOn).toMatch(/on or after/);
    const later = validateDeregistration({ ...base, agreedOn: '2027-04-20' }, ctx);
    expect(later.ok ? '' : later.errors.agreedOn).toMatch(/29 Mar 2027|29 March 2027/);
  });

  it('ended by the service only after a qualifying determination’s window has closed', () => {
    const none = validateDeregistration({ ...base, route: 'endedByService' }, ctx);
    expect(none.ok ? '' : none.errors.route).toMatch(/qualifying determination/);
    const open = validateDeregistration({ ...base, route: 'endedByService' }, { ...ctx, serviceMayEndFrom: '2027-03-10' });
    expect(open.ok ? '' : open.errors.noticeOn).toMatch(/window is open/);
  });

  it('needs a reason from the list and the exit interview answered', () => {
    const r = validateDeregistration({ ...base, reason: 'Made up', exitInterview: '' }, ctx);
    expect(r.ok ? [] : Object.keys(r.errors).sort()).toEqual(['exitInterview', 'reason']);
  });
});
