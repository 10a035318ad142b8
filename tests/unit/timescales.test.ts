import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/dates';
import type { Assessment, Check, Household } from '../../src/domain/household';
import { DEFAULT_LOCAL_TARGETS } from '../../src/domain/settings';
import {
  DEADLINE_STATUS_LABELS,
  checksCompletedOn,
  atRiskFrom,
  deadlineStatus,
  firstAtRiskOn,
  householdDeadlines,
  nextDeadline,
  openDeadlines,
  statusFromNextDeadline,
  timescaleStatus,
  type Deadline,
  type DeadlineKey,
} from '../../src/domain/timescales';
import { check, household, receivedCheck } from './fixtures';

function deadlines(h: Household, checks: Check[] = [], targets = DEFAULT_LOCAL_TARGETS): Deadline[] {
  return householdDeadlines(h, checks, targets);
}

function deadline(h: Household, key: DeadlineKey, checks: Check[] = []): Deadline | undefined {
  return deadlines(h, checks).find((d) => d.key === key);
}

function dueOn(h: Household, key: DeadlineKey, checks: Check[] = []): string | undefined {
  return deadline(h, key, checks)?.dueOn;
}

const withAssessment = (assessment: Partial<Assessment>, overrides: Partial<Household> = {}) => household(overrides, assessment);

describe('householdDeadlines: local targets', () => {
  it('a new enquiry has only the reply and the initial visit', () => {
    expect(deadlines(household({ enquiryOn: '2026-03-18' })).map((d) => d.key)).toEqual(['enquiryReply', 'initialVisit']);
  });

  it('reply to an enquiry within 1 working day', () => {
    expect(dueOn(household({ enquiryOn: '2026-03-18' }), 'enquiryReply')).toBe('2026-03-19'); // Wednesday → Thursday
    expect(dueOn(household({ enquiryOn: '2026-03-20' }), 'enquiryReply')).toBe('2026-03-23'); // Friday → Monday
    expect(dueOn(household({ enquiryOn: '2026-08-28' }), 'enquiryReply')).toBe('2026-09-01'); // before a bank holiday Monday → Tuesday
    expect(dueOn(household({ enquiryOn: '2026-03-21' }), 'enquiryReply')).toBe('2026-03-23'); // Saturday → Monday
    expect(dueOn(household({ enquiryOn: '2026-04-02' }), 'enquiryReply')).toBe('2026-04-07'); // Thursday before Easter → Tuesday after
  });

  it('the reply is met by the reply, or failing that by the initial visit or application', () => {
    expect(deadline(withAssessment({ repliedOn: '2026-03-19' }, { enquiryOn: '2026-03-18' }), 'enquiryReply')?.metOn).toBe('2026-03-19');
    expect(deadline(withAssessment({ initialVisitOn: '2026-03-24' }, { enquiryOn: '2026-03-18' }), 'enquiryReply')?.metOn).toBe('2026-03-24');
    expect(deadline(withAssessment({ applicationOn: '2026-03-30' }, { enquiryOn: '2026-03-18' }), 'enquiryReply')?.metOn).toBe('2026-03-30');
  });

  it('initial visit within 5 working days of the enquiry', () => {
    expect(dueOn(household({ enquiryOn: '2026-03-18' }), 'initialVisit')).toBe('2026-03-25'); // Wednesday → Wednesday
    expect(dueOn(household({ enquiryOn: '2026-03-30' }), 'initialVisit')).toBe('2026-04-08'); // over Easter
    expect(deadline(withAssessment({ initialVisitOn: '2026-03-24' }, { enquiryOn: '2026-03-18' }), 'initialVisit')?.metOn).toBe('2026-03-24');
  });

  it('stage 1 within 2 months of starting it, met when the last check comes back', () => {
    const h = withAssessment({ stage1StartedOn: '2026-02-02' });
    expect(dueOn(h, 'stage1')).toBe('2026-04-02');
    expect(dueOn(withAssessment({ stage1StartedOn: '2025-12-31' }), 'stage1')).toBe('2026-02-28');
    expect(deadline(h, 'stage1', [receivedCheck('2026-03-02'), check()])?.metOn).toBeUndefined();
    expect(deadline(h, 'stage1', [receivedCheck('2026-03-02'), receivedCheck('2026-03-20')])?.metOn).toBe('2026-03-20');
  });

  it('decision to proceed within 10 working days of the last check coming back', () => {
    const h = withAssessment({ stage1StartedOn: '2026-02-02' });
    expect(deadline(h, 'proceedDecision', [receivedCheck('2026-03-02'), check()])).toBeUndefined();
    const checks = [receivedCheck('2026-03-02'), receivedCheck('2026-03-20'), check({ notNeeded: true })];
    expect(dueOn(h, 'proceedDecision', checks)).toBe('2026-04-07'); // 10 working days, Good Friday and Easter Monday skipped
    const decided = withAssessment({ stage1StartedOn: '2026-02-02', proceedDecisionOn: '2026-03-27' });
    expect(deadline(decided, 'proceedDecision', checks)?.metOn).toBe('2026-03-27');
  });

  it('stage 2 within 4 months of starting it, met when the assessment report is completed', () => {
    expect(dueOn(withAssessment({ stage2StartedOn: '2026-03-02' }), 'stage2')).toBe('2026-07-02');
    expect(dueOn(withAssessment({ stage2StartedOn: '2026-10-31' }), 'stage2')).toBe('2027-02-28');
    expect(deadline(withAssessment({ stage2StartedOn: '2026-03-02', reportCompletedOn: '2026-06-30' }), 'stage2')?.metOn).toBe('2026-06-30');
  });

  it('uses the service’s own targets when it changes them, and says so', () => {
    const targets = { ...DEFAULT_LOCAL_TARGETS, enquiryReplyWorkingDays: 2, initialVisitWorkingDays: 10, stage1Months: 3 };
    const ds = deadlines(withAssessment({ stage1StartedOn: '2026-02-02' }, { enquiryOn: '2026-03-18' }), [], targets);
    expect(ds.find((d) => d.key === 'enquiryReply')).toMatchObject({ dueOn: '2026-03-20', source: 'Local target: 2 working days' });
    expect(ds.find((d) => d.key === 'initialVisit')).toMatchObject({ dueOn: '2026-04-01', source: 'Local target: 10 working days of the enquiry' });
    expect(ds.find((d) => d.key === 'stage1')).toMatchObject({ dueOn: '2026-05-02', source: 'Local target: 3 months' });
  });
});

