import { describe, expect, it } from 'vitest';
import type { Household } from '../../src/domain/household';
import { approvedAt, approvedHousehold, type ApprovedHousehold } from '../../src/domain/reports/annual-return';

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
