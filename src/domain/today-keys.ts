import { addDays, daysBetween, isIsoDate, type IsoDate } from './dates';
import { isInPipeline, type Household } from './household';
import { AT_RISK_DAYS } from './settings';
import { temporaryApprovalLastDay, temporaryApprovalSettledOn } from './temporary-approval-days';

/**
 * The index keys Today's lists read, worked out from what the household row already holds (its
 * next deadline and temporary approval), so each list reads only the rows it shows and counts
 * them on the index alone.
 */
export type TodayKeys = {
  /**
   * One `[day, next deadline]` key for every day the household is at risk: from its first at-risk
   * day to its next deadline. "At risk today" is then the keys starting with today, soonest
   * deadline first. The days are fixed dates, so nothing needs working out again as days pass.
   */
  atRiskKeys: [IsoDate, IsoDate][];
  /**
   * The last day of a temporary approval still waiting for its decision; undefined otherwise, so
   * a patch carrying it clears an old value.
   */
  temporaryApprovalDueOn: IsoDate | undefined;
};

/**
 * No clock runs longer than this, hold time included; a row claiming a longer at-risk time (a
 * damaged date) keeps only its last days, so one bad record cannot write an index without end.
 */
export const MAX_AT_RISK_DAYS = 3 * 366;

type Stored = Pick<Household, 'state' | 'stage' | 'kind' | 'assessment' | 'nextDeadlineOn' | 'nextDeadlineAtRiskOn'>;

/**
 * The days `statusFromNextDeadline` says "at risk": only for a household in the pipeline, from
 * its first at-risk day (or the fixed days before, on a row stored before that day was kept).
 */
function atRiskKeys(h: Stored): [IsoDate, IsoDate][] {
  const due = h.nextDeadlineOn;
  if (!isInPipeline(h) || !isIsoDate(due)) return [];
  const from = isIsoDate(h.nextDeadlineAtRiskOn) ? h.nextDeadlineAtRiskOn : addDays(due, -AT_RISK_DAYS);
  const days = Math.min(daysBetween(from, due), MAX_AT_RISK_DAYS);
  const keys: [IsoDate, IsoDate][] = [];
  for (let back = days; back >= 0; back--) keys.push([addDays(due, -back), due]);
  return keys;
}

/** Lapsed or running, the two standings Today warns about (see `temporaryApprovalStanding`). */
function temporaryApprovalDueOn(h: Stored): IsoDate | undefined {
  const t = h.assessment.temporaryApproval;
  if (h.kind !== 'connected' || !isInPipeline(h) || !t || !isIsoDate(t.startOn)) return undefined;
  if (h.assessment.decision?.decidedOn || temporaryApprovalSettledOn(h.assessment)) return undefined;
  return temporaryApprovalLastDay(t);
}

export function todayKeys(h: Stored): TodayKeys {
  return { atRiskKeys: atRiskKeys(h), temporaryApprovalDueOn: temporaryApprovalDueOn(h) };
}
