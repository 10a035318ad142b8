import { describe, expect, it } from 'vitest';
import type { HouseholdKind } from '../../src/domain/codes';
import type { Move } from '../../src/domain/household';
import {
  applicationSpan,
  completedApplications,
  enquiriesNoFurther,
  inProgressAt,
  isOfstedWithdrawal,
  type ApplicationSpan,
} from '../../src/domain/reports/applications';
import { financialYear } from '../../src/domain/reports/financial-year';
import { household } from './fixtures';

const move = (householdId: string, kind: Move['kind'], from: Move['from'], on: string, code?: string) =>
  ({ id: `${householdId}-${kind}`, householdId, kind, from, to: from, stateAfter: 'withdrawn', on, code, by: 'Jo Synthetic', at: '' }) as Move;

const year = financialYear(2026);

/**
 * 2026/27, worked out by hand:
 * - s1 (mainstream) withdrew at stage 1 with AW3 on 1 April: an Ofsted withdrawal, AW3
 * - pn (connected) withdrew waiting for panel with AW4 on 31 March: an Ofsted withdrawal, AW4
 * - enq (mainstream) closed at enquiry as not progressed: went no further, not an Ofsted withdrawal
 * - iv (connected) withdrew at initial visit with AW3: went no further, not an Ofsted withdrawal
 * - dec (mainstream) withdrew after panel with AW1: ended another way
 * - st1 (mainstream) closed at stage 1 as unsuitable: ended another way
 * - nc (mainstream) withdrew at stage 2 with no code: ended another way
 * - no (connected) not approved after a qualifying determination
 * - late (mainstream) withdrew at stage 2 with AW2 on 1 April 2027: next year, left out
 * - early (mainstream) withdrew at stage 2 with AW2 on 31 March 2026: the year before, left out
 * - approvals: ap (mainstream) in the year; apOld (connected) the year before
 */
const moves: Move[] = [
  move('s1', 'withdraw', 'stage1', '2026-04-01', 'AW3'),
  move('pn', 'withdraw', 'panel', '2027-03-31', 'AW4'),
  move('enq', 'close', 'enquiry', '2026-05-01', 'notProgressed'),
  move('iv', 'withdraw', 'initialVisit', '2026-06-01', 'AW3'),
  move('dec', 'withdraw', 'decision', '2026-07-01', 'AW1'),
  move('st1', 'close', 'stage1', '2026-08-01', 'unsuitableStage1'),
  move('nc', 'withdraw', 'stage2', '2026-09-01'),
  move('no', 'decision', 'decision', '2026-10-01', 'doNotApprove'),
  move('ok', 'decision', 'decision', '2026-10-02', 'approve'),
  move('late', 'withdraw', 'stage2', '2027-04-01', 'AW2'),
  move('early', 'withdraw', 'stage2', '2026-03-31', 'AW2'),
  move('fwd', 'forward', 'stage1', '2026-11-01'),
];
const kinds = new Map<string, HouseholdKind>([
  ['pn', 'connected'],
  ['iv', 'connected'],
  ['no', 'connected'],
]);
const approvals = [
  { id: 'ap', kind: 'mainstream' as const, approvedOn: '2026-12-01' },
  { id: 'apOld', kind: 'connected' as const, approvedOn: '2026-03-31' },
  { id: 'open', kind: 'mainstream' as const },
];

describe('Ofsted withdrawals', () => {
  it('are withdrawals with an AW code from an application before panel, and nothing else', () => {
    expect(isOfstedWithdrawal(move('a', 'withdraw', 'stage1', '2026-05-01', 'AW3'))).toBe(true);
    expect(isOfstedWithdrawal(move('a', 'withdraw', 'application', '2026-05-01', 'AW0'))).toBe(true);
    expect(isOfstedWithdrawal(move('a', 'withdraw', 'enquiry', '2026-05-01', 'AW3'))).toBe(false);
    expect(isOfstedWithdrawal(move('a', 'withdraw', 'initialVisit', '2026-05-01', 'AW3'))).toBe(false);
    expect(isOfstedWithdrawal(move('a', 'withdraw', 'decision', '2026-05-01', 'AW3'))).toBe(false);
    expect(isOfstedWithdrawal(move('a', 'withdraw', 'stage2', '2026-05-01'))).toBe(false);
    expect(isOfstedWithdrawal(move('a', 'close', 'stage1', '2026-05-01', 'AW3'))).toBe(false);
  });
});

