import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CHECK_TYPES } from '../../src/domain/settings';
import { addDays } from '../../src/domain/dates';
import type { Check, Household } from '../../src/domain/household';
import {
  assessmentReportName,
  describeMove,
  forwardBlockers,
  planMove,
  type MoveRequest,
  type MoveResult,
  type PlannedMove,
} from '../../src/domain/stage-rules';
import { LINE_STATES, STAGES, stageIndex, type Stage } from '../../src/domain/stages';
import { emptyTermsInput, type TermsInput } from '../../src/domain/terms';
import { check, household, receivedCheck } from './fixtures';

const TODAY = '2026-06-30';

function plan(h: Household, request: MoveRequest, checks: Check[] = []): MoveResult {
  return planMove({ household: h, checks, today: TODAY }, request);
}

function planned(result: MoveResult): PlannedMove {
  if (!result.ok) throw new Error(`Expected the move to be allowed: ${JSON.stringify(result.errors)}`);
  return result.plan;
}

function errorsOf(result: MoveResult): Record<string, string> {
  if (result.ok) throw new Error('Expected the move to be refused');
  return result.errors;
}

function apply(h: Household, p: PlannedMove): Household {
  return { ...h, ...p.changes };
}

const allChecksBack = [receivedCheck('2026-03-02'), receivedCheck('2026-03-10', { type: 'dbs', label: 'DBS' })];

/** A household at `stage` with everything it needs to go on from there. */
function readyAt(stage: Stage, overrides: Partial<Household> = {}): Household {
  return household({
    stage,
    stageEnteredOn: '2026-05-01',
    lastMoveOn: '2026-05-01',
    ...overrides,
    assessment: {
      training: [],
      applicationOn: '2026-02-01',
      reportCompletedOn: '2026-04-20',
      panel: { panelOn: '2026-05-01', recommendation: 'approve' },
      ...overrides.assessment,
    },
  });
}

const validTerms: TermsInput = { ...emptyTermsInput(), types: ['shortTerm'], ageFrom: '0', ageTo: '18', numberOfChildren: '2', siblingGroups: 'yes' };

describe('planMove: forward', () => {
  it('takes a household from enquiry to approval one stage at a time, stamping each stage date', () => {
    let h = household({ enquiryOn: '2026-01-05' });
    const dates = ['2026-01-06', '2026-01-14', '2026-02-02', '2026-03-02', '2026-04-01', '2026-05-10'];
    for (const [i, on] of dates.entries()) {
      if (STAGES[i + 1] === 'panel') h = { ...h, assessment: { ...h.assessment, reportCompletedOn: '2026-04-28' } };
      if (STAGES[i + 1] === 'decision') {
        h = { ...h, assessment: { ...h.assessment, panel: { panelOn: on, recommendation: 'approve', minutesReceivedOn: '2026-05-12' } } };
      }
      const p = planned(plan(h, { kind: 'forward', on }, allChecksBack));
      expect(p.move).toMatchObject({ kind: 'forward', from: STAGES[i], to: STAGES[i + 1], stateAfter: 'active', on });
      expect(p.changes).toMatchObject({ stage: STAGES[i + 1], state: 'active', stageEnteredOn: on, lastMoveOn: on });
      h = apply(h, p);
    }
    expect(h.stage).toBe('decision');
    expect(h.assessment).toMatchObject({
      initialVisitOn: '2026-01-06',
      applicationOn: '2026-01-14',
      stage1StartedOn: '2026-02-02',
      stage2StartedOn: '2026-03-02',
      proceedDecisionOn: '2026-03-02',
    });

    const approved = planned(plan(h, { kind: 'decision', on: '2026-05-15', outcome: 'approve', terms: validTerms, maker: { name: 'Dana Reyes', role: 'Head of Service' } }));
    expect(approved.changes).toMatchObject({ stage: 'approved', state: 'active', stageEnteredOn: '2026-05-15' });
    expect(approved.move).toMatchObject({ kind: 'decision', from: 'decision', to: 'approved', code: 'approve' });
  });

  it('does not stamp the decision to proceed when stage 2 starts with stage 1 checks still out', () => {
    const atStage1 = household({ stage: 'stage1', lastMoveOn: '2026-03-01', stageEnteredOn: '2026-03-01' }, { stage1StartedOn: '2026-03-01' });
    const parallel = planned(plan(atStage1, { kind: 'forward', on: '2026-04-01' }, [check({ requestedOn: '2026-03-02' })]));
    expect(parallel.changes.assessment).toMatchObject({ stage2StartedOn: '2026-04-01' });
    expect(parallel.changes.assessment.proceedDecisionOn).toBeUndefined();
    const inTurn = planned(plan(atStage1, { kind: 'forward', on: '2026-04-01' }, allChecksBack));
    expect(inTurn.changes.assessment.proceedDecisionOn).toBe('2026-04-01');
  });

  it('keeps dates already recorded when a household comes forward again', () => {
    const h = household({ stage: 'initialVisit', lastMoveOn: '2026-02-01' }, { applicationOn: '2026-01-20' });
    const p = planned(plan(h, { kind: 'forward', on: '2026-02-03' }));
    expect(p.changes.assessment.applicationOn).toBe('2026-01-20');
  });

  it('does not go forward from decision or from approved', () => {
    expect(errorsOf(plan(readyAt('decision'), { kind: 'forward', on: TODAY })).form).toBe(
      'Record the decision to move on from the decision stage',
    );
    expect(errorsOf(plan(readyAt('approved'), { kind: 'forward', on: TODAY })).form).toBe('This household is already approved');
  });
});

