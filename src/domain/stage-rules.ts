import { isCheckDone } from './checks';
import { CLOSURE_CODES, WITHDRAWAL_CODES, isKeyOf, type ClosureCode, type WithdrawalCode } from './codes';
import { formatDate, isIsoDate, type IsoDate } from './dates';
import type { Assessment, Check, Household, Move } from './household';
import { emptyTermsInput, validateTerms, type TermsInput, type TermsOfApproval } from './terms';
import { STAGE_LABELS, isOpen, nextStage, previousStage, type LineState, type Stage } from './stages';

export type MoveRequest =
  | { kind: 'forward'; on: IsoDate }
  | { kind: 'back'; on: IsoDate; reason: string }
  | { kind: 'hold'; on: IsoDate; holdUntil: IsoDate; reason?: string }
  | { kind: 'resume'; on: IsoDate }
  | { kind: 'withdraw'; on: IsoDate; code: WithdrawalCode | ''; reason: string }
  | { kind: 'close'; on: IsoDate; code: ClosureCode | ''; reason: string }
  | { kind: 'qualifyingDetermination'; on: IsoDate; reason?: string }
  | { kind: 'decision'; on: IsoDate; outcome: 'approve' | 'doNotApprove' | ''; terms?: TermsInput; reason?: string };

export interface MoveContext {
  household: Household;
  checks: Check[];
  today: IsoDate;
  /** Check slots the household should have but has not raised yet (from `missingChecks`). */
  missingChecks?: number;
}

/** What a valid move changes: the move to append and the household fields to write. */
export interface PlannedMove {
  move: Omit<Move, 'id' | 'householdId' | 'by' | 'at'>;
  changes: Pick<Household, 'stage' | 'state' | 'stageEnteredOn' | 'lastMoveOn' | 'assessment'> &
    Partial<Pick<Household, 'holdUntil' | 'outcomeCode'>>;
}

/** Errors keyed by the form field they belong to; `form` is for the request as a whole. */
export type MoveErrors = Record<string, string>;

export type MoveResult = { ok: true; plan: PlannedMove } | { ok: false; errors: MoveErrors };

/** "Form F" for mainstream households, "Form C" for connected people. */
export function assessmentReportName(household: Pick<Household, 'kind'>): string {
  return household.kind === 'connected' ? 'Form C' : 'Form F';
}

/** Why a household cannot go forward to the next stage right now, if anything stops it. */
export function forwardBlockers(household: Household, checks: Check[], missingChecks = 0): string[] {
  const to = nextStage(household.stage);
  const blockers: string[] = [];
  if (!to || household.stage === 'decision') return blockers;
  if (to === 'panel') {
    const outstanding = checks.filter((c) => !isCheckDone(c)).length;
    if (checks.length === 0) blockers.push('Panel needs the stage 1 checks raised and received');
    else if (outstanding > 0) {
      blockers.push(`Panel needs every stage 1 check received: ${outstanding} ${outstanding === 1 ? 'is' : 'are'} outstanding`);
    }
    if (checks.length > 0 && missingChecks > 0) {
      blockers.push(`Panel needs every stage 1 check raised: ${missingChecks} ${missingChecks === 1 ? 'has' : 'have'} not been raised`);
    }
    if (!household.assessment.reportCompletedOn) {
      blockers.push(`Panel needs stage 2 complete: record the date the ${assessmentReportName(household)} was completed`);
    }
  }
  if (to === 'decision' && !household.assessment.panel?.recommendation) {
    blockers.push("Decision needs the panel's recommendation recorded");
  }
  return blockers;
}

function checkDate(on: IsoDate, household: Household, today: IsoDate, errors: MoveErrors): void {
  if (!on) errors.on = 'Enter the date of the move';
  else if (!isIsoDate(on)) errors.on = 'Date of the move must be a real date';
  else if (on > today) errors.on = 'Date of the move must be today or in the past';
  else if (on < household.lastMoveOn) {
    errors.on = `Date of the move must be the same as or after ${formatDate(household.lastMoveOn)}, the last move`;
  }
}

