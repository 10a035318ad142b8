import { describe, expect, it } from 'vitest';
import { decisionDateWarning, decisionOpensOn, decisionOutcomesOpen, termsWithoutTyping, decisionStep, decisionStepText, representationsCloseOn } from '../../src/domain/decision-route';
import type { Household } from '../../src/domain/household';
import { planMove, type MoveRequest, type MoveResult, type PlannedMove } from '../../src/domain/stage-rules';
import { emptyTermsInput, type TermsInput } from '../../src/domain/terms';
import { household } from './fixtures';

const ADM = { name: 'Dana Reyes', role: 'Head of Service' };
const TERMS = { types: ['shortTerm' as const], ageFrom: 0, ageTo: 10, numberOfChildren: 2, siblingGroups: true };
const TYPED: TermsInput = { ...emptyTermsInput(), types: ['shortTerm'], ageFrom: '0', ageTo: '10', numberOfChildren: '2', siblingGroups: 'yes' };
const TODAY = '2026-09-30';

/** A household at the decision stage: panel on 1 June recommended approval, final minutes on 8 June. */
function atDecision(panel: object = {}): Household {
  return household({
    stage: 'decision',
    stageEnteredOn: '2026-06-01',
    lastMoveOn: '2026-06-01',
    assessment: {
      training: [],
      applicationOn: '2026-01-10',
      reportCompletedOn: '2026-05-01',
      panel: { panelOn: '2026-06-01', recommendation: 'approve', chair: 'Pat Moreno', recommendedTerms: TERMS, minutesReceivedOn: '2026-06-08', ...panel },
    },
  });
}

function plan(h: Household, request: MoveRequest, today = TODAY): MoveResult {
  return planMove({ household: h, checks: [], today }, request);
}

function then(h: Household, request: MoveRequest, today = TODAY): Household {
  const result = plan(h, request, today);
  if (!result.ok) throw new Error(`Expected ${request.kind} to be allowed: ${JSON.stringify(result.errors)}`);
  return { ...h, ...(result.plan as PlannedMove).changes };
}

function errors(h: Household, request: MoveRequest, today = TODAY): Record<string, string> {
  const result = plan(h, request, today);
  if (result.ok) throw new Error(`Expected ${request.kind} to be refused`);
  return result.errors;
}

const qd = (on: string, mindedTo: 'notApprove' | 'otherTerms' = 'notApprove'): MoveRequest => ({
  kind: 'qualifyingDetermination',
  on,
  mindedTo,
  reasons: 'The household could not show it would keep children safe online.',
  maker: ADM,
  ...(mindedTo === 'otherTerms' ? { terms: { ...TYPED, numberOfChildren: '1' } } : {}),
});
const decide = (on: string, outcome: 'approve' | 'doNotApprove', terms?: TermsInput): MoveRequest => ({ kind: 'decision', on, outcome, maker: ADM, ...(terms ? { terms } : {}) });

