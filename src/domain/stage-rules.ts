import { checksNotStanding, isCheckDone, type CheckRules } from './checks';
import { CLOSURE_CODES, ENDING_STAGES, endingCodesFor, endingText, isEndingCode, isKeyOf, type EndingCode } from './codes';
import { formatDate, isIsoDate, type IsoDate } from './dates';
import { decisionOpensOn, decisionStep, qualifyingOn, representationsCloseOn } from './decision-route';
import type { Assessment, Check, DecisionMaker, Household, MindedTo, Move, PanelRecommendation } from './household';
import { emptyTermsInput, sameTerms, validateTerms, type TermsInput, type TermsOfApproval } from './terms';
import { STAGE_LABELS, isOpen, nextStage, previousStage, type LineState, type Stage } from './stages';
import { notRealDate } from './date-parts';

export type MoveRequest =
  | { kind: 'forward'; on: IsoDate }
  | { kind: 'back'; on: IsoDate; reason: string }
  | { kind: 'hold'; on: IsoDate; holdUntil: IsoDate; reason?: string }
  | { kind: 'resume'; on: IsoDate }
  | { kind: 'withdraw'; on: IsoDate; code: EndingCode | ''; reason: string }
  | { kind: 'close'; on: IsoDate; code: EndingCode | ''; reason: string; noticeOn?: IsoDate }
  | { kind: 'reopen'; on: IsoDate; reason: string }
  | {
      kind: 'qualifyingDetermination';
      on: IsoDate;
      mindedTo: MindedTo | '';
      reasons: string;
      maker: Partial<DecisionMaker>;
      terms?: TermsInput;
    }
  | { kind: 'representations' | 'independentReview'; on: IsoDate }
  | { kind: 'reviewOutcome'; on: IsoDate; recommendation: PanelRecommendation | '' }
  | {
      kind: 'decision';
      on: IsoDate;
      outcome: 'approve' | 'doNotApprove' | '';
      /** Needed only when the decision maker approves where the panel did not recommend it. */
      terms?: TermsInput;
      maker: Partial<DecisionMaker>;
      reason?: string;
    };

export interface MoveContext {
  household: Household;
  checks: Check[];
  today: IsoDate;
  /** Check slots the household should have but has not raised yet (from `missingChecks`). */
  missingChecks?: number;
  /** Check types and the panel date, so expired checks hold up panel and the decision. */
  checkRules?: CheckRules;
}

/** What a valid move changes: the move to append and the household fields to write. */
export interface PlannedMove {
  move: Omit<Move, 'id' | 'householdId' | 'by' | 'at'>;
  changes: Pick<Household, 'stage' | 'state' | 'stageEnteredOn' | 'lastMoveOn' | 'assessment'> &
    Partial<Pick<Household, 'holdUntil' | 'outcomeCode'>>;
  /** Entering stage 1 raises the checks the service's list requires, with the move. */
  raiseChecks?: true;
}

/** Errors keyed by the form field they belong to; `form` is for the request as a whole. */
export type MoveErrors = Record<string, string>;

export type MoveResult = { ok: true; plan: PlannedMove } | { ok: false; errors: MoveErrors };

/** "Form F" for mainstream households, "Form C" for connected people. */
export function assessmentReportName(household: Pick<Household, 'kind'>): string {
  return household.kind === 'connected' ? 'Form C' : 'Form F';
}

/**
 * Why a household cannot go forward to the next stage right now, if anything stops it. `rules`
 * (check types, today, panel date) let an expired check or one running out before panel count too.
 */
export function forwardBlockers(household: Household, checks: Check[], missingChecks = 0, rules?: CheckRules): string[] {
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
    blockers.push(...checksNotStanding(checks, rules, 'Panel'));
    if (!household.assessment.reportCompletedOn) {
      blockers.push(`Panel needs stage 2 complete: record the date the ${assessmentReportName(household)} was completed`);
    }
  }
  if (to === 'decision' && !household.assessment.panel?.recommendation) {
    blockers.push("Decision needs the panel's recommendation recorded");
  }
  if (to === 'decision') blockers.push(...checksNotStanding(checks, rules, 'Decision'));
  return blockers;
}