describe('householdDeadlines: national rules', () => {
  it('panel recommendation within 8 months of the application, met by a panel that recommended', () => {
    expect(dueOn(withAssessment({ applicationOn: '2026-01-14' }), 'panelWithin8Months')).toBe('2026-09-14');
    expect(dueOn(withAssessment({ applicationOn: '2026-06-30' }), 'panelWithin8Months')).toBe('2027-02-28');
    const panelled = withAssessment({ applicationOn: '2026-01-14', panel: { panelOn: '2026-08-20' } });
    expect(deadline(panelled, 'panelWithin8Months')?.metOn).toBeUndefined();
    const recommended = withAssessment({ applicationOn: '2026-01-14', panel: { panelOn: '2026-08-20', recommendation: 'approve' } });
    expect(deadline(recommended, 'panelWithin8Months')?.metOn).toBe('2026-08-20');
  });

  it('panel papers at least 5 working days before panel', () => {
    expect(dueOn(withAssessment({ panel: { panelOn: '2026-03-18' } }), 'panelPapers')).toBe('2026-03-11');
    expect(dueOn(withAssessment({ panel: { panelOn: '2026-04-08' } }), 'panelPapers')).toBe('2026-03-30'); // back over Easter
    expect(dueOn(withAssessment({ panel: { panelOn: '2027-01-06' } }), 'panelPapers')).toBe('2026-12-29'); // back over New Year's Day
    expect(deadline(withAssessment({ panel: { panelOn: '2026-03-18', papersSentOn: '2026-03-10' } }), 'panelPapers')?.metOn).toBe('2026-03-10');
  });

  it('agency decision within 7 working days of the final panel minutes', () => {
    expect(dueOn(withAssessment({ panel: { minutesReceivedOn: '2026-03-10' } }), 'decisionAfterPanel')).toBe('2026-03-19');
    expect(dueOn(withAssessment({ panel: { minutesReceivedOn: '2026-12-22' } }), 'decisionAfterPanel')).toBe('2027-01-05');
    const decided = withAssessment({ panel: { minutesReceivedOn: '2026-03-10' }, decision: { decidedOn: '2026-03-17', outcome: 'approve' } });
    expect(deadline(decided, 'decisionAfterPanel')?.metOn).toBe('2026-03-17');
    const qd = withAssessment({ panel: { minutesReceivedOn: '2026-03-10' }, decision: { qualifyingDeterminationOn: '2026-03-16' } });
    expect(deadline(qd, 'decisionAfterPanel')?.metOn).toBe('2026-03-16');
  });

  it('never makes the 28 days after a qualifying determination a deadline: the decision is due 7 working days after they close', () => {
    const qd = (decision: object) => withAssessment({ panel: { minutesReceivedOn: '2026-05-18' }, decision: { qualifyingDeterminationOn: '2026-05-20', ...decision } });
    // Closes 17 June 2026 (a Wednesday); 7 working days later is Friday 26 June.
    expect(dueOn(qd({}), 'decisionAfterReview')).toBe('2026-06-26');
    expect(deadline(qd({}), 'decisionAfterReview')?.basis).toBe('local');
    // Over Christmas: closes 12 January 2027, decision due 21 January.
    expect(dueOn(withAssessment({ decision: { qualifyingDeterminationOn: '2026-12-15' } }), 'decisionAfterReview')).toBe('2027-01-21');
    const today = '2026-06-17';
    expect(householdDeadlines(qd({}), [], DEFAULT_LOCAL_TARGETS).filter((d) => deadlineStatus(d, today) === 'breached').map((d) => d.key)).not.toContain('decisionAfterReview');
  });

  it('waits for the panel that heard representations or the IRM before the decision falls due', () => {
    const pending = withAssessment({ decision: { qualifyingDeterminationOn: '2026-05-20', irm: { on: '2026-06-01' } } });
    expect(deadline(pending, 'decisionAfterReview')).toBeUndefined();
    const heard = withAssessment({ decision: { qualifyingDeterminationOn: '2026-05-20', irm: { on: '2026-06-01', panelOn: '2026-07-15', recommendation: 'doNotApprove' } } });
    expect(dueOn(heard, 'decisionAfterReview')).toBe('2026-07-24');
    const decided = withAssessment({
      decision: { qualifyingDeterminationOn: '2026-05-20', representations: { on: '2026-06-01', panelOn: '2026-07-15', recommendation: 'approve' }, decidedOn: '2026-07-20', outcome: 'approve' },
    });
    expect(deadline(decided, 'decisionAfterReview')?.metOn).toBe('2026-07-20');
  });

  it('kinship temporary approval: its last day is 16 weeks less a day after the start, plus up to 8 weeks', () => {
    const temporary = (extensionWeeks?: number) =>
      withAssessment({ temporaryApproval: { startOn: '2026-01-05', extensionWeeks } }, { kind: 'connected' });
    expect(dueOn(temporary(), 'temporaryApproval')).toBe('2026-04-26');
    expect(dueOn(temporary(4), 'temporaryApproval')).toBe('2026-05-24');
    expect(dueOn(temporary(8), 'temporaryApproval')).toBe('2026-06-21');
    expect(dueOn(temporary(12), 'temporaryApproval')).toBe('2026-06-21');
    expect(dueOn(temporary(-3), 'temporaryApproval')).toBe('2026-04-26');
  });

  it('kinship temporary approval is met by the decision, or by an IRM application made before it lapsed', () => {
    const t = { startOn: '2026-01-05' };
    const met = (decision: object) => deadline(withAssessment({ temporaryApproval: t, decision }, { kind: 'connected' }), 'temporaryApproval')?.metOn;
    expect(met({ decidedOn: '2026-04-20', outcome: 'approve' })).toBe('2026-04-20');
    expect(met({ irm: { on: '2026-04-10' } })).toBe('2026-04-10');
    expect(met({ irm: { on: '2026-04-10' }, decidedOn: '2026-06-01', outcome: 'approve' })).toBe('2026-04-10');
    expect(met({ irm: { on: '2026-05-01' } })).toBeUndefined();
  });

  it('temporary approval applies only to connected-person households', () => {
    const mainstream = withAssessment({ temporaryApproval: { startOn: '2026-01-05' } }, { kind: 'mainstream' });
    expect(deadline(mainstream, 'temporaryApproval')).toBeUndefined();
  });
});