describe('the decision after panel (FSR reg 27)', () => {
  it('waits for the final panel minutes: nothing is decided before them', () => {
    const h = atDecision({ minutesReceivedOn: undefined });
    expect(decisionStepText(decisionStep(h.assessment, TODAY))).toBe('Waiting for the final panel minutes');
    expect(errors(h, decide('2026-06-10', 'approve')).form).toMatch(/final panel minutes/);
    expect(errors(h, qd('2026-06-10')).form).toMatch(/final panel minutes/);
    expect(errors(atDecision(), decide('2026-06-05', 'approve')).on).toBe('Date of the decision must be the same as or after 8 June 2026');
  });

  it('approves on the terms the panel recommended, naming the decision maker', () => {
    const h = then(atDecision(), decide('2026-06-10', 'approve'));
    expect(h).toMatchObject({ stage: 'approved', state: 'active' });
    expect(h.assessment.terms).toEqual(TERMS);
    expect(h.assessment.decision).toEqual({ decidedOn: '2026-06-10', outcome: 'approve', maker: ADM });
  });

  it('refuses a refusal, or approval on other terms, without a qualifying determination', () => {
    expect(errors(atDecision(), decide('2026-06-10', 'doNotApprove')).outcome).toMatch(/needs a qualifying determination first/);
    expect(errors(atDecision(), decide('2026-06-10', 'approve', { ...TYPED, ageTo: '5' }))['terms.types']).toMatch(/is a qualifying determination/);
  });

  it('lets the decision maker approve where the panel did not recommend it: that needs no determination', () => {
    const h = atDecision({ recommendation: 'doNotApprove', recommendedTerms: undefined });
    expect(errors(h, decide('2026-06-10', 'approve'))['terms.types']).toBe('Enter the terms of approval');
    expect(then(h, decide('2026-06-10', 'approve', TYPED)).stage).toBe('approved');
    expect(errors(h, qd('2026-06-10', 'otherTerms')).mindedTo).toMatch(/did not recommend approval/);
  });

  it('records a qualifying determination with its reasons and decision maker, and opens 28 days', () => {
    const refusedReasons = errors(atDecision(), { ...qd('2026-06-10'), reasons: ' ', maker: { name: '', role: 'ADM' } } as MoveRequest);
    expect(refusedReasons).toMatchObject({ reasons: 'Enter the reasons: the applicant receives them in writing', 'maker.name': "Enter the agency decision maker's name" });
    const h = then(atDecision(), qd('2026-06-10'));
    expect(h.assessment.decision?.qualifying).toMatchObject({ on: '2026-06-10', mindedTo: 'notApprove', maker: ADM });
    expect(h.assessment.decision?.qualifyingDeterminationOn).toBe('2026-06-10');
    expect(decisionStepText(decisionStep(h.assessment, '2026-06-20'))).toBe('Waiting for representations or an IRM application (until 8 July 2026)');
    expect(errors(h, qd('2026-06-11')).form).toBe('A qualifying determination is already recorded');
  });

  it('keeps proposed terms that differ from the panel’s, and refuses the same terms as a determination', () => {
    const h = then(atDecision(), qd('2026-06-10', 'otherTerms'));
    expect(h.assessment.decision?.qualifying?.proposedTerms).toEqual({ ...TERMS, numberOfChildren: 1 });
    const same = { ...qd('2026-06-10', 'otherTerms'), terms: TYPED } as MoveRequest;
    expect(errors(atDecision(), same)['terms.types']).toMatch(/are the terms the panel recommended/);
  });

  it('never decides inside the 28 days; the day after they close, with neither route, it may', () => {
    const h = then(atDecision(), qd('2026-06-10'));
    expect(representationsCloseOn('2026-06-10')).toBe('2026-07-08');
    expect(errors(h, decide('2026-07-08', 'doNotApprove')).form).toMatch(/until 8 July 2026 .* from 9 July 2026/);
    const refused = then(h, decide('2026-07-09', 'doNotApprove'));
    expect(refused).toMatchObject({ state: 'notApproved', outcomeCode: 'notApprovedAfterQd', stage: 'decision' });
    expect(decisionOpensOn(h.assessment, '2026-07-09')).toEqual({ ok: true, from: '2026-07-09' });
  });

  it('counts the 28 days over month ends and leap days', () => {
    expect(representationsCloseOn('2028-02-01')).toBe('2028-02-29');
    expect(representationsCloseOn('2027-02-01')).toBe('2027-03-01');
    expect(representationsCloseOn('2026-12-15')).toBe('2027-01-12');
  });

  it('sends representations back to panel, then lets the decision maker decide either way', () => {
    let h = then(atDecision(), qd('2026-06-10'));
    expect(errors(h, { kind: 'representations', on: '2026-07-09' }).on).toMatch(/28 days closed on 8 July 2026/);
    h = then(h, { kind: 'representations', on: '2026-07-01' });
    expect(errors(h, { kind: 'independentReview', on: '2026-07-02' }).form).toMatch(/already made representations/);
    expect(decisionStepText(decisionStep(h.assessment, '2026-07-20'))).toBe('Representations received 1 July 2026: waiting for panel to reconsider');
    expect(errors(h, decide('2026-08-01', 'approve')).form).toMatch(/back to panel/);
    h = then(h, { kind: 'reviewOutcome', on: '2026-08-03', recommendation: 'approve' });
    expect(errors(h, decide('2026-08-01', 'approve')).on).toBe('Date of the move must be the same as or after 3 August 2026, the last move');
    const approved = then(h, decide('2026-08-05', 'approve'));
    expect(approved).toMatchObject({ stage: 'approved', state: 'active' });
    expect(approved.assessment.decision?.representations).toEqual({ on: '2026-07-01', panelOn: '2026-08-03', recommendation: 'approve' });
  });

  it('waits for the Independent Review Mechanism, then records the final decision after it', () => {
    let h = then(atDecision(), qd('2026-06-10'));
    h = then(h, { kind: 'independentReview', on: '2026-06-30' });
    expect(decisionStep(h.assessment, '2026-12-01')).toMatchObject({ step: 'awaitingReview', route: 'irm' });
    expect(errors(h, decide('2026-09-01', 'doNotApprove')).form).toMatch(/Independent Review Mechanism's recommendation/);
    expect(errors(h, { kind: 'reviewOutcome', on: '2026-06-29', recommendation: 'approve' }).on).toMatch(/30 June 2026/);
    h = then(h, { kind: 'reviewOutcome', on: '2026-08-20', recommendation: 'approve' });
    // The IRM only recommends: the decision maker may still not approve, with the determination behind it.
    expect(then(h, decide('2026-08-24', 'doNotApprove'))).toMatchObject({ state: 'notApproved', outcomeCode: 'notApprovedAfterQd' });
  });

  it('warns, as the date is typed, when the decision falls over 7 working days after the final minutes', () => {
    // Final minutes Monday 8 June 2026: 7 working days later is Wednesday 17 June.
    const a = atDecision().assessment;
    expect(decisionDateWarning(a, '2026-06-17')).toBeUndefined();
    expect(decisionDateWarning(a, '2026-06-18')).toMatch(/^Warning: this is after 17 June 2026, 7 working days after the final minutes/);
    expect(decisionDateWarning(a, '2026-06-3')).toBeUndefined();
    // After a qualifying determination the decision waits for the applicant: no warning.
    expect(decisionDateWarning(then(atDecision(), qd('2026-06-10')).assessment, '2026-08-01')).toBeUndefined();
  });

  it('offers a refusal only after a determination, and approves on the terms the panel recommended unless others were proposed', () => {
    expect(decisionOutcomesOpen(atDecision().assessment.decision)).toEqual(['approve']);
    const qdMade = then(atDecision(), qd('2026-06-10'));
    expect(decisionOutcomesOpen(qdMade.assessment.decision)).toEqual(['approve', 'doNotApprove']);
    expect(termsWithoutTyping(atDecision().assessment)).toEqual(TERMS);
    expect(termsWithoutTyping(atDecision({ recommendation: 'doNotApprove', recommendedTerms: undefined }).assessment)).toBeUndefined();
    expect(termsWithoutTyping(then(atDecision(), qd('2026-06-10', 'otherTerms')).assessment)).toBeUndefined();
  });
});
