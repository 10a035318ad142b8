import type { IsoDate } from '../../domain/dates';
import type { Person } from '../../domain/household';
import {
  carerFollowUps,
  isRunning,
  keepCallFollowUps,
  meetingFollowUp,
  type ExtraReviewFollowUp,
  type KeepCallFollowUp,
  type MeetingFollowUp,
  type ReviewFollowUp,
  type VisitFollowUp,
} from '../../domain/support/follow-ups';
import { onRegisterOn } from '../../domain/support/register';
import { db } from '../db';
import { carersRepo, names } from './carers';

/** A list on Today: its first rows and how many there are in all. */
export interface SupportList<T> {
  items: T[];
  total: number;
}

type Named<T> = T & { names: string; reference: string };

export interface SupportToday {
  /** False when the device has no carer household at all (nothing to say yet). */
  anyCarers: boolean;
  reviews: SupportList<Named<ReviewFollowUp>>;
  extraReviews: SupportList<Named<ExtraReviewFollowUp>>;
  visits: SupportList<Named<VisitFollowUp>>;
  meetings: SupportList<MeetingFollowUp>;
  keepCalls: SupportList<Named<KeepCallFollowUp>>;
}

function first<T>(rows: T[], limit: number, order: (a: T, b: T) => number): SupportList<T> {
  rows.sort(order);
  return { items: rows.slice(0, limit), total: rows.length };
}

/** Soonest due first. */
const byDue = (a: { dueOn: IsoDate }, b: { dueOn: IsoDate }) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0);

/** Longest without a meeting first; none held yet before any. */
const byGap = (a: MeetingFollowUp, b: MeetingFollowUp) => (b.daysSince ?? Number.MAX_SAFE_INTEGER) - (a.daysSince ?? Number.MAX_SAFE_INTEGER);

function groupBy<T extends { householdId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(row.householdId, [...(map.get(row.householdId) ?? []), row]);
  return map;
}

export const supportTodayRepo = {
  /**
   * What support staff must do next, for one supervising social worker (`workerId`) or everyone.
   * Reads through indexes: a worker's carer households, or those on the register, then only their
   * visits, reviews and people; constellations and KEEP groups are few, their meetings and calls
   * read by group.
   */
  async load(today: IsoDate, workerId: string | undefined, limit: number): Promise<SupportToday> {
    const d = db();
    return d.transaction('r', [d.carers, d.supervisionVisits, d.reviews, d.people, d.settings, d.constellations, d.supportMeetings, d.keepGroups, d.keepEnrolments, d.keepCalls], async () => {
      const picked = workerId ? d.carers.where('supervisingWorkerId').equals(workerId) : d.carers.where('onRegister').equals(1);
      const [carers, anyCarer, tiers, constellations, groups] = await Promise.all([
        picked.toArray(),
        d.carers.limit(1).count(),
        carersRepo.tiers(),
        d.constellations.toArray(),
        d.keepGroups.toArray(),
      ]);
      const current = carers.filter((c) => onRegisterOn(c, today));
      const mineConstellations = constellations.filter((c) => !workerId || c.liaisonWorkerId === workerId);
      const running = groups.filter((g) => isRunning(g, today) && (!workerId || g.facilitatorIds.includes(workerId)));
      const ids = current.map((c) => c.householdId);
      const groupIds = running.map((g) => g.id);
      const [visits, reviews, meetings, enrolments, calls] = await Promise.all([
        d.supervisionVisits.where('householdId').anyOf(ids).toArray(),
        d.reviews.where('householdId').anyOf(ids).toArray(),
        d.supportMeetings.where('constellationId').anyOf(mineConstellations.map((c) => c.id)).toArray(),
        d.keepEnrolments.where('groupId').anyOf(groupIds).toArray(),
        d.keepCalls.where('groupId').anyOf(groupIds).toArray(),
      ]);
      const visitsOf = groupBy(visits);
      const reviewsOf = groupBy(reviews);
      const due = { reviews: [] as ReviewFollowUp[], extra: [] as ExtraReviewFollowUp[], visits: [] as VisitFollowUp[] };
      for (const carer of current) {
        const f = carerFollowUps(carer, visitsOf.get(carer.householdId) ?? [], reviewsOf.get(carer.householdId) ?? [], tiers, today);
        if (f.review) due.reviews.push(f.review);
        if (f.extra) due.extra.push(f.extra);
        if (f.visit) due.visits.push(f.visit);
      }
      const keepDue = running.flatMap((g) =>
        keepCallFollowUps(
          g,
          enrolments.filter((e) => e.groupId === g.id).map((e) => e.householdId),
          calls.filter((c) => c.groupId === g.id),
          today,
        ),
      );
      // Names only for the households listed, read by their ids.
      const listed = new Set([...due.reviews, ...due.extra, ...due.visits, ...keepDue].map((r) => r.householdId));
      const [people, listedCarers] = await Promise.all([d.people.where('householdId').anyOf([...listed]).toArray(), d.carers.bulkGet([...listed])]);
      const peopleOf = groupBy<Person>(people);
      const reference = new Map(listedCarers.flatMap((c) => (c ? [[c.householdId, c.reference] as const] : [])));
      const named = <T extends { householdId: string }>(row: T): Named<T> => {
        const ref = reference.get(row.householdId) ?? '';
        return { ...row, names: names(peopleOf.get(row.householdId) ?? []) || ref, reference: ref };
      };
      return {
        anyCarers: anyCarer > 0,
        reviews: first(due.reviews.map(named), limit, byDue),
        extraReviews: first(due.extra.map(named), limit, byDue),
        visits: first(due.visits.map(named), limit, byDue),
        meetings: first(
          mineConstellations.flatMap((c) => meetingFollowUp(c, meetings.filter((m) => m.constellationId === c.id), today) ?? []),
          limit,
          byGap,
        ),
        keepCalls: first(keepDue.map(named), limit, byDue),
      };
    });
  },
};
