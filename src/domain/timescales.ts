import { isCheckDone } from './checks';
import { addDays, addMonths, daysBetween, isIsoDate, type IsoDate } from './dates';
import { qualifyingOn, representationsCloseOn, reviewRoute } from './decision-route';
import { isInPipeline, type Check, type Household } from './household';
import { AT_RISK_DAYS, type LocalTargets } from './settings';
import { temporaryApprovalLastDay, temporaryApprovalSettledOn } from './temporary-approval-days';
import { holdPeriods, pausedDueOn, type HoldMove, type HoldPeriod } from './hold-periods';
import { addWorkingDays } from './working-days';

/** National rules come from regulations and standards; local targets are the service's settings. */
export type DeadlineBasis = 'national' | 'local';

export type DeadlineKey =
  | 'enquiryReply'
  | 'initialVisit'
  | 'application'
  | 'stage1'
  | 'proceedDecision'
  | 'stage2'
  | 'panelWithin8Months'
  | 'panelPapers'
  | 'decisionAfterPanel'
  | 'decisionAfterReview'
  | 'temporaryApproval';

export interface Deadline {
  key: DeadlineKey;
  label: string;
  basis: DeadlineBasis;
  /** Where the rule comes from, shown beside it. */
  source: string;
  dueOn: IsoDate;
  /** From this day until the due date an unmet deadline is at risk (see `atRiskFrom`). */
  atRiskOn: IsoDate;
  metOn?: IsoDate;
}

export type TimescaleStatus = 'onTrack' | 'atRisk' | 'breached';
export type DeadlineStatus = TimescaleStatus | 'met' | 'metLate';

export const TIMESCALE_STATUS_LABELS: Record<TimescaleStatus, string> = {
  onTrack: 'On track',
  atRisk: 'At risk',
  breached: 'Breached',
};

export const DEADLINE_STATUS_LABELS: Record<DeadlineStatus, string> = {
  ...TIMESCALE_STATUS_LABELS,
  met: 'Met',
  metLate: 'Met late',
};

/** Said as a breach once the last day has passed: a lapsed approval leaves only these two ways. */
export const TEMPORARY_APPROVAL_DEADLINE = 'Temporary approval: decide it by this last day, or the placement must end';

/**
 * The date the last stage 1 check came back, once every check is done. A stage 1 in which every
 * check was marked not needed is complete too: from the day stage 1 started, as nothing was awaited.
 */
export function checksCompletedOn(checks: Check[], stage1StartedOn?: IsoDate): IsoDate | undefined {
  if (checks.length === 0 || !checks.every(isCheckDone)) return undefined;
  const received = checks.map((c) => c.receivedOn).filter((d): d is IsoDate => Boolean(d));
  return received.length ? received.reduce((a, b) => (a > b ? a : b)) : stage1StartedOn;
}

/** The day the decision maker may decide after a qualifying determination, once it is known. */
function reviewStart(a: Household['assessment']): IsoDate | undefined {
  const qdOn = qualifyingOn(a.decision);
  if (!qdOn) return undefined;
  const chosen = reviewRoute(a.decision);
  if (chosen) return chosen.review.recommendation ? chosen.review.panelOn : undefined;
  return representationsCloseOn(qdOn);
}

