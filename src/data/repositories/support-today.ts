import type { IsoDate } from '../../domain/dates';
import {
  carerFollowUps,
  isRunning,
  keepCallFollowUps,
  type ExtraReviewFollowUp,
  type KeepCallFollowUp,
  type QuietFollowUp,
  type ReviewFollowUp,
  type VisitFollowUp,
} from '../../domain/support/follow-ups';
import { constellationFollowUp, keepAttendanceFollowUp, type ConstellationFollowUp, type KeepAttendanceFollowUp } from '../../domain/support/group-follow-ups';
import {
  resignationFollowUp,
  tsdFollowUp,
  vacancyFollowUp,
  type ResignationFollowUp,
  type TsdFollowUp,
  type VacancyFollowUp,
} from '../../domain/support/register-follow-ups';
import { onRegisterOn } from '../../domain/support/register';
import { summaryRecords } from '../../domain/support/summary';
import { db } from '../db';
import { summariesOf, summaryTables } from './carer-summary';
import { carersRepo } from './carers';
import { keepCompletion } from './keep-completion';

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
  tsd: SupportList<Named<TsdFollowUp>>;
  visits: SupportList<Named<VisitFollowUp>>;
  quiet: SupportList<Named<QuietFollowUp>>;
  vacancies: SupportList<Named<VacancyFollowUp>>;
  resignations: SupportList<Named<ResignationFollowUp>>;
  constellations: SupportList<ConstellationFollowUp>;
  keepAttendance: SupportList<KeepAttendanceFollowUp>;
  /** The share of sessions, in per cent, that completes KEEP: attendance below it is low. */
  keepCompletionPercent: number;
  keepCalls: SupportList<Named<KeepCallFollowUp>>;
}

function first<T>(rows: T[], limit: number, order: (a: T, b: T) => number): SupportList<T> {
  rows.sort(order);
  return { items: rows.slice(0, limit), total: rows.length };
}

/** Soonest due first. */
const byDue = (a: { dueOn: IsoDate }, b: { dueOn: IsoDate }) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0);
/** Most places free first. */
const byVacant = (a: VacancyFollowUp, b: VacancyFollowUp) => b.vacant - a.vacant;
/** Most warnings first. */
const byWarnings = (a: ConstellationFollowUp, b: ConstellationFollowUp) => b.warnings.length - a.warnings.length;
/** Lowest attendance first. */
const byRate = (a: KeepAttendanceFollowUp, b: KeepAttendanceFollowUp) => a.rate - b.rate;

function groupBy<T, K extends keyof T>(rows: readonly T[], key: K): Map<T[K], T[]> {
  const map = new Map<T[K], T[]>();
  for (const row of rows) map.set(row[key], [...(map.get(row[key]) ?? []), row]);
  return map;
}

const present = <T>(row: T | undefined): row is T => row !== undefined;

