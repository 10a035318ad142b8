import { describe, expect, it } from 'vitest';
import type { Household } from '../../src/domain/household';
import { approvedAndDeregistered, approvedAt, approvedHousehold, isApprovedAt, type ApprovedHousehold } from '../../src/domain/reports/annual-return';
import { financialYear } from '../../src/domain/reports/financial-year';
import { funnel, type FunnelHousehold } from '../../src/domain/reports/funnel';
import { returnCounts } from '../../src/domain/reports/return-counts';

/**
 * At 31 March 2027: a (mainstream short-term, 2 places), b (mainstream short-term, 1), c (kinship, 1),
 * d (mainstream, no terms); e is approved in April 2027 and left out.
 * Short-term: 2 mainstream households, 3 places; kinship type: 1 kinship household, 1 place;
 * total 3 mainstream households with 3 places, 1 kinship household with 1 place.
 */
const approved: ApprovedHousehold[] = [
  { id: 'a', kind: 'mainstream', approvedOn: '2026-05-01', types: ['shortTerm'], places: 2 },
  { id: 'b', kind: 'mainstream', approvedOn: '2024-01-01', types: ['shortTerm'], places: 1 },
  { id: 'c', kind: 'connected', approvedOn: '2027-03-31', types: ['kinship'], places: 1 },
  { id: 'd', kind: 'mainstream', approvedOn: '2026-09-01', types: [], places: 0 },
  { id: 'e', kind: 'mainstream', approvedOn: '2027-04-01', types: ['longTerm'], places: 3 },
];

describe('annual return', () => {
  it('counts households and places approved at 31 March by type, mainstream and kinship apart', () => {
    const { rows, total } = approvedAt(approved, '2027-03-31');
    expect(rows.find((r) => r.type === 'shortTerm')).toEqual({
      type: 'shortTerm',
      mainstream: { households: ['a', 'b'], places: 3 },
      kinship: { households: [], places: 0 },
    });
    expect(rows.find((r) => r.type === 'kinship')!.kinship).toEqual({ households: ['c'], places: 1 });
    expect(rows.find((r) => r.type === 'longTerm')!.mainstream.households).toEqual([]);
    expect(rows.at(-1)).toEqual({ type: undefined, mainstream: { households: ['d'], places: 0 }, kinship: { households: [], places: 0 } });
    expect(rows).toHaveLength(8);
    expect(total.mainstream).toEqual({ households: ['a', 'b', 'd'], places: 3 });
    expect(total.kinship).toEqual({ households: ['c'], places: 1 });
  });

  it('reads places from the terms, and a missing or bad number as none', () => {
    const h = {
      id: 'h',
      kind: 'connected',
      stageEnteredOn: '2026-06-02',
      assessment: { training: [], decision: { decidedOn: '2026-06-01', outcome: 'approve' }, terms: { type: 'kinship', numberOfChildren: 2 } },
    } as unknown as Household;
    expect(approvedHousehold(h)).toEqual({ id: 'h', kind: 'connected', approvedOn: '2026-06-01', types: ['kinship'], places: 2 });
    const bad = { ...h, assessment: { training: [], terms: { type: 'kinship', numberOfChildren: Number.NaN } } } as unknown as Household;
    expect(approvedHousehold(bad)).toMatchObject({ approvedOn: '2026-06-02', places: 0 });
  });

  it('counts a household approved for two types in each of their rows and once in the total', () => {
    const both: ApprovedHousehold = { id: 'f', kind: 'mainstream', approvedOn: '2026-05-01', types: ['longTerm', 'shortBreaks'], places: 2 };
    const { rows, total } = approvedAt([both], '2027-03-31');
    expect(rows.find((r) => r.type === 'longTerm')!.mainstream).toEqual({ households: ['f'], places: 2 });
    expect(rows.find((r) => r.type === 'shortBreaks')!.mainstream).toEqual({ households: ['f'], places: 2 });
    expect(total.mainstream).toEqual({ households: ['f'], places: 2 });
  });

  it('reads terms stored with one type and terms with several alike', () => {
    const h = (terms: unknown) =>
      ({ id: 'h', kind: 'mainstream', stageEnteredOn: '2026-06-02', assessment: { training: [], terms } }) as unknown as Household;
    expect(approvedHousehold(h({ type: 'emergency', numberOfChildren: 1 })).types).toEqual(['emergency']);
    expect(approvedHousehold(h({ types: ['emergency', 'shortTerm'], numberOfChildren: 1 })).types).toEqual(['emergency', 'shortTerm']);
  });
});

