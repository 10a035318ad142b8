import { describe, expect, it } from 'vitest';
import type { HouseholdDetails } from '../../src/domain/household';
import { differingFields, mergedHousehold, mergeRefusal, olderOf } from '../../src/domain/merge/duplicate';
import { household } from './fixtures';

const details = (overrides: Partial<HouseholdDetails> = {}): HouseholdDetails => ({ householdId: 'h1', postcode: 'LS1 4AP', howHeard: 'event', interests: ['shortTerm'], ...overrides });

describe('merging a duplicate household by hand', () => {
  const older = household({ id: 'h1', reference: 'H-0001', enquiryOn: '2026-01-05' }, { initialVisitOn: '2026-01-20', training: [{ course: 'Skills to Foster', attendedOn: '2026-02-01' }] });
  const newer = household({ id: 'h2', reference: 'H-0002', enquiryOn: '2026-02-10', lastMoveOn: '2026-03-01' }, {
    applicationOn: '2026-03-01',
    initialVisitOn: '2026-02-20',
    training: [{ course: 'Safer caring', attendedOn: '2026-03-02' }],
  });

  it('keeps the household known first unless the person chooses', () => {
    expect(olderOf(newer, older).id).toBe('h1');
  });

  it('asks only about summary values that differ, and takes the ones chosen', () => {
    const kept = { household: older, details: details({ phone: '07700900123' }) };
    const other = { household: newer, details: details({ householdId: 'h2', phone: '07700900456', interests: ['shortBreaks'] }) };
    expect(differingFields(kept, other).map((f) => f.key)).toEqual(['phone']);
    const merged = mergedHousehold(kept, other, { phone: 'other' });
    expect(merged.details.phone).toBe('07700900456');
    expect(merged.details.interests).toEqual(['shortTerm', 'shortBreaks']);
    // Dates only the other recorded are filled in; the kept household's own stay; training from both is kept.
    expect(merged.household.assessment).toMatchObject({ initialVisitOn: '2026-01-20', applicationOn: '2026-03-01' });
    expect(merged.household.assessment.training.map((t) => t.course)).toEqual(['Skills to Foster', 'Safer caring']);
    expect(merged.household.lastMoveOn).toBe('2026-03-01');
    expect(merged.filled.sort()).toEqual(['assessment.applicationOn', 'assessment.training']);
  });

  it('refuses two agency decisions, demo mixed with real, and a household with itself', () => {
    const decided = (h: typeof older) => household({ ...h }, { decision: { decidedOn: '2026-05-01', outcome: 'approve' } });
    expect(mergeRefusal(decided(older), decided(newer))).toContain('both have an agency decision recorded');
    expect(mergeRefusal(decided(older), newer)).toBeUndefined();
    expect(mergeRefusal(older, { ...newer, isDemo: 1 })).toContain('H-0002 is demo data and H-0001 is not');
    expect(mergeRefusal(older, older)).toBe('A household cannot be merged with itself.');
  });
});