describe('planMove: panel needs stage 1 checks and the assessment report', () => {
  const atStage2 = (kind: Household['kind'] = 'mainstream', reportCompletedOn?: string) =>
    household({ stage: 'stage2', kind, lastMoveOn: '2026-03-01' }, { reportCompletedOn });

  it('is refused when no checks are raised', () => {
    expect(errorsOf(plan(atStage2('mainstream', '2026-05-01'), { kind: 'forward', on: TODAY }, [])).form).toBe(
      'Panel needs the stage 1 checks raised and received',
    );
  });

  it('is refused while any check is outstanding, counting them', () => {
    const one = [receivedCheck('2026-03-02'), check({ requestedOn: '2026-03-01' })];
    expect(errorsOf(plan(atStage2('mainstream', '2026-05-01'), { kind: 'forward', on: TODAY }, one)).form).toBe(
      'Panel needs every stage 1 check received: 1 is outstanding',
    );
    const two = [...one, check()];
    expect(errorsOf(plan(atStage2('mainstream', '2026-05-01'), { kind: 'forward', on: TODAY }, two)).form).toBe(
      'Panel needs every stage 1 check received: 2 are outstanding',
    );
  });

  it('counts a check marked not needed as done', () => {
    const checks = [receivedCheck('2026-03-02'), check({ type: 'pets', notNeeded: true })];
    const p = planned(plan(atStage2('mainstream', '2026-05-01'), { kind: 'forward', on: TODAY }, checks));
    expect(p.changes.stage).toBe('panel');
  });

  it('is refused until Form F is completed, or Form C for a connected person', () => {
    expect(errorsOf(plan(atStage2('mainstream'), { kind: 'forward', on: TODAY }, allChecksBack)).form).toBe(
      'Panel needs stage 2 complete: record the date the Form F was completed',
    );
    expect(errorsOf(plan(atStage2('connected'), { kind: 'forward', on: TODAY }, allChecksBack)).form).toBe(
      'Panel needs stage 2 complete: record the date the Form C was completed',
    );
    expect(assessmentReportName({ kind: 'connected' })).toBe('Form C');
    expect(assessmentReportName({ kind: 'mainstream' })).toBe('Form F');
  });

  it('lists every blocker at once', () => {
    expect(forwardBlockers(atStage2(), [check()])).toEqual([
      'Panel needs every stage 1 check received: 1 is outstanding',
      'Panel needs stage 2 complete: record the date the Form F was completed',
    ]);
  });

  it('is refused while checks the household needs have not been raised yet', () => {
    const h = atStage2('mainstream', '2026-05-01');
    const result = planMove({ household: h, checks: allChecksBack, today: TODAY, missingChecks: 1 }, { kind: 'forward', on: TODAY });
    expect(errorsOf(result).form).toBe('Panel needs every stage 1 check raised: 1 has not been raised');
  });

  it('goes to panel once checks are back and the report is completed', () => {
    expect(planned(plan(atStage2('mainstream', '2026-05-01'), { kind: 'forward', on: TODAY }, allChecksBack)).changes.stage).toBe(
      'panel',
    );
  });

  it('is refused while a DBS has run out or runs out before the panel date, saying which and when', () => {
    const h = atStage2('mainstream', '2026-05-01');
    const oldDbs = receivedCheck('2023-07-10', { type: 'dbs', label: 'Enhanced DBS with barred list: Sam Okafor' });
    const checkRules = { types: DEFAULT_CHECK_TYPES, today: TODAY, panelOn: '2026-07-14' };
    const result = planMove({ household: h, checks: [allChecksBack[0]!, oldDbs], today: TODAY, checkRules }, { kind: 'forward', on: TODAY });
    expect(errorsOf(result).form).toBe('Panel needs Enhanced DBS with barred list: Sam Okafor renewed: it expires on 10 July 2026, before panel on 14 July 2026');
    const renewed = receivedCheck('2026-06-01', { type: 'dbs', label: 'Enhanced DBS with barred list: Sam Okafor' });
    expect(planned(planMove({ household: h, checks: [allChecksBack[0]!, renewed], today: TODAY, checkRules }, { kind: 'forward', on: TODAY })).changes.stage).toBe('panel');
  });

  it('is refused while a concern has no note, or a check shows a specified offence', () => {
    const h = atStage2('mainstream', '2026-05-01');
    const concern = receivedCheck('2026-03-02', { outcome: 'concern', label: 'Local authority checks: Sam Okafor' });
    expect(forwardBlockers(h, [concern])).toEqual(['Panel needs a note of how the concern was considered: Local authority checks: Sam Okafor']);
    expect(forwardBlockers(h, [{ ...concern, concernNote: 'Discussed with the team manager' }])).toEqual([]);
    const offence = receivedCheck('2026-03-02', { outcome: 'specifiedOffence', label: 'Enhanced DBS with barred list: Sam Okafor' });
    expect(forwardBlockers(h, [offence])).toEqual([expect.stringContaining('shows a specified offence')]);
    const atPanel = readyAt('panel');
    expect(forwardBlockers(atPanel, [offence])).toEqual([expect.stringMatching(/^Decision cannot go ahead: .*specified offence/)]);
  });

  it('does not hold up earlier stages: stages 1 and 2 may run in parallel', () => {
    const atStage1 = household({ stage: 'stage1', lastMoveOn: '2026-03-01' });
    expect(forwardBlockers(atStage1, [check()])).toEqual([]);
    expect(planned(plan(atStage1, { kind: 'forward', on: TODAY }, [check()])).changes.stage).toBe('stage2');
  });
});

