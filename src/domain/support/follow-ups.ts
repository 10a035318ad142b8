/**
 * What a supervising social worker must do next for approved carers, as Today lists it: reviews
 * due or overdue, extra reviews called after an allegation or a significant change, supervision
 * visits overdue, households not seen in 8 weeks, and KEEP phone checks due (constellations and
 * KEEP groups drifting from the model are in group-follow-ups.ts, the register's in
 * register-follow-ups.ts). Each rule works on one household, constellation or group, so the data layer reads
 * only the rows it needs.
 */
import { addDays, addWeeks, daysBetween, maxDate, type IsoDate } from '../dates';
import type { CarerHousehold } from './carer';
import type { KeepCall, KeepGroup } from './keep';
import { nextReviewDue, type ExtraReviewReason } from './reviews';
import { lastContactOn, nextVisitDueOn, NO_CONTACT_WEEKS, noContactIn8Weeks } from './supervision';
import { DEFAULT_SUPERVISION, tierById, type Tier } from './tiers';

/** Reviews are listed from 4 weeks before they fall due. */
export const REVIEW_AHEAD_WEEKS = 4;

/** The facilitators ring each carer in a running KEEP group every week. */
export const KEEP_CALL_DAYS = 7;

export interface ReviewFollowUp {
  householdId: string;
  dueOn: IsoDate;
  toPanel: boolean;
  overdue: boolean;
}

export interface ExtraReviewFollowUp {
  householdId: string;
  dueOn: IsoDate;
  reason: ExtraReviewReason;
  calledOn: IsoDate;
  overdue: boolean;
}

export interface VisitFollowUp {
  householdId: string;
  dueOn: IsoDate;
  daysOverdue: number;
}

/** A household with no supervision visit for more than 8 weeks. */
export interface QuietFollowUp {
  householdId: string;
  lastContactOn: IsoDate;
  /** Named so it sorts with the other lists: the day the 8 weeks ran out. */
  dueOn: IsoDate;
}

type CarerFollowUps = { review?: ReviewFollowUp; extra?: ExtraReviewFollowUp; visit?: VisitFollowUp; quiet?: QuietFollowUp };

/**
 * A carer household's review and supervision follow-ups today: the regular review when it falls
 * due in the next 4 weeks or is overdue, an extra review while one is called, a visit once its
 * date has passed, and the household itself once 8 weeks have gone by without a visit.
 */
export function carerFollowUps(
  carer: Pick<CarerHousehold, 'householdId' | 'approvedOn' | 'tierId' | 'extraReview'>,
  visits: readonly { on: IsoDate }[],
  reviews: readonly { on: IsoDate }[],
  tiers: readonly Tier[],
  today: IsoDate,
): CarerFollowUps {
  const householdId = carer.householdId;
  const due = nextReviewDue(carer.approvedOn, reviews, carer.extraReview);
  const out: CarerFollowUps = {};
  if (due.extra && carer.extraReview) {
    out.extra = { householdId, dueOn: due.dueOn, reason: due.extra, calledOn: carer.extraReview.on, overdue: today > due.dueOn };
  } else if (due.dueOn <= addWeeks(today, REVIEW_AHEAD_WEEKS)) {
    out.review = { householdId, dueOn: due.dueOn, toPanel: due.toPanel, overdue: today > due.dueOn };
  }
  const visitOn = nextVisitDueOn(carer.approvedOn, visits, tierById(tiers, carer.tierId)?.supervision ?? DEFAULT_SUPERVISION);
  if (today > visitOn) out.visit = { householdId, dueOn: visitOn, daysOverdue: daysBetween(visitOn, today) };
  if (noContactIn8Weeks(carer.approvedOn, visits, today)) {
    const last = lastContactOn(carer.approvedOn, visits);
    out.quiet = { householdId, lastContactOn: last, dueOn: addWeeks(last, NO_CONTACT_WEEKS) };
  }
  return out;
}

export interface KeepCallFollowUp {
  groupId: string;
  groupName: string;
  householdId: string;
  /** The date the weekly phone check fell due. */
  dueOn: IsoDate;
  lastCallOn?: IsoDate;
}

/** Whether the group's sessions are running: from its first session until a week after its last. */
export function isRunning(group: Pick<KeepGroup, 'sessionDates'>, today: IsoDate): boolean {
  const first = group.sessionDates[0];
  const last = group.sessionDates[group.sessionDates.length - 1];
  return first !== undefined && last !== undefined && first <= today && today <= addDays(last, KEEP_CALL_DAYS);
}

/**
 * Enrolled households in a running group whose weekly phone check is due: a week after the last
 * check, or after the first session when there has been none.
 */
export function keepCallFollowUps(
  group: Pick<KeepGroup, 'id' | 'name' | 'sessionDates'>,
  enrolled: readonly string[],
  calls: readonly Pick<KeepCall, 'householdId' | 'on'>[],
  today: IsoDate,
): KeepCallFollowUp[] {
  const first = group.sessionDates[0];
  if (first === undefined || !isRunning(group, today)) return [];
  const lastCall = new Map<string, IsoDate>();
  for (const call of calls) if (call.on <= today) lastCall.set(call.householdId, maxDate(lastCall.get(call.householdId) ?? call.on, call.on));
  return enrolled.flatMap((householdId) => {
    const last = lastCall.get(householdId);
    const dueOn = addDays(last ?? first, KEEP_CALL_DAYS);
    if (dueOn > today) return [];
    return [{ groupId: group.id, groupName: group.name, householdId, dueOn, ...(last ? { lastCallOn: last } : {}) }];
  });
}