/** Terms errors keyed as the move form's fields: `terms.ageFrom`. */
function checkTerms(terms: TermsInput | undefined, h: Household, on: IsoDate, errors: MoveErrors): TermsOfApproval | undefined {
  const result = validateTerms(terms ?? emptyTermsInput(), h, isIsoDate(on) ? on : undefined);
  if (result.ok) return result.value;
  for (const [field, message] of Object.entries(result.errors)) errors[`terms.${field}`] = message!;
  return undefined;
}

/** Stage dates the assessment records when a household first reaches a stage. */
function stampStage(assessment: Assessment, to: Stage, on: IsoDate): Assessment {
  const a = { ...assessment };
  if (to === 'initialVisit') a.initialVisitOn ??= on;
  if (to === 'application') a.applicationOn ??= on;
  if (to === 'stage1') a.stage1StartedOn ??= on;
  if (to === 'stage2') {
    a.stage2StartedOn ??= on;
    a.proceedDecisionOn ??= on;
  }
  return a;
}

/**
 * Checks a move against the stage rules and, if it is allowed, says exactly what it writes.
 * Pure: the data layer applies the plan in one transaction with its audit event.
 */
export function planMove(ctx: MoveContext, request: MoveRequest): MoveResult {
  const { household: h, checks, today } = ctx;
  const errors: MoveErrors = {};
  if (!isOpen(h.state)) {
    return { ok: false, errors: { form: `This household is ${h.state === 'notApproved' ? 'not approved' : h.state}: it cannot be moved` } };
  }
  if (h.state === 'onHold' && !['resume', 'withdraw', 'close'].includes(request.kind)) {
    return { ok: false, errors: { form: 'This household is on hold: take it off hold first' } };
  }
  checkDate(request.on, h, today, errors);

  let to: Stage = h.stage;
  let stateAfter: LineState = h.state;
  let assessment: Assessment = h.assessment;
  let holdUntil: IsoDate | undefined = h.holdUntil;
  let outcomeCode = h.outcomeCode;
  const move: PlannedMove['move'] = { kind: request.kind, from: h.stage, to: h.stage, stateAfter: h.state, on: request.on };

  switch (request.kind) {
    case 'forward': {
      const next = nextStage(h.stage);
      if (!next || h.stage === 'decision') {
        errors.form = h.stage === 'decision' ? 'Record the decision to move on from the decision stage' : 'This household is already approved';
        break;
      }
      const blockers = forwardBlockers(h, checks, ctx.missingChecks);
      if (blockers.length) errors.form = blockers.join('. ');
      to = next;
      assessment = stampStage(assessment, next, request.on);
      break;
    }
    case 'back': {
      const prev = previousStage(h.stage);
      if (!prev || h.stage === 'approved') errors.form = h.stage === 'approved' ? 'An approved household cannot go back a stage' : 'An enquiry is the first stage';
      if (!request.reason?.trim()) errors.reason = 'Enter why the household is going back a stage';
      to = prev ?? h.stage;
      move.reason = request.reason?.trim();
      break;
    }
    case 'hold': {
      if (h.stage === 'approved') errors.form = 'An approved household cannot be put on hold here';
      if (!request.holdUntil) errors.holdUntil = 'Enter the date the household expects to return';
      else if (!isIsoDate(request.holdUntil)) errors.holdUntil = 'Return date must be a real date';
      else if (request.on && request.holdUntil <= request.on) errors.holdUntil = 'Return date must be after the date of the move';
      stateAfter = 'onHold';
      holdUntil = request.holdUntil;
      move.holdUntil = request.holdUntil;
      move.reason = request.reason?.trim() || undefined;
      break;
    }
    case 'resume': {
      if (h.state !== 'onHold') errors.form = 'This household is not on hold';
      stateAfter = 'active';
      holdUntil = undefined;
      break;
    }
    case 'withdraw':
    case 'close': {
      if (h.stage === 'approved') errors.form = 'An approved household leaves by deregistration, not withdrawal';
      const table = request.kind === 'withdraw' ? WITHDRAWAL_CODES : CLOSURE_CODES;
      if (!isKeyOf(table, request.code)) errors.code = request.kind === 'withdraw' ? 'Select the withdrawal reason' : 'Select the closure reason';
      if (!request.reason?.trim()) errors.reason = 'Enter a note about why the application ended';
      stateAfter = request.kind === 'withdraw' ? 'withdrawn' : 'closed';
      holdUntil = undefined;
      outcomeCode = request.code || undefined;
      move.code = request.code || undefined;
      move.reason = request.reason?.trim();
      break;
    }
    case 'qualifyingDetermination': {
      if (h.stage !== 'decision') errors.form = 'A qualifying determination is made at the decision stage';
      else if (h.assessment.decision?.qualifyingDeterminationOn) errors.form = 'A qualifying determination is already recorded';
      assessment = { ...assessment, decision: { ...assessment.decision, qualifyingDeterminationOn: request.on } };
      move.reason = request.reason?.trim() || undefined;
      break;
    }
    case 'decision': {
      if (h.stage !== 'decision') errors.form = 'The decision is recorded at the decision stage, after panel';
      else if (!h.assessment.panel?.recommendation) errors.form = "Decision needs the panel's recommendation recorded";
      const panelOn = h.assessment.panel?.panelOn;
      if (!errors.on && panelOn && request.on < panelOn) errors.on = `Date of the decision must be the same as or after the panel on ${formatDate(panelOn)}`;
      if (request.outcome !== 'approve' && request.outcome !== 'doNotApprove') {
        errors.outcome = 'Select the decision';
        break;
      }
      const terms = request.outcome === 'approve' ? checkTerms(request.terms, h, request.on, errors) : undefined;
      assessment = {
        ...assessment,
        decision: { ...assessment.decision, decidedOn: request.on, outcome: request.outcome },
        ...(terms ? { terms } : {}),
      };
      if (request.outcome === 'approve') to = 'approved';
      else stateAfter = 'notApproved';
      move.code = request.outcome;
      move.reason = request.reason?.trim() || undefined;
      break;
    }
  }

  if (Object.keys(errors).length) return { ok: false, errors };
  move.to = to;
  move.stateAfter = stateAfter;
  if (holdUntil) move.holdUntil = holdUntil;
  return {
    ok: true,
    plan: {
      move,
      changes: {
        stage: to,
        state: stateAfter,
        stageEnteredOn: to !== h.stage ? request.on : h.stageEnteredOn,
        lastMoveOn: request.on,
        assessment,
        holdUntil,
        outcomeCode,
      },
    },
  };
}

/** Plain words for a move, for the timeline and confirmation banners. */
export function describeMove(move: Pick<Move, 'kind' | 'from' | 'to' | 'code' | 'holdUntil'>): string {
  switch (move.kind) {
    case 'forward':
      return `Moved to ${STAGE_LABELS[move.to]}`;
    case 'back':
      return `Moved back to ${STAGE_LABELS[move.to]}`;
    case 'hold':
      return `Put on hold until ${formatDate(move.holdUntil)}`;
    case 'resume':
      return 'Taken off hold';
    case 'withdraw':
      return `Withdrew at ${STAGE_LABELS[move.from]} (${move.code})`;
    case 'close':
      return `Closed at ${STAGE_LABELS[move.from]}: ${isKeyOf(CLOSURE_CODES, move.code) ? CLOSURE_CODES[move.code] : move.code ?? ''}`;
    case 'qualifyingDetermination':
      return 'Qualifying determination made: 28-day window started';
    case 'decision':
      return move.code === 'approve' ? 'Approved by the agency decision maker' : 'Not approved by the agency decision maker';
  }
}