describe('planMove: decision', () => {
  const ADM = { name: 'Dana Reyes', role: 'Head of Service' };
  const decide = (terms: TermsInput | undefined = validTerms) => ({ kind: 'decision' as const, on: TODAY, outcome: 'approve' as const, terms, maker: ADM });
  const atDecision = (overrides: Partial<Household> = {}) =>
    readyAt('decision', { ...overrides, assessment: { training: [], panel: { panelOn: '2026-05-01', recommendation: 'approve', minutesReceivedOn: '2026-05-04' }, ...overrides.assessment } });

  it('is refused without a panel recommendation', () => {
    const atPanel = readyAt('panel', { assessment: { training: [], panel: { panelOn: '2026-05-01' } } });
    expect(errorsOf(plan(atPanel, { kind: 'forward', on: TODAY })).form).toBe("Decision needs the panel's recommendation recorded");
    const noRecommendation = readyAt('decision', { assessment: { training: [], panel: { panelOn: '2026-05-01' } } });
    expect(errorsOf(plan(noRecommendation, decide())).form).toBe("Decision needs the panel's recommendation recorded");
  });

  it('goes to decision once panel has recommended, either way', () => {
    const notRecommended = readyAt('panel', {
      assessment: { training: [], panel: { panelOn: '2026-05-01', recommendation: 'doNotApprove' } },
    });
    expect(planned(plan(notRecommended, { kind: 'forward', on: TODAY })).changes.stage).toBe('decision');
  });

  it('is recorded only at the decision stage', () => {
    expect(errorsOf(plan(readyAt('panel'), decide())).form).toBe('The decision is recorded at the decision stage, after panel');
  });

  it('needs an outcome and the decision maker named', () => {
    const errors = errorsOf(plan(atDecision(), { kind: 'decision', on: TODAY, outcome: '', maker: { name: ' ', role: '' } }));
    expect(errors).toMatchObject({ outcome: 'Select the decision', 'maker.name': "Enter the agency decision maker's name", 'maker.role': "Enter the agency decision maker's role" });
  });

  it('approves with valid terms, which are saved with the decision maker', () => {
    const p = planned(plan(atDecision(), { ...decide({ ...validTerms, siblingGroups: '' }), on: '2026-06-01' }));
    expect(p.changes).toMatchObject({ stage: 'approved', state: 'active' });
    expect(p.changes.assessment.terms).toEqual({ types: ['shortTerm'], ageFrom: 0, ageTo: 18, numberOfChildren: 2, siblingGroups: false });
    expect(p.changes.assessment.decision).toEqual({ decidedOn: '2026-06-01', outcome: 'approve', maker: ADM });
  });

  it('accepts the edges of the terms: one age, 1 child, 10 siblings, several types', () => {
    for (const terms of [
      { ...validTerms, ageFrom: '17', ageTo: '17', numberOfChildren: '1' },
      { ...validTerms, ageFrom: '0', ageTo: '0', numberOfChildren: '10' },
      { ...validTerms, types: ['longTerm', 'shortBreaks'] },
    ]) {
      expect(plan(atDecision(), decide(terms)).ok, JSON.stringify(terms)).toBe(true);
    }
  });

  it.each([
    [{ types: [] }, 'terms.types', 'Select at least one type of approval'],
    [{ types: ['sometimes'] }, 'terms.types', 'Select at least one type of approval'],
    [{ types: ['kinship'] }, 'terms.types', 'Kinship (connected person) approval is only for a connected person household'],
    [{ ageFrom: '-1' }, 'terms.ageFrom', 'Youngest age must be a whole number from 0 to 17'],
    [{ ageFrom: '18', ageTo: '18' }, 'terms.ageFrom', 'Youngest age must be a whole number from 0 to 17'],
    [{ ageFrom: '2.5' }, 'terms.ageFrom', 'Youngest age must be a whole number from 0 to 17'],
    [{ ageFrom: 'NaN' }, 'terms.ageFrom', 'Youngest age must be a whole number from 0 to 17'],
    [{ ageTo: '19' }, 'terms.ageTo', 'Oldest age must be a whole number from 0 to 18'],
    [{ ageTo: '' }, 'terms.ageTo', 'Oldest age must be a whole number from 0 to 18'],
    [{ ageFrom: '12', ageTo: '5' }, 'terms.ageTo', 'Oldest age must be the same as or more than the youngest age'],
    [{ numberOfChildren: '0' }, 'terms.numberOfChildren', 'Number of children must be a whole number from 1 to 10'],
    [{ numberOfChildren: '11' }, 'terms.numberOfChildren', 'Number of children must be a whole number from 1 to 10'],
    [{ numberOfChildren: '1.5' }, 'terms.numberOfChildren', 'Number of children must be a whole number from 1 to 10'],
  ])('refuses terms %o: %s', (change, field, message) => {
    const errors = errorsOf(plan(atDecision(), decide({ ...validTerms, ...change })));
    expect(errors[field]).toBe(message);
  });

  it('refuses approval with no terms when the panel recommended none', () => {
    const errors = errorsOf(plan(atDecision(), { kind: 'decision', on: TODAY, outcome: 'approve', maker: ADM }));
    expect(errors['terms.types']).toBe('Enter the terms of approval');
  });
});

