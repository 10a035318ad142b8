import { describe, expect, it } from 'vitest';
import { financialYear } from '../../src/domain/reports/financial-year';
import type { CarerHousehold, TierChange } from '../../src/domain/support/carer';
import { weeklySessions, type KeepAttendance } from '../../src/domain/support/keep';
import { byTier, keepCompletion, retentionByMembership, reviewsOnTime, unplannedEndingsByMembership, supervisionFrequency, tierAt, visitsExpected } from '../../src/domain/support/support-report';
import { DEFAULT_TIERS } from '../../src/domain/support/tiers';

const YEAR = financialYear(2026);
const carer = (id: string, approvedOn: string, more: Partial<CarerHousehold> = {}): CarerHousehold =>
  ({ householdId: id, reference: id, approvedOn, connected: false, onRegister: 1, isDemo: 0, updatedAt: '', terms: { types: ['shortTerm'], ageFrom: 0, ageTo: 12, numberOfChildren: 2, siblingGroups: false }, ...more }) as CarerHousehold;
const change = (householdId: string, on: string, tierId: string): TierChange => ({ id: `${householdId}-${on}`, householdId, on, tierId, reason: '', by: 'x', at: `${on}T09:00:00Z` });

describe('the support report', () => {
  it('counts households by the tier they were on at the year’s end, leaving out those who had left', () => {
    const carers = [carer('a', '2025-01-10', { tierId: 'tier2' }), carer('b', '2025-06-01'), carer('c', '2025-02-01', { leftOn: '2027-01-31', onRegister: 0 })];
    const changes = [change('a', '2025-01-10', 'tier1'), change('a', '2027-04-02', 'tier2')];
    expect(tierAt(carers[0]!, changes, '2027-03-31')).toBe('tier1');
    const rows = byTier({ carers, tierChanges: changes, tiers: [...DEFAULT_TIERS] }, '2027-03-31');
    expect(rows.map((r) => [r.label, r.households, r.places])).toEqual([
      ['Tier 1: core', ['a'], 2],
      ['Tier 2: enhanced', [], 0],
      ['Tier 3: specialist', [], 0],
      ['No tier given', ['b'], 2],
    ]);
  });

  it('says whether each review in the year was held by its due date, the first apart', () => {
    const carers = [carer('a', '2025-05-01'), carer('b', '2026-01-15')];
    const reviews = [
      { householdId: 'a', on: '2026-04-20' },
      { householdId: 'a', on: '2027-03-01' },
      { householdId: 'b', on: '2027-02-01' },
    ];
    expect(reviewsOnTime({ carers, reviews }, YEAR)).toEqual([
      { label: 'First reviews (to panel)', onTime: ['a'], late: ['b'] },
      { label: 'Later reviews', onTime: ['a'], late: [] },
    ]);
  });

  it('sets visits made against the monthly visits a tier asks for', () => {
    expect(visitsExpected('2026-04-01', '2027-03-31')).toBe(11);
    const rows = supervisionFrequency({ carers: [carer('a', '2025-01-01')], tierChanges: [], tiers: [...DEFAULT_TIERS], visits: [{ householdId: 'a', on: '2026-05-01' }, { householdId: 'a', on: '2025-12-01' }] }, YEAR, '2027-03-31');
    expect(rows.at(-1)).toEqual({ label: 'No tier given', households: ['a'], visits: 1, expected: 11 });
  });

  it('puts hubs and satellites in the year apart from the rest, with those who left', () => {
    const carers = [carer('hub', '2024-01-01'), carer('sat', '2024-01-01', { leftOn: '2026-10-01', onRegister: 0 }), carer('out', '2024-01-01', { leftOn: '2026-12-01', onRegister: 0 }), carer('gone', '2024-01-01', { leftOn: '2026-01-01', onRegister: 0 })];
    const rows = retentionByMembership(
      { carers, constellations: [{ id: 'c', name: 'N', hubHouseholdId: 'hub', liaisonWorkerId: 's', startOn: '2025-01-01', bedsKeptFree: 2, isDemo: 0, updatedAt: '' }], members: [{ id: 'm', constellationId: 'c', householdId: 'sat', joinedOn: '2025-02-01', leftOn: '2026-10-01', updatedAt: '' }] },
      YEAR,
    );
    expect(rows).toEqual([
      { label: 'In a constellation', households: ['hub', 'sat'], left: ['sat'] },
      { label: 'Not in a constellation', households: ['out'], left: ['out'] },
    ]);
  });

  it('counts KEEP completion at 75% of sessions, catch-ups included', () => {
    const group = { id: 'g', name: 'Spring', programmeId: 'keepStandard', facilitatorIds: ['s', 't'] as [string, string], startOn: '2026-05-05', sessionDates: weeklySessions('2026-05-05', 16), isDemo: 0 as const, updatedAt: '' };
    const marks = (householdId: string, n: number): KeepAttendance[] => Array.from({ length: n }, (_, session) => ({ id: `${householdId}${session}`, groupId: 'g', householdId, session, mark: session === 0 ? 'catchUp' : 'attended', updatedAt: '' }));
    const rows = keepCompletion({ groups: [group], enrolments: ['x', 'y'].map((h) => ({ id: h, groupId: 'g', householdId: h, enrolledOn: '2026-05-01', updatedAt: '' })), attendance: [...marks('x', 12), ...marks('y', 11)], programmes: [], keepCompletionPercent: 75 }, YEAR, '2027-03-31');
    expect(rows).toEqual([{ groupId: 'g', label: 'Spring (programme no longer in the settings)', enrolled: ['x', 'y'], completed: ['x'], running: false }]);
  });

  it('counts KEEP completion at the service’s share: at 65% eleven of sixteen sessions complete, ten do not', () => {
    const group = { id: 'g', name: 'Spring', programmeId: 'keepStandard', facilitatorIds: ['s', 't'] as [string, string], startOn: '2026-05-05', sessionDates: weeklySessions('2026-05-05', 16), isDemo: 0 as const, updatedAt: '' };
    const marks = (householdId: string, n: number): KeepAttendance[] => Array.from({ length: n }, (_, session) => ({ id: `${householdId}${session}`, groupId: 'g', householdId, session, mark: session === 0 ? 'catchUp' : 'attended', updatedAt: '' }));
    const inputs = { groups: [group], enrolments: ['x', 'y'].map((h) => ({ id: h, groupId: 'g', householdId: h, enrolledOn: '2026-05-01', updatedAt: '' })), attendance: [...marks('x', 11), ...marks('y', 10)], programmes: [] };
    expect(keepCompletion({ ...inputs, keepCompletionPercent: 65 }, YEAR, '2027-03-31')[0]?.completed).toEqual(['x']);
    expect(keepCompletion({ ...inputs, keepCompletionPercent: 75 }, YEAR, '2027-03-31')[0]?.completed).toEqual([]);
  });
});

