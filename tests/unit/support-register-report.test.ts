import { describe, expect, it } from 'vitest';
import type { CarerHousehold, Deregistration, TierChange } from '../../src/domain/support/carer';
import { byApprovalType, deregistrationsByReason, deregistrationsByRoute, joiningAndLeaving, leavingPer100, retentionByTier } from '../../src/domain/support/register-report';
import { DEFAULT_TIERS } from '../../src/domain/support/tiers';
import type { TermsOfApproval } from '../../src/domain/terms';

const year = { from: '2027-04-01', to: '2028-03-31' };
const terms = (types: TermsOfApproval['types'], numberOfChildren: number) => ({ types, ageFrom: 0, ageTo: 17, numberOfChildren, siblingGroups: false });
const carer = (id: string, approvedOn: string, extra: Partial<CarerHousehold> = {}): CarerHousehold =>
  ({ householdId: id, reference: id, approvedOn, connected: false, onRegister: extra.leftOn ? 0 : 1, isDemo: 0, updatedAt: '', ...extra }) as CarerHousehold;
const leaving = (householdId: string, route: Deregistration['route'], effectiveOn: string, reason: string): Deregistration =>
  ({ householdId, route, noticeOn: effectiveOn, effectiveOn, reason, exitInterview: 'offered', note: '', by: 'Sam Example', at: '' }) as Deregistration;

describe('households and places at 31 March by approval type', () => {
  it('count a household under each of its types and once in the total, with places in use on the day', () => {
    const carers = [carer('a', '2026-01-01', { terms: terms(['shortTerm', 'emergency'], 2) }), carer('b', '2026-01-01', { terms: terms(['longTerm'], 1) }), carer('c', '2028-04-01')];
    const placements = [{ householdId: 'a', startOn: '2028-01-01', ageBand: 'under5' as const, siblingGroup: false, shortBreak: false }];
    const { rows, total } = byApprovalType(carers, placements, '2028-03-31');
    expect(rows.map((r) => [r.label, r.households.length, r.approved, r.inUse])).toEqual([
      ['Mainstream short-term', 1, 2, 1],
      ['Long-term', 1, 1, 0],
      ['Emergency', 1, 2, 1],
    ]);
    expect(total).toMatchObject({ households: ['a', 'b'], approved: 3, inUse: 1 });
  });
});

describe('deregistrations in the year', () => {
  const records = [leaving('a', 'resignation', '2028-03-31', 'Retirement'), leaving('b', 'transfer', '2027-04-01', 'Transferred'), leaving('c', 'resignation', '2028-04-01', 'Retirement'), leaving('d', 'death', '2027-06-01', 'Other')];
  it('count by route and reason on the date each took effect, 1 April to 31 March', () => {
    expect(deregistrationsByRoute(records, year).map((r) => r.households.length)).toEqual([1, 1, 0, 1, 0]);
    expect(deregistrationsByReason(records, year).map((r) => [r.label, r.households])).toEqual([
      ['Other', ['d']],
      ['Retirement', ['a']],
      ['Transferred', ['b']],
    ]);
  });
  it('find households approved and deregistered in the same year', () => {
    const carers = [carer('a', '2027-05-01', { leftOn: '2028-02-29' }), carer('b', '2026-05-01', { leftOn: '2027-05-01' }), carer('c', '2027-05-01')];
    expect(joiningAndLeaving(carers, year)).toEqual({ approved: ['a', 'c'], left: ['a', 'b'], both: ['a'] });
  });
});

describe('carers leaving per 100 by tier', () => {
  it('places a household by its tier when it left, or at the year’s end', () => {
    const changes: TierChange[] = [
      { id: 't1', householdId: 'a', on: '2027-01-01', tierId: 'tier2', reason: '', by: '', at: '1' },
      { id: 't2', householdId: 'a', on: '2028-03-01', tierId: 'tier3', reason: '', by: '', at: '2' },
    ];
    const carers = [carer('a', '2026-01-01', { tierId: 'tier3', leftOn: '2027-12-01' }), carer('b', '2026-01-01', { tierId: 'tier2' }), carer('c', '2026-01-01', { leftOn: '2027-03-31' })];
    const rows = retentionByTier(carers, changes, DEFAULT_TIERS, year);
    expect(rows.map((r) => [r.households.length, r.left.length])).toEqual([
      [0, 0],
      [2, 1],
      [0, 0],
      [0, 0],
    ]);
    expect(leavingPer100(1, 2)).toBe(50);
    expect(leavingPer100(1, 3)).toBe(33.3);
    expect(leavingPer100(0, 0)).toBeUndefined();
  });
});