function checkDate(on: IsoDate, household: Household, today: IsoDate, errors: MoveErrors): void {
  if (!on) errors.on = 'Enter the date of the move';
  else if (!isIsoDate(on)) errors.on = notRealDate(on, 'Date of the move');
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

/**
 * Stage dates the assessment records when a household first reaches a stage. Stage 2 started while
 * stage 1 checks are still out runs in parallel: that is not the decision to proceed, which waits
 * for the checks.
 */
function stampStage(assessment: Assessment, to: Stage, on: IsoDate, checksDone: boolean): Assessment {
  const a = { ...assessment };
  if (to === 'initialVisit') a.initialVisitOn ??= on;
  if (to === 'application') a.applicationOn ??= on;
  if (to === 'stage1') a.stage1StartedOn ??= on;
  if (to === 'stage2') {
    a.stage2StartedOn ??= on;
    if (checksDone) a.proceedDecisionOn ??= on;
  }
  return a;
}

/** The decision maker is named on every determination: their name and role. */
function validateMaker(maker: Partial<DecisionMaker>, errors: MoveErrors): DecisionMaker | undefined {
  const name = maker.name?.trim() ?? '';
  const role = maker.role?.trim() ?? '';
  if (!name) errors['maker.name'] = "Enter the agency decision maker's name";
  else if (name.length > 100) errors['maker.name'] = "Decision maker's name must be 100 characters or fewer";
  if (!role) errors['maker.role'] = "Enter the agency decision maker's role";
  else if (role.length > 100) errors['maker.role'] = "Decision maker's role must be 100 characters or fewer";
  return name && role && name.length <= 100 && role.length <= 100 ? { name, role } : undefined;
}

function checkEnding(request: { kind: 'withdraw' | 'close'; code: string }, stage: Stage, errors: MoveErrors): void {
  const what = request.kind === 'withdraw' ? 'withdrawal reason' : 'closure reason';
  if (!request.code) {
    errors.code = `Select the ${what}`;
    return;
  }
  const ofKind = isEndingCode(request.code) && (request.kind === 'withdraw') === !isKeyOf(CLOSURE_CODES, request.code);
  if (!ofKind) errors.code = `"${endingText(request.code)}" is not a ${what}: select one from the list`;
  else if (!endingCodesFor(request.kind, stage).includes(request.code as EndingCode)) {
    const where = ENDING_STAGES[request.code as EndingCode].map((s) => STAGE_LABELS[s]).join(', ');
    errors.code = where ? `"${endingText(request.code)}" is only for a household at ${where}` : `"${endingText(request.code)}" cannot be chosen: select another ${what}`;
  }
}

/** A withdrawn or closed household picks up where it left off, with a reason; its history stays. */
function planReopen(h: Household, request: { on: IsoDate; reason: string }, today: IsoDate): MoveResult {
  const errors: MoveErrors = {};
  if (h.state !== 'withdrawn' && h.state !== 'closed') {
    errors.form = h.state === 'notApproved' ? 'A household not approved after a qualifying determination cannot be reopened: it starts again with a new enquiry' : 'Only a withdrawn or closed household can be reopened';
  }
  checkDate(request.on, h, today, errors);
  if (!request.reason?.trim()) errors.reason = 'Enter why the household is being reopened';
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    plan: {
      move: { kind: 'reopen', from: h.stage, to: h.stage, stateAfter: 'active', on: request.on, reason: request.reason.trim() },
      changes: { stage: h.stage, state: 'active', stageEnteredOn: h.stageEnteredOn, lastMoveOn: request.on, assessment: h.assessment, holdUntil: undefined, outcomeCode: undefined },
    },
  };
}

function planQualifying(h: Household, request: Extract<MoveRequest, { kind: 'qualifyingDetermination' }>, errors: MoveErrors) {
  const panel = h.assessment.panel;
  if (h.stage !== 'decision') errors.form = 'A qualifying determination is made at the decision stage, after panel';
  else if (qualifyingOn(h.assessment.decision)) errors.form = 'A qualifying determination is already recorded';
  else if (!panel?.minutesReceivedOn) errors.form = 'The decision maker decides on the final panel minutes: record the date they were received first';
  else if (!errors.on && request.on < panel.minutesReceivedOn) {
    errors.on = `Date must be the same as or after the final minutes were received, ${formatDate(panel.minutesReceivedOn)}`;
  }
  const maker = validateMaker(request.maker, errors);
  const reasons = request.reasons.trim();
  if (!reasons) errors.reasons = 'Enter the reasons: the applicant receives them in writing';
  let proposedTerms: TermsOfApproval | undefined;
  if (request.mindedTo !== 'notApprove' && request.mindedTo !== 'otherTerms') errors.mindedTo = 'Select what the decision maker is minded to do';
  else if (request.mindedTo === 'otherTerms') {
    if (panel?.recommendation !== 'approve') errors.mindedTo = 'The panel did not recommend approval: approving is a decision, not a qualifying determination';
    proposedTerms = checkTerms(request.terms, h, request.on, errors);
    if (proposedTerms && panel?.recommendedTerms && sameTerms(proposedTerms, panel.recommendedTerms)) {
      errors['terms.types'] = 'These are the terms the panel recommended: approving on them is a decision, not a qualifying determination';
    }
  }
  if (!maker || Object.keys(errors).length || !request.mindedTo) return undefined;
  return { on: request.on, mindedTo: request.mindedTo, reasons, maker, ...(proposedTerms ? { proposedTerms } : {}) };
}

