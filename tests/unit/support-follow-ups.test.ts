import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../../src/domain/dates';
import { carerFollowUps, keepCallFollowUps } from '../../src/domain/support/follow-ups';
import { weeklySessions } from '../../src/domain/support/keep';
import { DEFAULT_TIERS } from '../../src/domain/support/tiers';

const carer = { householdId: 'h1', approvedOn: '2026-03-31' };

describe('what to do next for an approved carer household', () => {
  it('lists the first review from 4 weeks before the 12 months are up, to panel, and as overdue after', () => {
    expect(carerFollowUps(carer, [], [], DEFAULT_TIERS, '2027-03-02').review).toBeUndefined();
    expect(carerFollowUps(carer, [], [], DEFAULT_TIERS, '2027-03-03').review).toEqual({ householdId: 'h1', dueOn: '2027-03-31', toPanel: true, overdue: false });
    expect(carerFollowUps(carer, [], [], DEFAULT_TIERS, '2027-04-01').review).toMatchObject({ overdue: true });
  });

  it('counts the annual review from the last one, across a leap day', () => {
    const f = carerFollowUps({ ...carer, approvedOn: '2026-02-01' }, [], [{ on: '2027-02-28' }], DEFAULT_TIERS, '2028-02-10');
    expect(f.review).toEqual({ householdId: 'h1', dueOn: '2028-02-28', toPanel: false, overdue: false });
  });

  it('lists an extra review after an allegation apart from the annual one, due 28 days after', () => {
    const f = carerFollowUps({ ...carer, extraReview: { on: '2026-09-01', reason: 'allegation' } }, [{ on: '2026-08-20' }], [], DEFAULT_TIERS, '2026-09-30');
    expect(f.extra).toEqual({ householdId: 'h1', dueOn: '2026-09-29', reason: 'allegation', calledOn: '2026-09-01', overdue: true });
    expect(f.review).toBeUndefined();
  });

  it('lists a supervision visit only once its date has passed, at the tier’s frequency', () => {
    expect(carerFollowUps(carer, [{ on: '2026-06-10' }], [], DEFAULT_TIERS, '2026-07-10').visit).toBeUndefined();
    expect(carerFollowUps(carer, [{ on: '2026-06-10' }], [], DEFAULT_TIERS, '2026-07-13').visit).toEqual({ householdId: 'h1', dueOn: '2026-07-10', daysOverdue: 3 });
  });

  it('lists a household with no visit for more than 8 weeks from its last visit, or from approval', () => {
    expect(carerFollowUps(carer, [], [], DEFAULT_TIERS, '2026-05-26').quiet).toBeUndefined();
    expect(carerFollowUps(carer, [], [], DEFAULT_TIERS, '2026-05-27').quiet).toEqual({ householdId: 'h1', lastContactOn: '2026-03-31', dueOn: '2026-05-26' });
    expect(carerFollowUps(carer, [{ on: '2026-05-20' }], [], DEFAULT_TIERS, '2026-06-01').quiet).toBeUndefined();
  });

  it('never lists a visit before it is due, whatever the visits (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 700 }), fc.array(fc.integer({ min: 0, max: 700 }), { maxLength: 6 }), (t, vs) => {
        const today = addDays(carer.approvedOn, t);
        const visits = vs.map((v) => ({ on: addDays(carer.approvedOn, Math.min(v, t)) }));
        const f = carerFollowUps(carer, visits, [], DEFAULT_TIERS, today);
        return f.visit === undefined || (f.visit.dueOn < today && f.visit.daysOverdue > 0);
      }),
    );
  });
});

describe('KEEP phone checks', () => {
  const group = { id: 'g1', name: 'Spring KEEP', sessionDates: weeklySessions('2026-03-03', 16) };
  it('are due a week after the first session, then a week after each check, while the group runs', () => {
    expect(keepCallFollowUps(group, ['h1'], [], '2026-03-09')).toEqual([]);
    expect(keepCallFollowUps(group, ['h1'], [], '2026-03-10')).toEqual([{ groupId: 'g1', groupName: 'Spring KEEP', householdId: 'h1', dueOn: '2026-03-10' }]);
    expect(keepCallFollowUps(group, ['h1'], [{ householdId: 'h1', on: '2026-03-12' }], '2026-03-18')).toEqual([]);
    expect(keepCallFollowUps(group, ['h1'], [{ householdId: 'h1', on: '2026-03-12' }], '2026-03-19')).toMatchObject([{ dueOn: '2026-03-19', lastCallOn: '2026-03-12' }]);
  });
  it('are not due before the group starts or once it has ended', () => {
    expect(keepCallFollowUps(group, ['h1'], [], '2026-03-01')).toEqual([]);
    expect(keepCallFollowUps(group, ['h1'], [], addMonths('2026-03-03', 6))).toEqual([]);
  });
});