describe('planMove: back', () => {
  it('needs a reason', () => {
    const h = household({ stage: 'stage1', lastMoveOn: '2026-03-01' });
    expect(errorsOf(plan(h, { kind: 'back', on: TODAY, reason: '   ' })).reason).toBe('Enter why the household is going back a stage');
  });

  it('goes to the previous stage with the reason on the move', () => {
    const h = household({ stage: 'stage1', lastMoveOn: '2026-03-01', stageEnteredOn: '2026-03-01' });
    const p = planned(plan(h, { kind: 'back', on: TODAY, reason: ' Application form incomplete ' }));
    expect(p.changes).toMatchObject({ stage: 'application', stageEnteredOn: TODAY, lastMoveOn: TODAY });
    expect(p.move).toMatchObject({ kind: 'back', from: 'stage1', to: 'application', reason: 'Application form incomplete' });
  });

  it('cannot go back from enquiry or from approved', () => {
    expect(errorsOf(plan(household(), { kind: 'back', on: TODAY, reason: 'x' })).form).toBe('An enquiry is the first stage');
    expect(errorsOf(plan(readyAt('approved'), { kind: 'back', on: TODAY, reason: 'x' })).form).toBe(
      'An approved household cannot go back a stage',
    );
  });
});

describe('planMove: hold and resume', () => {
  const h = household({ stage: 'stage2', lastMoveOn: '2026-03-01', stageEnteredOn: '2026-03-01' });

  it('needs a real return date after the date of the move', () => {
    expect(errorsOf(plan(h, { kind: 'hold', on: TODAY, holdUntil: '' })).holdUntil).toBe('Enter the date the household expects to return');
    expect(errorsOf(plan(h, { kind: 'hold', on: TODAY, holdUntil: '2026-09-31' })).holdUntil).toBe('Return date must be a real date');
    expect(errorsOf(plan(h, { kind: 'hold', on: TODAY, holdUntil: TODAY })).holdUntil).toBe('Return date must be after the date of the move');
    expect(errorsOf(plan(h, { kind: 'hold', on: TODAY, holdUntil: '2026-06-01' })).holdUntil).toBe(
      'Return date must be after the date of the move',
    );
  });

  it('puts the household on hold at its stage, with the return date', () => {
    const p = planned(plan(h, { kind: 'hold', on: TODAY, holdUntil: '2026-09-01', reason: 'Moving house' }));
    expect(p.changes).toMatchObject({ stage: 'stage2', state: 'onHold', holdUntil: '2026-09-01', stageEnteredOn: '2026-03-01' });
    expect(p.move).toMatchObject({ kind: 'hold', from: 'stage2', to: 'stage2', stateAfter: 'onHold', holdUntil: '2026-09-01', reason: 'Moving house' });
  });

  it('cannot hold an approved household', () => {
    expect(errorsOf(plan(readyAt('approved'), { kind: 'hold', on: TODAY, holdUntil: '2026-09-01' })).form).toBe(
      'An approved household cannot be put on hold here',
    );
  });

  const onHold = household({ stage: 'stage2', state: 'onHold', holdUntil: '2026-09-01', lastMoveOn: '2026-06-01' });

  it.each<MoveRequest>([
    { kind: 'forward', on: TODAY },
    { kind: 'back', on: TODAY, reason: 'x' },
    { kind: 'hold', on: TODAY, holdUntil: '2026-10-01' },
    { kind: 'qualifyingDetermination', on: TODAY, mindedTo: 'notApprove', reasons: 'x', maker: { name: 'A', role: 'B' } },
    { kind: 'decision', on: TODAY, outcome: 'doNotApprove', maker: { name: 'A', role: 'B' } },
  ])('on hold refuses $kind', (request) => {
    expect(errorsOf(plan(onHold, request)).form).toBe('This household is on hold: take it off hold first');
  });

  it('on hold allows resume, clearing the return date', () => {
    const p = planned(plan(onHold, { kind: 'resume', on: TODAY }));
    expect(p.changes).toMatchObject({ stage: 'stage2', state: 'active', holdUntil: undefined });
    expect(p.move).toMatchObject({ kind: 'resume', stateAfter: 'active' });
    expect(p.move.holdUntil).toBeUndefined();
  });

  it('on hold allows withdraw and close', () => {
    expect(planned(plan(onHold, { kind: 'withdraw', on: TODAY, code: 'AW3', reason: 'New baby' })).changes).toMatchObject({
      state: 'withdrawn',
      stage: 'stage2',
      holdUntil: undefined,
    });
    expect(planned(plan(onHold, { kind: 'close', on: TODAY, code: 'lapsed', reason: 'No reply to three letters' })).changes.state).toBe(
      'closed',
    );
  });

  it('resume needs the household to be on hold', () => {
    expect(errorsOf(plan(h, { kind: 'resume', on: TODAY })).form).toBe('This household is not on hold');
  });
});

