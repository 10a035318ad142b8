import { describe, expect, it } from 'vitest';
import { formatDays, formatPercent, median, percent } from '../../src/domain/reports/arithmetic';
import { financialYear } from '../../src/domain/reports/financial-year';
import { funnel, funnelForPeriod, funnelHousehold, type FunnelHousehold } from '../../src/domain/reports/funnel';
import type { Household, Move } from '../../src/domain/household';

/**
 * Five households in 2026/27 (and one the year before), worked out by hand:
 * - enquiries in the year: a, b, c, d, e = 5 (old enquired in 2025/26)
 * - initial visits: a, b, c, d = 4; applications: a, b, old = 3; approvals: a, old = 2
 * - conversion: 4/5 = 80%, 3/4 = 75%, 2/3 = 67%; enquiry to approval 2/5 = 40%
 * - enquiry → application days: a 30, b 61, old 200 → median 61
 * - application → approval days: a 150, old 100 → median 125
 * - enquiry → approval days: a 180, old 300 → median 240
 */
const fh = (h: Omit<FunnelHousehold, 'kind' | 'duplicateKeys'> & Partial<FunnelHousehold>): FunnelHousehold => ({
  kind: 'mainstream',
  duplicateKeys: [`email:${h.id}@example.org`],
  ...h,
});

const households: FunnelHousehold[] = [
  fh({ id: 'a', enquiryOn: '2026-04-01', initialVisitOn: '2026-04-10', applicationOn: '2026-05-01', approvedOn: '2026-09-28' }),
  fh({ id: 'b', enquiryOn: '2026-05-01', initialVisitOn: '2026-05-20', applicationOn: '2026-07-01' }),
  fh({ id: 'c', enquiryOn: '2026-10-05', initialVisitOn: '2026-10-09', kind: 'connected' }),
  fh({ id: 'd', enquiryOn: '2027-01-10', initialVisitOn: '2027-01-15' }),
  fh({ id: 'e', enquiryOn: '2027-03-31' }),
  fh({ id: 'old', enquiryOn: '2025-11-06', initialVisitOn: '2025-12-01', applicationOn: '2026-05-25', approvedOn: '2026-09-02', kind: 'connected' }),
];

describe('report arithmetic', () => {
  it('gives whole percentages and "–" with nothing to divide by', () => {
    expect(percent(2, 3)).toBe(67);
    expect(percent(0, 0)).toBeUndefined();
    expect(formatPercent(percent(5, 0))).toBe('–');
    expect(formatPercent(40)).toBe('40%');
  });

  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([])).toBeUndefined();
    expect(median([9, 1, 5])).toBe(5);
    expect(median([1, 2, 4, 10])).toBe(3);
    expect(formatDays(median([1, 2]))).toBe('2');
    expect(formatDays(undefined)).toBe('–');
  });
});

describe('funnel', () => {
  it('counts each step in the year, with conversion and medians', () => {
    const year = funnelForPeriod(households, financialYear(2026));
    expect(year.households).toEqual({
      enquiries: ['a', 'b', 'c', 'd', 'e'],
      initialVisits: ['a', 'b', 'c', 'd'],
      applications: ['a', 'b', 'old'],
      approvals: ['a', 'old'],
    });
    expect(year.conversions).toEqual([80, 75, 67]);
    expect(year.overallConversion).toBe(40);
    expect(year.medians).toEqual({ enquiryToApplication: 61, applicationToApproval: 125, enquiryToApproval: 240 });
  });

  it('splits the year into quarters, with "–" where a quarter has nothing to compare', () => {
    const { quarters } = funnel(households, 2026);
    expect(quarters.map((q) => q.period.label)).toEqual(['Q1 Apr–Jun', 'Q2 Jul–Sep', 'Q3 Oct–Dec', 'Q4 Jan–Mar']);
    expect(quarters.map((q) => q.households.enquiries.length)).toEqual([2, 0, 1, 2]);
    expect(quarters.map((q) => q.households.approvals.length)).toEqual([0, 2, 0, 0]);
    // Q2: 1 application, 2 approvals, no enquiries or visits.
    expect(quarters[1]!.conversions).toEqual([undefined, undefined, 200]);
    expect(quarters[1]!.overallConversion).toBeUndefined();
    expect(quarters[3]!.medians.enquiryToApplication).toBeUndefined();
  });

  it('counts the whole year for mainstream and connected-person households apart, adding up to the total', () => {
    const { kinds, year } = funnel(households, 2026);
    expect(kinds.mainstream.households).toEqual({ enquiries: ['a', 'b', 'd', 'e'], initialVisits: ['a', 'b', 'd'], applications: ['a', 'b'], approvals: ['a'] });
    expect(kinds.connected.households).toEqual({ enquiries: ['c'], initialVisits: ['c'], applications: ['old'], approvals: ['old'] });
    expect(kinds.mainstream.conversions).toEqual([75, 67, 50]);
    expect(kinds.connected.medians.applicationToApproval).toBe(100);
    expect(kinds.mainstream.households.enquiries.length + kinds.connected.households.enquiries.length).toBe(year.households.enquiries.length);
  });

  it('counts people who enquired twice in the year once, under their first record, and once in each quarter', () => {
    const again = fh({ id: 'a2', enquiryOn: '2026-11-02', duplicateKeys: ['email:a@example.org'], kind: 'connected' });
    const { year, quarters, kinds } = funnel([...households, again], 2026);
    expect(year.households.enquiries).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(kinds.connected.households.enquiries).toEqual(['c']);
    expect(quarters.map((q) => q.households.enquiries)).toEqual([['a', 'b'], [], ['c', 'a2'], ['d', 'e']]);
  });

  it('leaves out a step dated before the one it follows rather than count negative days', () => {
    const odd = funnelForPeriod([fh({ id: 'x', enquiryOn: '2026-06-01', applicationOn: '2026-05-01' })], financialYear(2026));
    expect(odd.households.applications).toEqual(['x']);
    expect(odd.medians.enquiryToApplication).toBeUndefined();
  });

  it('reads approval from the decision, or from the decision move', () => {
    const base = { id: 'h', kind: 'connected', duplicateKeys: ['phone:07700900123'], enquiryOn: '2026-04-01', assessment: { training: [] } } as unknown as Household;
    const approved = { ...base, assessment: { training: [], decision: { decidedOn: '2026-12-01', outcome: 'approve' } } } as Household;
    expect(funnelHousehold(approved, [])).toMatchObject({ approvedOn: '2026-12-01', kind: 'connected', duplicateKeys: ['phone:07700900123'] });
    const move = { householdId: 'h', kind: 'decision', code: 'approve', on: '2026-11-30' } as Move;
    expect(funnelHousehold(base, [move]).approvedOn).toBe('2026-11-30');
    expect(funnelHousehold(base, [{ ...move, code: 'doNotApprove' }]).approvedOn).toBeUndefined();
  });
});