describe('approved at 31 March', () => {
  const h = { approvedOn: '2026-05-01' };

  it('is approved and not deregistered by the end of the day', () => {
    expect(isApprovedAt(h, '2027-03-31')).toBe(true);
    expect(isApprovedAt({ ...h, deregisteredOn: '2027-04-01' }, '2027-03-31')).toBe(true);
    expect(isApprovedAt({ ...h, deregisteredOn: '2027-03-31' }, '2027-03-31')).toBe(false);
    expect(isApprovedAt({ ...h, deregisteredOn: '2026-12-01' }, '2027-03-31')).toBe(false);
    expect(isApprovedAt({ approvedOn: '2027-03-31' }, '2027-03-31')).toBe(true);
    expect(isApprovedAt({ approvedOn: '2027-04-01' }, '2027-03-31')).toBe(false);
  });

  it('leaves a deregistered household out of the households and places', () => {
    const gone: ApprovedHousehold = { id: 'gone', kind: 'mainstream', approvedOn: '2025-05-01', deregisteredOn: '2027-01-10', types: ['shortTerm'], places: 4 };
    const { total } = approvedAt([...approved, gone], '2027-03-31');
    expect(total.mainstream).toEqual({ households: ['a', 'b', 'd'], places: 3 });
  });

  it('reads the deregistration date from the household', () => {
    const hh = { id: 'h', kind: 'mainstream', stageEnteredOn: '2026-06-02', deregisteredOn: '2027-02-01', assessment: { training: [] } } as unknown as Household;
    expect(approvedHousehold(hh).deregisteredOn).toBe('2027-02-01');
  });
});

describe('approved and deregistered in the same year', () => {
  const year = financialYear(2026);
  const hs: ApprovedHousehold[] = [
    { id: 'both', kind: 'connected', approvedOn: '2026-04-01', deregisteredOn: '2027-03-31', types: [], places: 1 },
    { id: 'leftNextYear', kind: 'mainstream', approvedOn: '2026-05-01', deregisteredOn: '2027-04-01', types: [], places: 1 },
    { id: 'approvedBefore', kind: 'mainstream', approvedOn: '2026-03-31', deregisteredOn: '2026-06-01', types: [], places: 1 },
    { id: 'staying', kind: 'mainstream', approvedOn: '2026-07-01', types: [], places: 2 },
  ];

  it('counts households approved and deregistered between 1 April and 31 March, by kind', () => {
    expect(approvedAndDeregistered(hs, year)).toEqual({ mainstream: [], connected: ['both'], total: ['both'] });
  });

  it('sits in the year counts beside enquiries, applications, approvals and applications in progress', () => {
    const fh: FunnelHousehold[] = [
      { id: 'm', kind: 'mainstream', duplicateKeys: [], enquiryOn: '2026-04-01', applicationOn: '2026-06-01' },
      { id: 'k', kind: 'connected', duplicateKeys: [], enquiryOn: '2026-05-01', applicationOn: '2026-07-01', approvedOn: '2027-01-01' },
    ];
    const counts = returnCounts(funnel(fh, 2026), hs, [{ id: 'm', kind: 'mainstream', applicationOn: '2026-06-01' }], year);
    expect(counts).toEqual({
      enquiries: { mainstream: ['m'], connected: ['k'], total: ['m', 'k'] },
      applications: { mainstream: ['m'], connected: ['k'], total: ['m', 'k'] },
      approved: { mainstream: [], connected: ['k'], total: ['k'] },
      approvedAndDeregistered: { mainstream: [], connected: ['both'], total: ['both'] },
      inProgress: { mainstream: ['m'], connected: [], total: ['m'] },
    });
  });
});