describe('planMove: withdraw and close', () => {
  const h = household({ stage: 'stage1', lastMoveOn: '2026-03-01', stageEnteredOn: '2026-03-01' });

  it('withdraw needs an Ofsted AW code and a note', () => {
    const errors = errorsOf(plan(h, { kind: 'withdraw', on: TODAY, code: '', reason: ' ' }));
    expect(errors).toEqual({ code: 'Select the withdrawal reason', reason: 'Enter a note about why the application ended' });
    expect(errorsOf(plan(h, { kind: 'withdraw', on: TODAY, code: 'lapsed', reason: 'x' })).code).toBe(
      '"Lapsed or no contact" is not a withdrawal reason: select one from the list',
    );
  });

  it("keeps Ofsted's AW codes for applications withdrawn before panel, and the service's own codes elsewhere", () => {
    const at = (stage: Stage) => household({ stage, lastMoveOn: '2026-03-01', stageEnteredOn: '2026-03-01' });
    expect(errorsOf(plan(at('enquiry'), { kind: 'withdraw', on: TODAY, code: 'AW3', reason: 'x' })).code).toBe(
      '"AW3: Household circumstances changed (other than financial)" is only for a household at Application, Stage 1, Stage 2, Panel',
    );
    expect(plan(at('enquiry'), { kind: 'withdraw', on: TODAY, code: 'decidedNotToApply', reason: 'x' }).ok).toBe(true);
    expect(plan(at('panel'), { kind: 'withdraw', on: TODAY, code: 'AW5', reason: 'x' }).ok).toBe(true);
    expect(errorsOf(plan(at('decision'), { kind: 'withdraw', on: TODAY, code: 'AW5', reason: 'x' })).code).toMatch(/only for a household at/);
    expect(plan(at('decision'), { kind: 'withdraw', on: TODAY, code: 'withdrewAfterPanel', reason: 'x' }).ok).toBe(true);
  });

  it('closes as unsuitable only in stage 1, with the date of the written notice', () => {
    const at = (stage: Stage) => household({ stage, lastMoveOn: '2026-03-01', stageEnteredOn: '2026-03-01' }, { stage1StartedOn: '2026-03-01' });
    expect(errorsOf(plan(at('stage2'), { kind: 'close', on: TODAY, code: 'unsuitableStage1', reason: 'x', noticeOn: TODAY })).code).toBe(
      '"Unsuitable at stage 1" is only for a household at Stage 1',
    );
    expect(errorsOf(plan(at('stage1'), { kind: 'close', on: TODAY, code: 'unsuitableStage1', reason: 'x' })).noticeOn).toBe(
      'Enter the date of the written notice to the applicants',
    );
    expect(errorsOf(plan(at('stage1'), { kind: 'close', on: TODAY, code: 'unsuitableStage1', reason: 'x', noticeOn: '2026-02-20' })).noticeOn).toBe(
      'Date of the written notice must be the same as or after stage 1 started, 1 March 2026',
    );
    for (const code of ['panelNotRecommended', 'notApprovedAfterQd'] as const) {
      expect(errorsOf(plan(at('stage1'), { kind: 'close', on: TODAY, code, reason: 'x' })).code).toMatch(/cannot be chosen/);
    }
  });

  it('reopens a withdrawn or closed household where it left, with a reason, and never a refused one', () => {
    const left = household({ stage: 'stage1', state: 'withdrawn', outcomeCode: 'AW3', lastMoveOn: '2026-03-01', stageEnteredOn: '2026-02-01' });
    expect(errorsOf(plan(left, { kind: 'reopen', on: TODAY, reason: ' ' })).reason).toBe('Enter why the household is being reopened');
    const p = planned(plan(left, { kind: 'reopen', on: TODAY, reason: 'Circumstances settled' }));
    expect(p.changes).toMatchObject({ stage: 'stage1', state: 'active', outcomeCode: undefined, stageEnteredOn: '2026-02-01', lastMoveOn: TODAY });
    expect(p.move).toMatchObject({ kind: 'reopen', from: 'stage1', to: 'stage1', stateAfter: 'active', reason: 'Circumstances settled' });
    const refused = { ...left, state: 'notApproved' as const };
    expect(errorsOf(plan(refused, { kind: 'reopen', on: TODAY, reason: 'x' })).form).toMatch(/cannot be reopened/);
    expect(errorsOf(plan(household({ stage: 'stage1' }), { kind: 'reopen', on: TODAY, reason: 'x' })).form).toBe('Only a withdrawn or closed household can be reopened');
  });

  it('withdraw keeps the stage the household left at', () => {
    const p = planned(plan(h, { kind: 'withdraw', on: TODAY, code: 'AW4', reason: ' Cost of living ' }));
    expect(p.changes).toMatchObject({ stage: 'stage1', state: 'withdrawn', outcomeCode: 'AW4', stageEnteredOn: '2026-03-01', lastMoveOn: TODAY });
    expect(p.move).toMatchObject({ kind: 'withdraw', from: 'stage1', to: 'stage1', stateAfter: 'withdrawn', code: 'AW4', reason: 'Cost of living' });
  });

  it('close needs a service closure code and a note', () => {
    const errors = errorsOf(plan(h, { kind: 'close', on: TODAY, code: '', reason: '' }));
    expect(errors).toEqual({ code: 'Select the closure reason', reason: 'Enter a note about why the application ended' });
    expect(errorsOf(plan(h, { kind: 'close', on: TODAY, code: 'AW1', reason: 'x' })).code).toBe('"AW1: Fostering was not as the applicant expected" is not a closure reason: select one from the list');
  });

  it('close keeps the stage and records the closure code', () => {
    const p = planned(plan(h, { kind: 'close', on: TODAY, code: 'unsuitableStage1', reason: 'Local authority check', noticeOn: '2026-06-29' }));
    expect(p.changes).toMatchObject({ stage: 'stage1', state: 'closed', outcomeCode: 'unsuitableStage1' });
    expect(p.move).toMatchObject({ noticeOn: '2026-06-29', reason: 'Local authority check' });
  });

  it('an approved household leaves by deregistration instead', () => {
    expect(errorsOf(plan(readyAt('approved'), { kind: 'withdraw', on: TODAY, code: 'AW1', reason: 'x' })).form).toBe(
      'An approved household leaves by deregistration, not withdrawal',
    );
  });
});