describe('unplanned placement endings in and out of constellations', () => {
  it('counts placements ended in the year, and the unplanned ones, with households apart by membership', () => {
    const carers = [carer('hub', '2024-01-01'), carer('out', '2024-01-01')];
    const placement = (householdId: string, endOn: string | undefined, ending?: 'planned' | 'unplanned') =>
      ({ id: `${householdId}${endOn}`, householdId, startOn: '2025-01-01', ageBand: 'under5', siblingGroup: false, shortBreak: false, updatedAt: '', ...(endOn ? { endOn, ending } : {}) }) as never;
    const rows = unplannedEndingsByMembership(
      {
        carers,
        constellations: [{ id: 'c', name: 'N', hubHouseholdId: 'hub', liaisonWorkerId: 's', startOn: '2025-01-01', bedsKeptFree: 2, isDemo: 0, updatedAt: '' }],
        members: [],
        placements: [placement('hub', '2026-06-01', 'planned'), placement('out', '2026-07-01', 'unplanned'), placement('out', '2026-03-31', 'unplanned'), placement('out', undefined)],
      },
      YEAR,
    );
    expect(rows).toEqual([
      { label: 'In a constellation', households: ['hub'], ended: 1, unplanned: 0 },
      { label: 'Not in a constellation', households: ['out'], ended: 1, unplanned: 1 },
    ]);
  });
});