describe('householdDeadlines: labels and order', () => {
  const everything = withAssessment(
    {
      stage1StartedOn: '2026-02-02',
      stage2StartedOn: '2026-03-02',
      applicationOn: '2026-01-14',
      panel: { panelOn: '2026-07-15', minutesReceivedOn: '2026-07-20', recommendation: 'approve' },
      decision: { qualifyingDeterminationOn: '2026-07-25' },
      temporaryApproval: { startOn: '2026-01-05' },
    },
    { kind: 'connected', enquiryOn: '2026-01-05' },
  );
  const all = deadlines(everything, [receivedCheck('2026-03-20')]);

  it('labels each rule national or local, with where it comes from', () => {
    const basis = Object.fromEntries(all.map((d) => [d.key, d.basis]));
    expect(basis).toEqual({
      enquiryReply: 'local',
      initialVisit: 'local',
      stage1: 'local',
      proceedDecision: 'local',
      stage2: 'local',
      panelWithin8Months: 'national',
      panelPapers: 'national',
      decisionAfterPanel: 'national',
      decisionAfterReview: 'local',
      temporaryApproval: 'national',
    });
    expect(all.find((d) => d.key === 'enquiryReply')?.source).toBe('Local target: 1 working day');
    expect(all.find((d) => d.key === 'panelWithin8Months')?.source).toMatch(/National Minimum Standard 14\.4/);
    expect(all.find((d) => d.key === 'panelPapers')?.source).toMatch(/National Minimum Standard 14\.3/);
    for (const d of all) expect(d.label.length, d.key).toBeGreaterThan(0);
  });

  it('lists deadlines in the order they fall due', () => {
    const dates = all.map((d) => d.dueOn);
    expect(dates).toEqual([...dates].sort());
  });
});