export const supportTodayRepo = {
  /**
   * What support staff must do next, for one supervising social worker (`workerId`) or everyone.
   * Reads through indexes: a worker's carer households, or those on the register, with the support
   * summaries they keep (none of their people, visits, reviews or placements is read); resignations
   * by their date; constellations and KEEP groups are few, their members, stays, meetings,
   * attendance and calls read by group. Only the households shown are named.
   */
  async load(today: IsoDate, workerId: string | undefined, limit: number): Promise<SupportToday> {
    const d = db();
    const tables = [...summaryTables(), d.deregistrations, d.settings, d.constellations, d.constellationMembers, d.hubStays, d.supportMeetings, d.keepGroups, d.keepEnrolments, d.keepAttendance, d.keepCalls];
    return d.transaction('r', tables, async () => {
      const picked = workerId ? d.carers.where('supervisingWorkerId').equals(workerId) : d.carers.where('onRegister').equals(1);
      const [carers, anyCarer, tiers, constellations, groups, leaving, completion] = await Promise.all([
        picked.toArray(),
        d.carers.limit(1).count(),
        carersRepo.tiers(),
        d.constellations.toArray(),
        d.keepGroups.toArray(),
        d.deregistrations.where('effectiveOn').aboveOrEqual(today).toArray(),
        keepCompletion(),
      ]);
      const current = carers.filter((c) => onRegisterOn(c, today));
      const mineConstellations = constellations.filter((c) => !workerId || c.liaisonWorkerId === workerId);
      const running = groups.filter((g) => isRunning(g, today) && (!workerId || g.facilitatorIds.includes(workerId)));
      const constellationIds = mineConstellations.map((c) => c.id);
      const groupIds = running.map((g) => g.id);
      const [summaries, members, stays, meetings, enrolments, attendance, calls] = await Promise.all([
        summariesOf(current),
        d.constellationMembers.where('constellationId').anyOf(constellationIds).toArray(),
        d.hubStays.where('constellationId').anyOf(constellationIds).toArray(),
        d.supportMeetings.where('constellationId').anyOf(constellationIds).toArray(),
        d.keepEnrolments.where('groupId').anyOf(groupIds).toArray(),
        d.keepAttendance.where('groupId').anyOf(groupIds).toArray(),
        d.keepCalls.where('groupId').anyOf(groupIds).toArray(),
      ]);
      const recordsOf = (householdId: string) => summaryRecords(summaries.get(householdId)!);
      const due = { reviews: [] as ReviewFollowUp[], extra: [] as ExtraReviewFollowUp[], visits: [] as VisitFollowUp[], quiet: [] as QuietFollowUp[] };
      for (const carer of current) {
        const { visits, reviews } = recordsOf(carer.householdId);
        const f = carerFollowUps(carer, visits, reviews, tiers, today);
        if (f.review) due.reviews.push(f.review);
        if (f.extra) due.extra.push(f.extra);
        if (f.visit) due.visits.push(f.visit);
        if (f.quiet) due.quiet.push(f.quiet);
      }
      const tsd = current.map((c) => tsdFollowUp(c, today)).filter(present);
      const vacancies = current.map((c) => vacancyFollowUp(c, recordsOf(c.householdId).placements, today)).filter(present);
      // A worker's own resignations: those of the households they supervise.
      const mine = new Set(carers.map((c) => c.householdId));
      const resignations = leaving.filter((r) => !workerId || mine.has(r.householdId)).map((r) => resignationFollowUp(r, today)).filter(present);
      const membersOf = groupBy(members, 'constellationId');
      const staysOf = groupBy(stays, 'constellationId');
      const meetingsOf = groupBy(meetings, 'constellationId');
      const drifting = mineConstellations.map((c) => constellationFollowUp(c, membersOf.get(c.id) ?? [], staysOf.get(c.id) ?? [], meetingsOf.get(c.id) ?? [], today)).filter(present);
      const enrolledIn = groupBy(enrolments, 'groupId');
      const attendanceOf = groupBy(attendance, 'groupId');
      const lowAttendance = running.map((g) => keepAttendanceFollowUp(g, enrolledIn.get(g.id)?.length ?? 0, attendanceOf.get(g.id) ?? [], today, completion.percent)).filter(present);
      const callsOf = groupBy(calls, 'groupId');
      const keepDue = running.flatMap((g) =>
        keepCallFollowUps(
          g,
          (enrolledIn.get(g.id) ?? []).map((e) => e.householdId),
          callsOf.get(g.id) ?? [],
          today,
        ),
      );
      const shown = {
        reviews: first(due.reviews, limit, byDue),
        extraReviews: first(due.extra, limit, byDue),
        tsd: first(tsd, limit, byDue),
        visits: first(due.visits, limit, byDue),
        quiet: first(due.quiet, limit, byDue),
        vacancies: first(vacancies, limit, byVacant),
        resignations: first(resignations, limit, byDue),
        keepCalls: first(keepDue, limit, byDue),
      };
      // Names only for the households shown: the view's own from their summaries, any other (a
      // household leaving today, one in a KEEP group) read by its id.
      const inView = new Map(carers.map((c) => [c.householdId, c]));
      const shownIds = [...new Set(Object.values(shown).flatMap((list) => list.items.map((r) => r.householdId)))];
      const others = await d.carers.bulkGet(shownIds.filter((id) => !inView.has(id)));
      const shownCarers = [...shownIds.flatMap((id) => inView.get(id) ?? []), ...others.filter(present)];
      const summaryOf = await summariesOf(shownCarers);
      const reference = new Map(shownCarers.map((c) => [c.householdId, c.reference]));
      const named = <T extends { householdId: string }>(list: SupportList<T>): SupportList<Named<T>> => ({
        total: list.total,
        items: list.items.map((row) => {
          const ref = reference.get(row.householdId) ?? '';
          return { ...row, names: summaryOf.get(row.householdId)?.names || ref, reference: ref };
        }),
      });
      return {
        anyCarers: anyCarer > 0,
        reviews: named(shown.reviews),
        extraReviews: named(shown.extraReviews),
        tsd: named(shown.tsd),
        visits: named(shown.visits),
        quiet: named(shown.quiet),
        vacancies: named(shown.vacancies),
        resignations: named(shown.resignations),
        constellations: first(drifting, limit, byWarnings),
        keepAttendance: first(lowAttendance, limit, byRate),
        keepCompletionPercent: completion.percent,
        keepCalls: named(shown.keepCalls),
      };
    });
  },
};
