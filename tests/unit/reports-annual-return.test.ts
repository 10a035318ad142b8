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
  { id: 'a', kind: 'mainstream', approvedOn: '2026-05-01', type: 'shortTerm', places: 2 },
  { id: 'b', kind: 'mainstream', approvedOn: '2024-01-01', type: 'shortTerm', places: 1 },
  { id: 'c', kind: 'connected', approvedOn: '2027-03-31', type: 'kinship', places: 1 },
  { id: 'd', kind: 'mainstream', approvedOn: '2026-09-01', places: 0 },
  { id: 'e', kind: 'mainstream', approvedOn: '2027-04-01', type: 'longTerm', places: 3 },
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
    expect(approvedHousehold(h)).toEqual({ id: 'h', kind: 'connected', approvedOn: '2026-06-01', type: 'kinship', places: 2 });
    const bad = { ...h, assessment: { training: [], terms: { type: 'kinship', numberOfChildren: Number.NaN } } } as unknown as Household;
    expect(approvedHousehold(bad)).toMatchObject({ approvedOn: '2026-06-02', places: 0 });
  });
});
