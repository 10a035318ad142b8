import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { APPROVAL_TYPES } from '../../src/domain/codes';
import { approvalTypesFor, approvalTypesText, emptyTermsInput, needsExemption, normaliseTerms, termsInputFrom, validateTerms, type TermsInput } from '../../src/domain/terms';

const mainstream = { kind: 'mainstream' } as const;
const connected = { kind: 'connected' } as const;
const base: TermsInput = { ...emptyTermsInput(), types: ['shortTerm'], ageFrom: '0', ageTo: '18', numberOfChildren: '2', siblingGroups: 'no' };
const exemption = { exemptionGrantedOn: '2026-05-01', exemptionGrantedBy: 'Jo Example, Head of Service', exemptionNumberOfChildren: '4', exemptionUntil: '2027-05-01' };
const errors = (input: TermsInput, household: { kind: 'mainstream' | 'connected' } = mainstream, on?: string) => {
  const r = validateTerms(input, household, on);
  return r.ok ? {} : r.errors;
};

describe('terms of approval: types', () => {
  it('keeps several types, once each', () => {
    const r = validateTerms({ ...base, types: ['longTerm', 'shortBreaks', 'longTerm'] }, mainstream);
    expect(r.ok && r.value.types).toEqual(['longTerm', 'shortBreaks']);
  });

  it('needs at least one known type', () => {
    expect(errors({ ...base, types: [] }).types).toBe('Select at least one type of approval');
    expect(errors({ ...base, types: ['shortTerm', 'whenever'] }).types).toBe('Select at least one type of approval');
  });

  it('offers and allows kinship only to a connected household, naming the child', () => {
    expect(approvalTypesFor(mainstream)).not.toContain('kinship');
    expect(approvalTypesFor(connected)).toEqual(Object.keys(APPROVAL_TYPES));
    expect(errors({ ...base, types: ['kinship'], namedChild: 'Ava' }).types).toBe(
      'Kinship (connected person) approval is only for a connected person household',
    );
    expect(errors({ ...base, types: ['kinship'], namedChild: '  ' }, connected).namedChild).toBe('Enter the name of the child this kinship approval is for');
    const r = validateTerms({ ...base, types: ['kinship'], namedChild: ' Ava Example ' }, connected);
    expect(r.ok && r.value).toMatchObject({ types: ['kinship'], namedChild: 'Ava Example' });
  });

  it('keeps no named child when kinship is not among the types', () => {
    const r = validateTerms({ ...base, namedChild: 'Ava Example' }, connected);
    expect(r.ok && 'namedChild' in r.value).toBe(false);
  });

  it('fills in the household named child as a default', () => {
    expect(emptyTermsInput('Ava Example').namedChild).toBe('Ava Example');
  });
});

describe('terms of approval: the usual fostering limit of three', () => {
  it('allows three children with nothing more', () => {
    expect(validateTerms({ ...base, numberOfChildren: '3' }, mainstream).ok).toBe(true);
  });

  it('refuses four unrelated children with no exemption, beside the number', () => {
    expect(errors({ ...base, numberOfChildren: '4' }).numberOfChildren).toMatch(/^More than 3 children needs a sibling group or an exemption/);
  });

  it('allows more than three for sibling groups', () => {
    expect(validateTerms({ ...base, numberOfChildren: '5', siblingGroups: 'yes' }, mainstream).ok).toBe(true);
    expect(needsExemption({ numberOfChildren: '5', siblingGroups: 'yes' })).toBe(false);
    expect(needsExemption({ numberOfChildren: '4', siblingGroups: 'no' })).toBe(true);
  });

  it('allows more than three with an exemption that covers them and still runs', () => {
    const r = validateTerms({ ...base, numberOfChildren: '4', ...exemption }, mainstream, '2026-06-01');
    expect(r.ok && r.value.exemption).toEqual({ grantedOn: '2026-05-01', grantedBy: 'Jo Example, Head of Service', numberOfChildren: 4, until: '2027-05-01' });
  });

  it.each([
    [{ exemptionGrantedOn: '' }, 'exemptionGrantedOn', 'Enter the date the exemption was granted'],
    [{ exemptionGrantedOn: '2026-02-30' }, 'exemptionGrantedOn', 'Date the exemption was granted must be a real date'],
    [{ exemptionGrantedOn: '2026-07-01' }, 'exemptionGrantedOn', 'Date the exemption was granted must be on or before 1 June 2026'],
    [{ exemptionGrantedBy: ' ' }, 'exemptionGrantedBy', 'Enter who granted the exemption'],
    [{ exemptionNumberOfChildren: '3' }, 'exemptionNumberOfChildren', 'The exemption allows 3 children: the terms cannot approve 4'],
    [{ exemptionNumberOfChildren: 'four' }, 'exemptionNumberOfChildren', 'Enter how many children the exemption allows, as a whole number'],
    [{ exemptionUntil: '' }, 'exemptionUntil', 'Enter the date the exemption lasts until'],
    [{ exemptionUntil: '2026-04-01' }, 'exemptionUntil', 'Date the exemption lasts until must be after the date it was granted'],
    [{ exemptionUntil: '2026-05-31' }, 'exemptionUntil', 'The exemption ended on 31 May 2026: it must still run on 1 June 2026'],
  ])('refuses an exemption with %o', (change, field, message) => {
    expect(errors({ ...base, numberOfChildren: '4', ...exemption, ...change }, mainstream, '2026-06-01')[field as keyof TermsInput]).toBe(message);
  });

  it('never approves more than three unrelated children without a valid exemption', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10 }),
        fc.constantFrom('yes', 'no', ''),
        fc.constantFrom('', '2026-05-01'),
        fc.constantFrom('', 'Jo Example'),
        fc.integer({ min: 0, max: 10 }),
        (n, siblings, grantedOn, grantedBy, covers) => {
          const input = { ...base, numberOfChildren: String(n), siblingGroups: siblings, ...exemption, exemptionGrantedOn: grantedOn, exemptionGrantedBy: grantedBy, exemptionNumberOfChildren: String(covers) };
          const r = validateTerms(input, mainstream, '2026-06-01');
          if (!r.ok || n <= 3 || siblings === 'yes') return;
          expect(r.value.exemption).toBeDefined();
          expect(r.value.exemption!.numberOfChildren).toBeGreaterThanOrEqual(n);
        },
      ),
    );
  });
});

describe('terms of approval: stored shapes', () => {
  it('reads older single-type terms as a list of one', () => {
    const old = { type: 'longTerm', ageFrom: 5, ageTo: 12, numberOfChildren: 2, siblingGroups: true } as const;
    expect(normaliseTerms(old)).toEqual({ types: ['longTerm'], ageFrom: 5, ageTo: 12, numberOfChildren: 2, siblingGroups: true });
    expect(normaliseTerms(undefined)).toBeUndefined();
  });

  it('goes back into the form and validates to the same terms', () => {
    const terms = { types: ['kinship' as const], namedChild: 'Ava Example', ageFrom: 3, ageTo: 3, numberOfChildren: 1, siblingGroups: false };
    const r = validateTerms(termsInputFrom(terms), connected);
    expect(r.ok && r.value).toEqual(terms);
  });

  it('says the types in words, naming the kinship child', () => {
    expect(approvalTypesText({ types: ['longTerm', 'shortBreaks'] })).toBe('Long-term and Short breaks (respite)');
    expect(approvalTypesText({ types: ['kinship'], namedChild: 'Ava Example' })).toBe('Kinship (connected person) for Ava Example');
  });
});