function planDecision(ctx: MoveContext, request: Extract<MoveRequest, { kind: 'decision' }>, errors: MoveErrors) {
  const h = ctx.household;
  const panel = h.assessment.panel;
  if (h.stage !== 'decision') {
    errors.form = 'The decision is recorded at the decision stage, after panel';
    return undefined;
  }
  if (!panel?.recommendation) {
    errors.form = "Decision needs the panel's recommendation recorded";
    return undefined;
  }
  const opens = decisionOpensOn(h.assessment, request.on || today0(h));
  if (!opens.ok) errors.form = opens.why;
  else if (!errors.on && request.on < opens.from) errors.on = `Date of the decision must be the same as or after ${formatDate(opens.from)}`;
  const maker = validateMaker(request.maker, errors);
  if (request.outcome !== 'approve' && request.outcome !== 'doNotApprove') {
    errors.outcome = 'Select the decision';
    return undefined;
  }
  const qualifying = qualifyingOn(h.assessment.decision);
  if (request.outcome === 'doNotApprove' && !qualifying) {
    errors.outcome = "Not approving needs a qualifying determination first: record the decision maker's reasons, and the applicant then has 28 days";
  }
  let terms: TermsOfApproval | undefined;
  if (request.outcome === 'approve') {
    // A check that has run out, or a concern not considered, cannot stand behind an approval.
    const notStanding = checksNotStanding(ctx.checks, ctx.checkRules, 'Decision');
    if (notStanding.length) errors.form = notStanding.join('. ');
    const recommended = panel.recommendation === 'approve' ? panel.recommendedTerms : undefined;
    terms = request.terms ? checkTerms(request.terms, h, request.on, errors) : recommended;
    if (!terms && !request.terms) errors['terms.types'] = 'Enter the terms of approval';
    if (terms && recommended && !qualifying && !sameTerms(terms, recommended)) {
      errors['terms.types'] = 'Approving on terms other than those the panel recommended is a qualifying determination: record it first';
    }
  }
  if (!maker || Object.keys(errors).length) return undefined;
  return { outcome: request.outcome, maker, terms };
}

/** An empty decision date is refused by `checkDate`; the route is still read as of the last move. */
function today0(h: Household): IsoDate {
  return h.lastMoveOn;
}

/**
 * Checks a move against the stage rules and, if it is allowed, says exactly what it writes.
 * Pure: the data layer applies the plan in one transaction with its audit event.
 */