describe('checksCompletedOn', () => {
  it('is the date the last check came back, once every check is done', () => {
    expect(checksCompletedOn([])).toBeUndefined();
    // Every check marked not needed: complete, from the day stage 1 started.
    expect(checksCompletedOn([check({ notNeeded: true }), check({ notNeeded: true })], '2026-02-02')).toBe('2026-02-02');
    expect(checksCompletedOn([receivedCheck('2026-03-02'), check({ requestedOn: '2026-02-02' })])).toBeUndefined();
    expect(checksCompletedOn([receivedCheck('2026-03-20'), receivedCheck('2026-03-02'), check({ notNeeded: true })])).toBe('2026-03-20');
  });
});

describe('deadlineStatus', () => {
  const due = (metOn?: string): Deadline => ({ key: 'stage2', label: 'Stage 2', basis: 'local', source: '', dueOn: '2026-04-30', atRiskOn: '2026-04-16', metOn });

  it('is on track until its at-risk day, then at risk up to the day itself', () => {
    expect(deadlineStatus(due(), '2026-04-01')).toBe('onTrack');
    expect(deadlineStatus(due(), '2026-04-15')).toBe('onTrack');
    expect(deadlineStatus(due(), '2026-04-16')).toBe('atRisk');
    expect(deadlineStatus(due(), '2026-04-30')).toBe('atRisk');
  });

  it('is breached the day after', () => {
    expect(deadlineStatus(due(), '2026-05-01')).toBe('breached');
  });

  it('is met on or before the date, met late after it, whatever the day today', () => {
    expect(deadlineStatus(due('2026-04-30'), '2026-06-01')).toBe('met');
    expect(deadlineStatus(due('2026-03-01'), '2026-03-02')).toBe('met');
    expect(deadlineStatus(due('2026-05-01'), '2026-06-01')).toBe('metLate');
    expect(DEADLINE_STATUS_LABELS.metLate).toBe('Met late');
  });
});