describe('planMove: the date of the move', () => {
  const h = household({ stage: 'application', lastMoveOn: '2026-03-01' });

  it('is refused before the last move, naming that date', () => {
    expect(errorsOf(plan(h, { kind: 'forward', on: '2026-02-28' })).on).toBe(
      'Date of the move must be the same as or after 1 March 2026, the last move',
    );
  });

  it('is refused in the future', () => {
    expect(errorsOf(plan(h, { kind: 'forward', on: addDays(TODAY, 1) })).on).toBe('Date of the move must be today or in the past');
  });

  it('is refused when missing or not a real date', () => {
    expect(errorsOf(plan(h, { kind: 'forward', on: '' })).on).toBe('Enter the date of the move');
    expect(errorsOf(plan(h, { kind: 'forward', on: '2026-02-30' })).on).toBe('Date of the move must be a real date');
  });

  it('may be the day of the last move, or today', () => {
    expect(plan(h, { kind: 'forward', on: '2026-03-01' }).ok).toBe(true);
    expect(plan(h, { kind: 'forward', on: TODAY }).ok).toBe(true);
  });
});

describe('planMove: households off the line', () => {
  it.each([
    ['closed', 'This household is closed: it cannot be moved'],
    ['withdrawn', 'This household is withdrawn: it cannot be moved'],
    ['notApproved', 'This household is not approved: it cannot be moved'],
  ] as const)('a %s household cannot move', (state, message) => {
    const h = household({ stage: 'stage1', state, lastMoveOn: '2026-03-01' });
    for (const request of [
      { kind: 'forward', on: TODAY },
      { kind: 'resume', on: TODAY },
      { kind: 'withdraw', on: TODAY, code: 'AW1', reason: 'x' },
    ] as MoveRequest[]) {
      expect(errorsOf(plan(h, request))).toEqual({ form: message });
    }
  });
});