/** Every deadline that applies to the household so far, met or not, in the order they fall due. */
export function householdDeadlines(h: Household, checks: Check[], targets: LocalTargets, moves: readonly HoldMove[] = []): Deadline[] {
  const a = h.assessment;
  const out: Deadline[] = [];
  const holds = holdPeriods(moves);
  const add = ({ startOn, ...d }: Omit<Deadline, 'atRiskOn'> & { startOn: IsoDate | undefined }) => {
    const held = heldDuring(startOn, d, holds);
    out.push({ ...held, atRiskOn: atRiskFrom(startOn, held.dueOn, targets.atRiskPercent) });
  };

  add({
    key: 'enquiryReply',
    label: 'Reply to the enquiry',
    basis: 'local',
    source: `Local target: ${targets.enquiryReplyWorkingDays} working day${targets.enquiryReplyWorkingDays === 1 ? '' : 's'}`,
    startOn: h.enquiryOn,
      dueOn: addWorkingDays(h.enquiryOn, targets.enquiryReplyWorkingDays),
    metOn: a.repliedOn ?? a.initialVisitOn ?? a.applicationOn,
  });
  add({
    key: 'initialVisit',
    label: 'Initial visit',
    basis: 'local',
    source: `Local target: ${targets.initialVisitWorkingDays} working days of the enquiry`,
    startOn: h.enquiryOn,
      dueOn: addWorkingDays(h.enquiryOn, targets.initialVisitWorkingDays),
    metOn: a.initialVisitOn ?? a.applicationOn,
  });
  // Optional: without it a household has no next date between the visit and the application.
  if (targets.applicationWorkingDays > 0 && a.initialVisitOn) {
    add({
      key: 'application',
      label: 'Application received',
      basis: 'local',
      source: `Local target: ${targets.applicationWorkingDays} working day${targets.applicationWorkingDays === 1 ? '' : 's'} of the initial visit`,
      startOn: a.initialVisitOn,
      dueOn: addWorkingDays(a.initialVisitOn, targets.applicationWorkingDays),
      metOn: a.applicationOn,
    });
  }
  if (a.stage1StartedOn) {
    add({
      key: 'stage1',
      label: 'Stage 1 checks complete',
      basis: 'local',
      source: `Local target: ${targets.stage1Months} months`,
      startOn: a.stage1StartedOn,
      dueOn: addMonths(a.stage1StartedOn, targets.stage1Months),
      metOn: checksCompletedOn(checks, a.stage1StartedOn),
    });
  }
  const checksBack = checksCompletedOn(checks, a.stage1StartedOn);
  if (checksBack) {
    add({
      key: 'proceedDecision',
      label: 'Decision to proceed to stage 2',
      basis: 'local',
      source: `Local target: ${targets.proceedDecisionWorkingDays} working days of the checks coming back`,
      startOn: checksBack,
      dueOn: addWorkingDays(checksBack, targets.proceedDecisionWorkingDays),
      metOn: a.proceedDecisionOn,
    });
  }
  if (a.stage2StartedOn) {
    add({
      key: 'stage2',
      label: 'Stage 2 assessment complete',
      basis: 'local',
      source: `Local target: ${targets.stage2Months} months`,
      startOn: a.stage2StartedOn,
      dueOn: addMonths(a.stage2StartedOn, targets.stage2Months),
      metOn: a.reportCompletedOn,
    });
  }
  if (a.applicationOn) {
    add({
      key: 'panelWithin8Months',
      label: 'Panel recommendation',
      basis: 'national',
      source: 'National Minimum Standard 14.4: within 8 months of the application',
      startOn: a.applicationOn,
      dueOn: addMonths(a.applicationOn, 8),
      metOn: a.panel?.recommendation ? a.panel.panelOn : undefined,
    });
  }
  if (a.panel?.panelOn) {
    add({
      key: 'panelPapers',
      label: 'Panel papers sent',
      basis: 'national',
      source: 'National Minimum Standard 14.3: at least 5 working days before panel',
      startOn: undefined,
      dueOn: addWorkingDays(a.panel.panelOn, -5),
      metOn: a.panel.papersSentOn,
    });
  }
  if (a.panel?.minutesReceivedOn) {
    add({
      key: 'decisionAfterPanel',
      label: 'Agency decision',
      basis: 'national',
      source: 'National Minimum Standard 14: within 7 working days of the final panel minutes',
      startOn: a.panel.minutesReceivedOn,
      dueOn: addWorkingDays(a.panel.minutesReceivedOn, 7),
      metOn: a.decision?.qualifyingDeterminationOn ?? a.decision?.decidedOn,
    });
  }
  // The 28 days after a qualifying determination are the applicant's, not a deadline for the
  // service: its target starts when they close unused, or when the panel that heard the case has met.
  const reviewed = reviewStart(a);
  if (reviewed) {
    add({
      key: 'decisionAfterReview',
      label: 'Agency decision after the qualifying determination',
      basis: 'local',
      source: `Local target: ${targets.decisionAfterReviewWorkingDays} working days after the 28 days close, or after the panel that heard representations or the IRM`,
      startOn: reviewed,
      dueOn: addWorkingDays(reviewed, targets.decisionAfterReviewWorkingDays),
      metOn: a.decision?.decidedOn,
    });
  }
  if (h.kind === 'connected' && a.temporaryApproval && isIsoDate(a.temporaryApproval.startOn)) {
    add({
      key: 'temporaryApproval',
      label: TEMPORARY_APPROVAL_DEADLINE,
      basis: 'national',
      source: 'Care Planning Regulations 24 and 25: 16 weeks, extendable once by up to 8; goes on while an independent review is pending',
      startOn: a.temporaryApproval.startOn,
      dueOn: temporaryApprovalLastDay(a.temporaryApproval),
      metOn: temporaryApprovalSettledOn(a),
    });
  }
  return out.sort((x, y) => (x.dueOn < y.dueOn ? -1 : x.dueOn > y.dueOn ? 1 : 0));
}