export function planMove(ctx: MoveContext, request: MoveRequest): MoveResult {
  const { household: h, checks, today } = ctx;
  const errors: MoveErrors = {};
  if (request.kind === 'reopen') return planReopen(h, request, today);
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
  let raiseChecks = false;
  const move: PlannedMove['move'] = { kind: request.kind, from: h.stage, to: h.stage, stateAfter: h.state, on: request.on };

  switch (request.kind) {
    case 'forward': {
      const next = nextStage(h.stage);
      if (!next || h.stage === 'decision') {
        errors.form = h.stage === 'decision' ? 'Record the decision to move on from the decision stage' : 'This household is already approved';
        break;
      }
      const blockers = forwardBlockers(h, checks, ctx.missingChecks, ctx.checkRules);
      if (blockers.length) errors.form = blockers.join('. ');
      to = next;
      raiseChecks = next === 'stage1';
      assessment = stampStage(assessment, next, request.on, checks.length > 0 && checks.every(isCheckDone));
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
      else if (!isIsoDate(request.holdUntil)) errors.holdUntil = notRealDate(request.holdUntil, 'Return date');
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
      checkEnding(request, h.stage, errors);
      if (!request.reason?.trim()) errors.reason = 'Enter a note about why the application ended';
      if (request.kind === 'close' && request.code === 'unsuitableStage1') {
        const notice = request.noticeOn?.trim();
        if (!notice) errors.noticeOn = 'Enter the date of the written notice to the applicants';
        else if (!isIsoDate(notice)) errors.noticeOn = notRealDate(notice, 'Date of the written notice');
        else if (notice > today) errors.noticeOn = 'Date of the written notice must be today or in the past';
        else if (h.assessment.stage1StartedOn && notice < h.assessment.stage1StartedOn) {
          errors.noticeOn = `Date of the written notice must be the same as or after stage 1 started, ${formatDate(h.assessment.stage1StartedOn)}`;
        }
        move.noticeOn = notice || undefined;
      }
      stateAfter = request.kind === 'withdraw' ? 'withdrawn' : 'closed';
      holdUntil = undefined;
      outcomeCode = request.code || undefined;
      move.code = request.code || undefined;
      move.reason = request.reason?.trim();
      break;
    }
    case 'qualifyingDetermination': {
      const qualifying = planQualifying(h, request, errors);
      if (qualifying) {
        assessment = { ...assessment, decision: { ...assessment.decision, qualifying, qualifyingDeterminationOn: qualifying.on } };
        move.code = qualifying.mindedTo;
        move.reason = qualifying.reasons;
      }
      break;
    }
    case 'representations':
    case 'independentReview': {
      const qdOn = qualifyingOn(h.assessment.decision);
      const route = request.kind === 'representations' ? 'representations' : 'irm';
      if (h.stage !== 'decision' || !qdOn) errors.form = 'Representations and IRM applications follow a qualifying determination';
      else if (h.assessment.decision?.representations || h.assessment.decision?.irm) {
        errors.form = h.assessment.decision.irm
          ? 'The applicant has already applied to the Independent Review Mechanism: only one route is open'
          : 'The applicant has already made representations: only one route is open';
      } else if (!errors.on && request.on < qdOn) errors.on = `Date must be the same as or after the qualifying determination, ${formatDate(qdOn)}`;
      else if (!errors.on && request.on > representationsCloseOn(qdOn)) {
        errors.on = `The 28 days closed on ${formatDate(representationsCloseOn(qdOn))}: the decision maker can now decide`;
      }
      assessment = { ...assessment, decision: { ...assessment.decision, [route]: { on: request.on } } };
      break;
    }
    case 'reviewOutcome': {
      const step = decisionStep(h.assessment, today);
      if (step.step !== 'awaitingReview') errors.form = 'There are no representations or IRM application waiting for a recommendation';
      else {
        if (!errors.on && request.on < step.review.on) errors.on = `Date of the panel must be the same as or after ${formatDate(step.review.on)}`;
        if (request.recommendation !== 'approve' && request.recommendation !== 'doNotApprove') errors.recommendation = 'Select the recommendation';
        const key = step.route === 'irm' ? 'irm' : 'representations';
        assessment = {
          ...assessment,
          decision: { ...assessment.decision, [key]: { ...step.review, panelOn: request.on, recommendation: request.recommendation || undefined } },
        };
        move.code = request.recommendation || undefined;
      }
      break;
    }
    case 'decision': {
      const decided = planDecision(ctx, request, errors);
      if (!decided) break;
      assessment = {
        ...assessment,
        decision: { ...assessment.decision, decidedOn: request.on, outcome: decided.outcome, maker: decided.maker },
        ...(decided.terms ? { terms: decided.terms } : {}),
      };
      if (decided.outcome === 'approve') to = 'approved';
      else {
        stateAfter = 'notApproved';
        outcomeCode = 'notApprovedAfterQd';
      }
      move.code = decided.outcome;
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
      ...(raiseChecks ? { raiseChecks: true as const } : {}),
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
      return `Withdrew at ${STAGE_LABELS[move.from]} (${endingText(move.code)})`;
    case 'close':
      return `Closed at ${STAGE_LABELS[move.from]}: ${endingText(move.code)}`;
    case 'reopen':
      return `Reopened at ${STAGE_LABELS[move.to]}`;
    case 'qualifyingDetermination':
      return move.code === 'otherTerms'
        ? 'Qualifying determination: minded to approve on other terms. The 28 days for representations or an IRM application started'
        : 'Qualifying determination: minded not to approve. The 28 days for representations or an IRM application started';
    case 'representations':
      return 'Representations received: the case goes back to panel';
    case 'independentReview':
      return 'Applied to the Independent Review Mechanism';
    case 'reviewOutcome':
      return `Recommendation after review: ${move.code === 'approve' ? 'approve' : 'do not approve'}`;
    case 'decision':
      return move.code === 'approve' ? 'Approved by the agency decision maker' : 'Not approved by the agency decision maker';
  }
}
