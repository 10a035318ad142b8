import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/dates';
import type { ConstellationMember, SupportMeeting } from '../../src/domain/support/constellation';
import { constellationFollowUp, keepAttendanceFollowUp } from '../../src/domain/support/group-follow-ups';
import { weeklySessions, type KeepAttendance } from '../../src/domain/support/keep';
import { resignationFollowUp, tsdFollowUp, vacancyFollowUp } from '../../src/domain/support/register-follow-ups';
import type { TermsOfApproval } from '../../src/domain/terms';

const carer = { householdId: 'h1', approvedOn: '2026-01-31', connected: false };

describe('TSD standards on Today', () => {
  it('are listed from 30 days before 12 months from approval, clamped to the month’s end', () => {
    expect(tsdFollowUp(carer, '2026-12-31')).toBeUndefined();
    expect(tsdFollowUp(carer, '2027-01-01')).toEqual({ householdId: 'h1', dueOn: '2027-01-31', overdue: false, connected: false });
    expect(tsdFollowUp(carer, '2027-02-01')).toMatchObject({ overdue: true });
  });

  it('give connected persons 18 months, landing on a leap day', () => {
    const kin = { ...carer, approvedOn: '2026-08-31', connected: true };
    expect(tsdFollowUp(kin, '2027-08-31')).toBeUndefined();
    expect(tsdFollowUp(kin, '2028-01-30')).toEqual({ householdId: 'h1', dueOn: '2028-02-29', overdue: false, connected: true });
    expect(tsdFollowUp(kin, '2028-03-01')).toMatchObject({ overdue: true });
  });

  it('are never listed once completed (property)', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 900 }), (t) => tsdFollowUp({ ...carer, tsdCompletedOn: '2026-06-01' }, addDays(carer.approvedOn, t)) === undefined));
  });
});

describe('vacancies on Today', () => {
  const terms = { numberOfChildren: 2 } as TermsOfApproval;
  it('count the places approved that no child is in today; a placement ending today frees its place', () => {
    expect(vacancyFollowUp({ householdId: 'h1', terms }, [{ startOn: '2026-03-01' }], '2026-04-01')).toEqual({ householdId: 'h1', approved: 2, inUse: 1, vacant: 1 });
    expect(vacancyFollowUp({ householdId: 'h1', terms }, [{ startOn: '2026-03-01' }, { startOn: '2026-03-02', endOn: '2026-04-01' }], '2026-03-31')).toBeUndefined();
    expect(vacancyFollowUp({ householdId: 'h1', terms }, [{ startOn: '2026-03-01' }, { startOn: '2026-03-02', endOn: '2026-04-01' }], '2026-04-01')).toMatchObject({ vacant: 1 });
  });
  it('are none for a household with no terms recorded', () => {
    expect(vacancyFollowUp({ householdId: 'h1' }, [], '2026-04-01')).toBeUndefined();
  });
});

describe('resignations taking effect on Today', () => {
  const resignation = { householdId: 'h1', route: 'resignation' as const, noticeOn: '2028-02-01', effectiveOn: '2028-02-29' };
  it('are listed from the notice until the day they take effect, 28 days on across a leap day', () => {
    expect(resignationFollowUp(resignation, '2028-02-01')).toEqual({ householdId: 'h1', noticeOn: '2028-02-01', dueOn: '2028-02-29', daysLeft: 28 });
    expect(resignationFollowUp(resignation, '2028-02-29')).toMatchObject({ daysLeft: 0 });
    expect(resignationFollowUp(resignation, '2028-03-01')).toBeUndefined();
  });
  it('leave out the other routes', () => {
    expect(resignationFollowUp({ ...resignation, route: 'transfer' }, '2028-02-10')).toBeUndefined();
  });
});

const member = (householdId: string): ConstellationMember => ({ id: `m-${householdId}`, constellationId: 'c1', householdId, joinedOn: '2026-01-05', updatedAt: '2026-01-05T00:00:00Z' });
const peerMeeting = (on: string, attended: string[]): SupportMeeting => ({ id: `mt-${on}`, constellationId: 'c1', on, kind: 'peerSupport', attended, note: '', by: 'Sam Example', at: '2026-01-05T00:00:00Z' });

describe('constellations out of range on Today', () => {
  const c = { id: 'c1', name: 'North', startOn: '2026-01-05', bedsKeptFree: 2 };
  const six = ['a', 'b', 'c', 'd', 'e', 'f'];
  it('are not listed with 6 satellites seen at a monthly meeting', () => {
    expect(constellationFollowUp(c, six.map(member), [], [peerMeeting('2026-03-01', six)], '2026-03-20')).toBeUndefined();
  });
  it('say when satellites are short, or the last peer support meeting was more than 31 days ago', () => {
    const five = six.slice(0, 5);
    expect(constellationFollowUp(c, five.map(member), [], [peerMeeting('2026-03-01', five)], '2026-04-02')).toEqual({
      constellationId: 'c1',
      name: 'North',
      warnings: ['5 satellite households: the model needs at least 6', '32 days since the last peer support meeting'],
    });
  });
  it('say when the hub had more children than beds kept free', () => {
    const stay = { id: 's1', constellationId: 'c1', householdId: 'a', fromOn: '2026-03-10', nights: 2, children: 3, kind: 'sleepover' as const, planning: 'emergency' as const, by: 'Sam Example', at: '' };
    expect(constellationFollowUp(c, six.map(member), [stay], [peerMeeting('2026-03-01', six)], '2026-03-20')?.warnings).toEqual(['2 nights in the last year with more children at the hub than beds kept free']);
  });
  it('are not listed before they start', () => {
    expect(constellationFollowUp({ ...c, startOn: '2026-05-01' }, [], [], [], '2026-04-01')).toBeUndefined();
  });
});

describe('KEEP groups with low attendance on Today', () => {
  const group = { id: 'g1', name: 'Spring KEEP', sessionDates: weeklySessions('2026-03-03', 16) };
  const mark = (householdId: string, session: number, m: KeepAttendance['mark'] = 'attended') => ({ householdId, session, mark: m });
  it('are listed below the share that completes KEEP of places filled at the sessions held, catch-ups counting', () => {
    // Two sessions held by 10 March, two households: 3 of 4 places is 75%.
    const three = [mark('h1', 0), mark('h1', 1, 'catchUp'), mark('h2', 0)];
    expect(keepAttendanceFollowUp(group, 2, three, '2026-03-10', 75)).toBeUndefined();
    expect(keepAttendanceFollowUp(group, 2, three, '2026-03-10', 80)).toEqual({ groupId: 'g1', groupName: 'Spring KEEP', rate: 75, held: 2 });
    expect(keepAttendanceFollowUp(group, 2, [...three.slice(0, 2), mark('h2', 0, 'none')], '2026-03-10', 75)).toEqual({ groupId: 'g1', groupName: 'Spring KEEP', rate: 50, held: 2 });
    expect(keepAttendanceFollowUp(group, 2, [...three.slice(0, 2), mark('h2', 0, 'none')], '2026-03-10', 50)).toBeUndefined();
  });
  it('are not listed before the first session or after the group has ended', () => {
    expect(keepAttendanceFollowUp(group, 2, [], '2026-03-02', 75)).toBeUndefined();
    expect(keepAttendanceFollowUp(group, 2, [], '2026-07-30', 75)).toBeUndefined();
  });
});