/**
 * A hold pauses the service's own targets (moved later by the days held) and never a national
 * clock, which says beside it that it kept running, so the hold reads as the reason.
 */
function heldDuring(startOn: IsoDate | undefined, d: Omit<Deadline, 'atRiskOn'>, holds: readonly HoldPeriod[]): Omit<Deadline, 'atRiskOn'> {
  if (!startOn || holds.length === 0) return d;
  if (d.basis === 'local') {
    const { dueOn, pausedDays } = pausedDueOn(startOn, d.dueOn, d.metOn, holds);
    return pausedDays ? { ...d, dueOn, source: `${d.source}; moved ${pausedDays} day${pausedDays === 1 ? '' : 's'} later for the time on hold` } : d;
  }
  const end = d.metOn ?? d.dueOn;
  const overlaps = holds.some((hold) => hold.from <= end && hold.to > startOn);
  return overlaps ? { ...d, source: `${d.source}; a national timescale, it kept running while the household was on hold` } : d;
}

/**
 * The first day a deadline is at risk: the last share of its time, from its start to its due
 * date, whole days only, so a 1-working-day reply is at risk on its due date and not the moment
 * the enquiry is saved. With no known start, the fixed days before.
 */
export function atRiskFrom(startOn: IsoDate | undefined, dueOn: IsoDate, percent: number): IsoDate {
  if (!startOn || startOn > dueOn) return addDays(dueOn, -AT_RISK_DAYS);
  return addDays(dueOn, -Math.floor((daysBetween(startOn, dueOn) * percent) / 100));
}

export function deadlineStatus(d: Deadline, today: IsoDate): DeadlineStatus {
  if (d.metOn) return d.metOn <= d.dueOn ? 'met' : 'metLate';
  if (d.dueOn < today) return 'breached';
  return today >= d.atRiskOn ? 'atRisk' : 'onTrack';
}

/**
 * Whether a deadline still counts for the household: met, or the household is still in the
 * pipeline, or it fell due before the household left (a breach that really happened). A deadline
 * that would have fallen due after a withdrawal or closure never applied.
 */
export function deadlineApplies(h: Pick<Household, 'state' | 'stage' | 'lastMoveOn'>, d: Deadline): boolean {
  return Boolean(d.metOn) || isInPipeline(h) || d.dueOn <= h.lastMoveOn;
}

/** Unmet deadlines, soonest first. */
export function openDeadlines(deadlines: Deadline[]): Deadline[] {
  return deadlines.filter((d) => !d.metOn);
}

/** The worst status among the open deadlines; a household with none open is on track. */
export function timescaleStatus(deadlines: Deadline[], today: IsoDate): TimescaleStatus {
  let worst: TimescaleStatus = 'onTrack';
  for (const d of openDeadlines(deadlines)) {
    const s = deadlineStatus(d, today);
    if (s === 'breached') return 'breached';
    if (s === 'atRisk') worst = 'atRisk';
  }
  return worst;
}

/** The next deadline to keep on the household row, or none once it has left the line. */
export function nextDeadline(h: Household, deadlines: Deadline[]): Deadline | undefined {
  if (!isInPipeline(h)) return undefined;
  return openDeadlines(deadlines)[0];
}

/**
 * The first day any open deadline is at risk, kept on the row beside the next deadline: a later
 * deadline on a longer clock can be at risk before the next one is.
 */
export function firstAtRiskOn(h: Household, deadlines: Deadline[]): IsoDate | undefined {
  if (!isInPipeline(h)) return undefined;
  return openDeadlines(deadlines)
    .map((d) => d.atRiskOn)
    .reduce<IsoDate | undefined>((a, b) => (a === undefined || b < a ? b : a), undefined);
}

/**
 * The status a row shows from its stored next deadline alone (no checks needed). A row stored
 * before the at-risk share existed has no at-risk day: the fixed days before stand in.
 */
export function statusFromNextDeadline(nextDeadlineOn: IsoDate | undefined, firstAtRiskOn: IsoDate | undefined, today: IsoDate): TimescaleStatus {
  if (!nextDeadlineOn) return 'onTrack';
  if (nextDeadlineOn < today) return 'breached';
  return today >= (firstAtRiskOn ?? addDays(nextDeadlineOn, -AT_RISK_DAYS)) ? 'atRisk' : 'onTrack';
}