describe('applications completed in the year', () => {
  const c = completedApplications(moves, approvals, kinds, year);

  it('counts approvals in the year by kind', () => {
    expect(c.approved).toEqual({ mainstream: ['ap'], connected: [], total: ['ap'] });
  });

  it('counts a stage 1 withdrawal with AW3 as an Ofsted withdrawal, and withdrawals on 31 March and 1 April in their own years', () => {
    const of = (code: string) => c.withdrawn.find((w) => w.code === code)!.households;
    expect(c.withdrawn.map((w) => w.code)).toEqual(['AW1', 'AW2', 'AW3', 'AW4', 'AW5', 'AW0']);
    expect(of('AW3')).toEqual({ mainstream: ['s1'], connected: [], total: ['s1'] });
    expect(of('AW4')).toEqual({ mainstream: [], connected: ['pn'], total: ['pn'] });
    expect(of('AW2').total).toEqual([]);
    expect(of('AW1').total).toEqual([]);
    expect(c.withdrawnAll.total).toEqual(['s1', 'pn']);
  });

  it('counts a decision not to approve as not approved after a qualifying determination', () => {
    expect(c.notApproved).toEqual({ mainstream: [], connected: ['no'], total: ['no'] });
  });

  it('keeps service closures and withdrawals after panel or with no code apart, and leaves enquiries out', () => {
    expect(c.endedOtherwise.total.sort()).toEqual(['dec', 'nc', 'st1']);
    expect(c.total.total.sort()).toEqual(['ap', 'dec', 'nc', 'no', 'pn', 's1', 'st1']);
    expect(c.total.mainstream.length + c.total.connected.length).toBe(c.total.total.length);
  });
});

describe('enquiries that went no further', () => {
  it('lists every service closure code, the enquirers who withdrew, and an enquiry closed as not progressed', () => {
    const rows = enquiriesNoFurther(moves, kinds, year);
    const row = (reason: string) => rows.find((r) => r.reason === reason)!;
    expect(row('notProgressed')).toMatchObject({ label: 'Not progressed after enquiry', households: { mainstream: ['enq'], connected: [], total: ['enq'] } });
    expect(row('withdrew').households).toEqual({ mainstream: [], connected: ['iv'], total: ['iv'] });
    expect(row('unsuitableStage1').households.total).toEqual([]);
    expect(rows.some((r) => r.reason === 'none')).toBe(false);
  });

  it('adds a row for an enquiry closed with no reason recorded', () => {
    const rows = enquiriesNoFurther([move('x', 'close', 'enquiry', '2026-05-01')], kinds, year);
    expect(rows.at(-1)).toMatchObject({ reason: 'none', label: 'No reason recorded', households: { total: ['x'] } });
  });
});

describe('applications in progress at 31 March', () => {
  const spans: ApplicationSpan[] = [
    { id: 'open', kind: 'mainstream', applicationOn: '2026-06-01' },
    { id: 'onTheDay', kind: 'connected', applicationOn: '2027-03-31' },
    { id: 'nextYear', kind: 'mainstream', applicationOn: '2027-04-01' },
    { id: 'endedOnTheDay', kind: 'mainstream', applicationOn: '2026-06-01', endedOn: '2027-03-31' },
    { id: 'endedAfter', kind: 'mainstream', applicationOn: '2025-06-01', endedOn: '2027-04-01' },
    { id: 'neverApplied', kind: 'mainstream' },
  ];

  it('counts applications received by 31 March and not ended by the end of that day', () => {
    expect(inProgressAt(spans, '2027-03-31')).toEqual({ mainstream: ['open', 'endedAfter'], connected: ['onTheDay'], total: ['open', 'onTheDay', 'endedAfter'] });
  });

  it('in a leap year counts an application received on 29 February', () => {
    expect(inProgressAt([{ id: 'leap', kind: 'mainstream', applicationOn: '2028-02-29' }], '2028-03-31').total).toEqual(['leap']);
  });

  it('reads when an application ended: approval, its last move, or not yet', () => {
    const applied = { assessment: { training: [], applicationOn: '2026-05-01' } };
    expect(applicationSpan(household({ stage: 'stage2', state: 'onHold', ...applied }))).toEqual({ id: 'h1', kind: 'mainstream', applicationOn: '2026-05-01' });
    expect(
      applicationSpan(household({ stage: 'approved', stageEnteredOn: '2027-04-02' }, { applicationOn: '2026-05-01', decision: { decidedOn: '2027-04-01', outcome: 'approve' } })),
    ).toMatchObject({ endedOn: '2027-04-01' });
    expect(applicationSpan(household({ stage: 'stage1', state: 'withdrawn', lastMoveOn: '2026-09-09', ...applied }))).toMatchObject({ endedOn: '2026-09-09' });
  });
});