describe('timescaleStatus and nextDeadline', () => {
  const d = (dueOn: string, metOn?: string): Deadline => ({ key: 'stage1', label: 'x', basis: 'local', source: '', dueOn, atRiskOn: addDays(dueOn, -14), metOn });

  it('is the worst open deadline; met ones, even late, do not count', () => {
    expect(timescaleStatus([], '2026-04-01')).toBe('onTrack');
    expect(timescaleStatus([d('2026-06-01'), d('2026-04-10')], '2026-04-01')).toBe('atRisk');
    expect(timescaleStatus([d('2026-06-01'), d('2026-04-10'), d('2026-03-01')], '2026-04-01')).toBe('breached');
    expect(timescaleStatus([d('2026-03-01', '2026-03-20'), d('2026-06-01')], '2026-04-01')).toBe('onTrack');
  });

  it('keeps the earliest open deadline for open households on the line only', () => {
    const h = household({ enquiryOn: '2026-03-18' });
    const ds = deadlines(h);
    expect(nextDeadline(h, ds)?.key).toBe('enquiryReply');
    const replied = withAssessment({ repliedOn: '2026-03-19' }, { enquiryOn: '2026-03-18' });
    expect(nextDeadline(replied, deadlines(replied))?.key).toBe('initialVisit');
    expect(nextDeadline({ ...h, state: 'onHold' }, ds)?.key).toBe('enquiryReply');
    expect(nextDeadline({ ...h, state: 'withdrawn' }, ds)).toBeUndefined();
    expect(nextDeadline({ ...h, state: 'closed' }, ds)).toBeUndefined();
    expect(nextDeadline({ ...h, state: 'notApproved' }, ds)).toBeUndefined();
    expect(nextDeadline({ ...h, stage: 'approved' }, ds)).toBeUndefined();
  });

  it('a row with no next deadline is on track', () => {
    expect(statusFromNextDeadline(undefined, undefined, '2026-04-01')).toBe('onTrack');
  });

  it('a row stored before the at-risk day existed is at risk in the 14 days before', () => {
    expect(statusFromNextDeadline('2026-04-30', undefined, '2026-04-15')).toBe('onTrack');
    expect(statusFromNextDeadline('2026-04-30', undefined, '2026-04-16')).toBe('atRisk');
  });
});

describe('timescale properties', () => {
  const day = (from: number, to: number) => fc.integer({ min: from, max: to }).map((n) => addDays('2026-01-01', n));
  const someDeadline: fc.Arbitrary<Deadline> = fc.record({
    key: fc.constant('stage1' as const),
    label: fc.constant('Stage 1 checks complete'),
    basis: fc.constant('local' as const),
    source: fc.constant(''),
    dueOn: day(0, 400),
    atRiskOn: day(0, 400),
    metOn: fc.option(day(0, 400), { nil: undefined }),
  }).map((x) => ({ ...x, atRiskOn: x.atRiskOn > x.dueOn ? x.dueOn : x.atRiskOn }));

  it('the stored next deadline gives the same status as all the deadlines', () => {
    fc.assert(
      fc.property(fc.array(someDeadline, { maxLength: 12 }), day(-30, 430), (ds, today) => {
        const open = openDeadlines(ds);
        const first = (dates: string[]) => [...dates].sort()[0];
        const stored = statusFromNextDeadline(first(open.map((x) => x.dueOn)), first(open.map((x) => x.atRiskOn)), today);
        return stored === timescaleStatus(ds, today);
      }),
    );
  });

  it('holds for the deadlines of any household', () => {
    const optionalDay = fc.option(day(0, 300), { nil: undefined });
    const household$ = fc.record({
      kind: fc.constantFrom('mainstream' as const, 'connected' as const),
      enquiryOn: day(0, 60),
      repliedOn: optionalDay,
      initialVisitOn: optionalDay,
      stage1StartedOn: optionalDay,
      stage2StartedOn: optionalDay,
      applicationOn: optionalDay,
      reportCompletedOn: optionalDay,
      panelOn: optionalDay,
      recommended: fc.boolean(),
      minutesReceivedOn: optionalDay,
      qualifyingDeterminationOn: optionalDay,
      decidedOn: optionalDay,
      temporaryStart: optionalDay,
      extensionWeeks: fc.integer({ min: 0, max: 8 }),
      checkDates: fc.array(fc.option(day(0, 300), { nil: undefined }), { maxLength: 5 }),
    });
    fc.assert(
      fc.property(household$, day(0, 500), (x, today) => {
        const h = withAssessment(
          {
            repliedOn: x.repliedOn,
            initialVisitOn: x.initialVisitOn,
            stage1StartedOn: x.stage1StartedOn,
            stage2StartedOn: x.stage2StartedOn,
            applicationOn: x.applicationOn,
            reportCompletedOn: x.reportCompletedOn,
            panel: { panelOn: x.panelOn, minutesReceivedOn: x.minutesReceivedOn, recommendation: x.recommended ? 'approve' : undefined },
            decision: { qualifyingDeterminationOn: x.qualifyingDeterminationOn, decidedOn: x.decidedOn },
            temporaryApproval: x.temporaryStart ? { startOn: x.temporaryStart, extensionWeeks: x.extensionWeeks } : undefined,
          },
          { kind: x.kind, enquiryOn: x.enquiryOn },
        );
        const checks = x.checkDates.map((receivedOn) => check({ requestedOn: x.enquiryOn, receivedOn }));
        const ds = householdDeadlines(h, checks, DEFAULT_LOCAL_TARGETS);
        const dates = ds.map((dl) => dl.dueOn);
        expect(dates).toEqual([...dates].sort());
        const next = nextDeadline(h, ds);
        expect(statusFromNextDeadline(next?.dueOn, firstAtRiskOn(h, ds), today)).toBe(timescaleStatus(ds, today));
      }),
    );
  });
});