describe('describeMove', () => {
  it('says what happened in plain words', () => {
    expect(describeMove({ kind: 'forward', from: 'enquiry', to: 'initialVisit' })).toBe('Moved to Initial visit');
    expect(describeMove({ kind: 'back', from: 'stage1', to: 'application' })).toBe('Moved back to Application');
    expect(describeMove({ kind: 'hold', from: 'stage2', to: 'stage2', holdUntil: '2026-09-01' })).toBe('Put on hold until 1 September 2026');
    expect(describeMove({ kind: 'resume', from: 'stage2', to: 'stage2' })).toBe('Taken off hold');
    expect(describeMove({ kind: 'withdraw', from: 'stage1', to: 'stage1', code: 'AW3' })).toBe('Withdrew at Stage 1 (AW3: Household circumstances changed (other than financial))');
    expect(describeMove({ kind: 'close', from: 'enquiry', to: 'enquiry', code: 'notProgressed' })).toBe(
      'Closed at Enquiry: Not progressed after enquiry',
    );
    expect(describeMove({ kind: 'qualifyingDetermination', from: 'decision', to: 'decision', code: 'notApprove' })).toBe(
      'Qualifying determination: minded not to approve. The 28 days for representations or an IRM application started',
    );
    expect(describeMove({ kind: 'independentReview', from: 'decision', to: 'decision' })).toBe('Applied to the Independent Review Mechanism');
    expect(describeMove({ kind: 'reopen', from: 'stage1', to: 'stage1' })).toBe('Reopened at Stage 1');
    expect(describeMove({ kind: 'decision', from: 'decision', to: 'approved', code: 'approve' })).toBe('Approved by the agency decision maker');
    expect(describeMove({ kind: 'decision', from: 'decision', to: 'decision', code: 'doNotApprove' })).toBe(
      'Not approved by the agency decision maker',
    );
  });
});

