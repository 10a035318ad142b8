/**
 * What a supervising social worker must do next for approved carers, as Today lists it: reviews
 * due or overdue, extra reviews called after an allegation or a significant change, supervision
 * visits overdue, constellations gone too long without a peer support meeting, and KEEP phone
 * checks due. Each rule works on one household, constellation or group, so the data layer reads
 * only the rows it needs.
 */
import { addDays, addWeeks, daysBetween, maxDate, type IsoDate } from '../dates';
import type { CarerHousehold } from './carer';
import { daysSinceMeeting, MEETING_GAP_DAYS, type Constellation, type SupportMeeting } from './constellation';
import type { KeepCall, KeepGroup } from './keep';
import { nextReviewDue, type ExtraReviewReason } from './reviews';
import { nextVisitDueOn } from './supervision';
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

/**
 * A carer household's review and supervision follow-ups today: the regular review when it falls
 * due in the next 4 weeks or is overdue, an extra review while one is called, and a visit once its
 * date has passed.
 */
export function carerFollowUps(
  carer: Pick<CarerHousehold, 'householdId' | 'approvedOn' | 'tierId' | 'extraReview'>,
  visits: readonly { on: IsoDate }[],
  reviews: readonly { on: IsoDate }[],
  tiers: readonly Tier[],
  today: IsoDate,
): { review?: ReviewFollowUp; extra?: ExtraReviewFollowUp; visit?: VisitFollowUp } {
  const householdId = carer.householdId;
  const due = nextReviewDue(carer.approvedOn, reviews, carer.extraReview);
  const out: { review?: ReviewFollowUp; extra?: ExtraReviewFollowUp; visit?: VisitFollowUp } = {};
  if (due.extra && carer.extraReview) {
    out.extra = { householdId, dueOn: due.dueOn, reason: due.extra, calledOn: carer.extraReview.on, overdue: today > due.dueOn };
  } else if (due.dueOn <= addWeeks(today, REVIEW_AHEAD_WEEKS)) {
    out.review = { householdId, dueOn: due.dueOn, toPanel: due.toPanel, overdue: today > due.dueOn };
  }
  const visitOn = nextVisitDueOn(carer.approvedOn, visits, tierById(tiers, carer.tierId)?.supervision ?? DEFAULT_SUPERVISION);
  if (today > visitOn) out.visit = { householdId, dueOn: visitOn, daysOverdue: daysBetween(visitOn, today) };
  return out;
}

export interface MeetingFollowUp {
  constellationId: string;
  name: string;
  /** Undefined when none has been held yet. */
  daysSince?: number;
}

/** A constellation started over a month ago that has gone more than a month without a peer support meeting. */
export function meetingFollowUp(c: Pick<Constellation, 'id' | 'name' | 'startOn'>, meetings: readonly SupportMeeting[], today: IsoDate): MeetingFollowUp | undefined {
  if (c.startOn > today) return undefined;
  const since = daysSinceMeeting(meetings, today);
  const lapsed = since === undefined ? daysBetween(c.startOn, today) > MEETING_GAP_DAYS : since > MEETING_GAP_DAYS;
  if (!lapsed) return undefined;
  return { constellationId: c.id, name: c.name, ...(since === undefined ? {} : { daysSince: since }) };
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