describe('at risk in the last share of a deadline', () => {
  const day = (n: number) => addDays('2026-01-05', n);

  it('a new enquiry is not at risk the day it is saved: its 1-working-day reply is at risk on its due date', () => {
    const h = household({ enquiryOn: '2026-03-18' });
    const reply = deadlines(h).find((d) => d.key === 'enquiryReply')!;
    expect(deadlineStatus(reply, '2026-03-18')).toBe('onTrack');
    expect(deadlineStatus(reply, '2026-03-19')).toBe('atRisk');
  });

  it('stage 2 of 4 months is at risk from 20% of its days before the due date, or the share the service sets', () => {
    const h = withAssessment({ stage2StartedOn: '2026-03-02' }); // due 2 July: 122 days
    expect(deadline(h, 'stage2')?.atRiskOn).toBe('2026-06-08'); // 24 days before
    const half = householdDeadlines(h, [], { ...DEFAULT_LOCAL_TARGETS, atRiskPercent: 50 }).find((d) => d.key === 'stage2');
    expect(half?.atRiskOn).toBe('2026-05-02'); // 61 days before
  });

  it('is never at risk before the share starts and always at risk within it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }), fc.integer({ min: 5, max: 100 }), fc.integer({ min: -30, max: 430 }), (start, length, percent, t) => {
        const startOn = day(start);
        const dueOn = day(start + length);
        const today = day(t);
        const status = deadlineStatus({ key: 'stage1', label: 'x', basis: 'local', source: '', dueOn, atRiskOn: atRiskFrom(startOn, dueOn, percent) }, today);
        const shareStarts = start + length - Math.floor((length * percent) / 100);
        if (t < shareStarts) expect(status).toBe('onTrack');
        else if (t <= start + length) expect(status).toBe('atRisk');
        else expect(status).toBe('breached');
      }),
    );
  });
});

describe('householdDeadlines: the optional target from the initial visit to the application', () => {
  const visited = withAssessment({ initialVisitOn: '2026-03-24' }, { enquiryOn: '2026-03-18', stage: 'initialVisit' });

  it('is off by default, so nothing is due between the visit and the application', () => {
    expect(deadlines(visited).map((d) => d.key)).not.toContain('application');
  });

  it('when set, the application is due that many working days after the visit and met by it', () => {
    const targets = { ...DEFAULT_LOCAL_TARGETS, applicationWorkingDays: 20 };
    const due = householdDeadlines(visited, [], targets).find((d) => d.key === 'application');
    expect(due).toMatchObject({ dueOn: '2026-04-23', basis: 'local' }); // 20 working days, over Easter
    const applied = withAssessment({ initialVisitOn: '2026-03-24', applicationOn: '2026-04-01' }, { enquiryOn: '2026-03-18', stage: 'stage1' });
    expect(householdDeadlines(applied, [], targets).find((d) => d.key === 'application')?.metOn).toBe('2026-04-01');
  });
});