describe('planMove properties', () => {
  const BASE = '2026-01-05';
  const PROPERTY_TODAY = '2027-06-30';
  /** Mostly a few days after the last move, sometimes before it or after today. */
  const offset = fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 0, max: 20 }) },
    { weight: 1, arbitrary: fc.integer({ min: -10, max: -1 }) },
    { weight: 1, arbitrary: fc.constant(600) },
  );
  const reason = fc.constantFrom('', '  ', 'Synthetic reason');

  type Draft = (lastMoveOn: string) => MoveRequest;
  const request: fc.Arbitrary<Draft> = fc.oneof(
    { weight: 12, arbitrary: offset.map((o): Draft => (last) => ({ kind: 'forward', on: addDays(last, o) })) },
    { weight: 1, arbitrary: fc.tuple(offset, reason).map(([o, r]): Draft => (last) => ({ kind: 'back', on: addDays(last, o), reason: r })) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(offset, fc.oneof(fc.integer({ min: -5, max: 60 }), fc.constant(null)), reason)
        .map(([o, until, r]): Draft => (last) => ({
          kind: 'hold',
          on: addDays(last, o),
          holdUntil: until === null ? '' : addDays(last, o + until),
          reason: r,
        })),
    },
    { weight: 3, arbitrary: offset.map((o): Draft => (last) => ({ kind: 'resume', on: addDays(last, o) })) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(offset, fc.constantFrom('', 'AW1', 'AW0', 'lapsed' as never), reason)
        .map(([o, code, r]): Draft => (last) => ({ kind: 'withdraw', on: addDays(last, o), code, reason: r })),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(offset, fc.constantFrom('', 'lapsed', 'counselledOut', 'AW2' as never), reason)
        .map(([o, code, r]): Draft => (last) => ({ kind: 'close', on: addDays(last, o), code, reason: r })),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(offset, fc.constantFrom('notApprove' as const, 'otherTerms' as const, '' as const), reason)
        .map(([o, mindedTo, r]): Draft => (last) => ({
          kind: 'qualifyingDetermination',
          on: addDays(last, o),
          mindedTo,
          reasons: r ?? '',
          maker: { name: 'Dana Reyes', role: 'Head of Service' },
          terms: { ...validTerms, numberOfChildren: '1' },
        })),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(offset, fc.constantFrom('representations' as const, 'independentReview' as const))
        .map(([o, kind]): Draft => (last) => ({ kind, on: addDays(last, o) })),
    },
    {
      weight: 2,
      arbitrary: fc
        .tuple(offset, fc.constantFrom('approve' as const, 'doNotApprove' as const, '' as const))
        .map(([o, recommendation]): Draft => (last) => ({ kind: 'reviewOutcome', on: addDays(last, o), recommendation })),
    },
    { weight: 1, arbitrary: fc.tuple(offset, reason).map(([o, r]): Draft => (last) => ({ kind: 'reopen', on: addDays(last, o), reason: r ?? '' })) },
    {
      weight: 6,
      arbitrary: fc
        .tuple(
          offset,
          fc.constantFrom('approve' as const, 'approve' as const, 'doNotApprove' as const, '' as const),
          fc.oneof(
            { weight: 3, arbitrary: fc.constant(validTerms) },
            {
              weight: 1,
              arbitrary: fc
                .record({
                  types: fc.subarray(['shortTerm', 'emergency', 'kinship', 'nonsense']),
                  ageFrom: fc.integer({ min: -1, max: 19 }),
                  ageTo: fc.integer({ min: -1, max: 19 }),
                  numberOfChildren: fc.integer({ min: 0, max: 11 }),
                  siblingGroups: fc.constantFrom('yes', 'no', ''),
                })
                .map((t): TermsInput => ({ ...emptyTermsInput(), ...t, ageFrom: String(t.ageFrom), ageTo: String(t.ageTo), numberOfChildren: String(t.numberOfChildren) })),
            },
          ),
        )
        .map(([o, outcome, terms]): Draft => (last) => ({ kind: 'decision', on: addDays(last, o), outcome, terms, maker: { name: 'Dana Reyes', role: 'Head of Service' } })),
    },
  );

  /** Between moves the worker records checks, the report and panel, as the household page would. */
  const step = fc.record({
    request,
    checksBack: fc.boolean(),
    reportCompleted: fc.boolean(),
    recommendation: fc.constantFrom(undefined, 'approve' as const, 'doNotApprove' as const),
  });

  it('never dates a move backwards, never skips a stage, and always leaves a known state', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 10, maxLength: 60 }), (steps) => {
        let h = household({ enquiryOn: BASE });
        for (const s of steps) {
          const assessment = {
            ...h.assessment,
            ...(s.reportCompleted ? { reportCompletedOn: h.lastMoveOn } : {}),
            ...(s.recommendation ? { panel: { ...h.assessment.panel, recommendation: s.recommendation, minutesReceivedOn: h.assessment.panel?.minutesReceivedOn ?? h.lastMoveOn } } : {}),
          };
          h = { ...h, assessment };
          const checks = s.checksBack ? allChecksBack : [check({ requestedOn: BASE })];
          const result = planMove({ household: h, checks, today: PROPERTY_TODAY }, s.request(h.lastMoveOn));
          if (!result.ok) {
            expect(Object.keys(result.errors).length).toBeGreaterThan(0);
            continue;
          }
          const { move, changes } = result.plan;
          expect(changes.lastMoveOn >= h.lastMoveOn).toBe(true);
          expect(changes.lastMoveOn <= PROPERTY_TODAY).toBe(true);
          expect(Math.abs(stageIndex(changes.stage) - stageIndex(h.stage))).toBeLessThanOrEqual(1);
          expect(LINE_STATES).toContain(changes.state);
          expect(move).toMatchObject({ from: h.stage, to: changes.stage, stateAfter: changes.state, on: changes.lastMoveOn });
          if (changes.state === 'onHold') expect(changes.holdUntil! > changes.lastMoveOn).toBe(true);
          if (changes.stage === 'approved' && h.stage !== 'approved') expect(changes.assessment.terms).toBeDefined();
          // FSR reg 27: never a refusal without a qualifying determination, never a decision inside its 28 days.
          const d = changes.assessment.decision;
          if (changes.state === 'notApproved') {
            expect(d?.qualifying).toBeDefined();
            expect(changes.outcomeCode).toBe('notApprovedAfterQd');
          }
          if (move.kind === 'decision' && d?.qualifying && !d.representations && !d.irm) {
            expect(move.on > addDays(d.qualifying.on, 28)).toBe(true);
          }
          if (move.kind === 'decision') expect(move.on >= h.assessment.panel!.minutesReceivedOn!).toBe(true);
          if (move.kind === 'withdraw' && /^AW/.test(move.code ?? '')) expect(['application', 'stage1', 'stage2', 'panel']).toContain(move.from);
          h = apply(h, result.plan);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('where a household stands, in words', () => {
  it('reads the same everywhere', async () => {
    const { standingText } = await import('../../src/domain/stages');
    expect(standingText('stage1', 'active')).toBe('Stage 1');
    expect(standingText('stage1', 'onHold')).toBe('Stage 1, on hold');
    expect(standingText('stage1', 'withdrawn')).toBe('Withdrawn at Stage 1');
    expect(standingText('decision', 'notApproved')).toBe('Not approved at Decision');
  });
});
