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
import type { Person } from '../../domain/household';
import { onRegisterOn } from '../../domain/support/register';
import { summaryRecords } from '../../domain/support/summary';
import { db } from '../db';
import { summariesOf, summaryTables } from './carer-summary';
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
  tsd: SupportList<Named<TsdFollowUp>>;
  visits: SupportList<Named<VisitFollowUp>>;
  quiet: SupportList<Named<QuietFollowUp>>;
  vacancies: SupportList<Named<VacancyFollowUp>>;
  resignations: SupportList<Named<ResignationFollowUp>>;
  constellations: SupportList<ConstellationFollowUp>;
  keepAttendance: SupportList<KeepAttendanceFollowUp>;
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
   * summaries they keep (their visits, reviews and placements are not read), then the people of only
   * the households listed; resignations by their date; constellations and KEEP groups are few,
   * their members, stays, meetings, attendance and calls read by group.
   */
  async load(today: IsoDate, workerId: string | undefined, limit: number): Promise<SupportToday> {
    const d = db();
    const tables = [...summaryTables(), d.deregistrations, d.people, d.settings, d.constellations, d.constellationMembers, d.hubStays, d.supportMeetings, d.keepGroups, d.keepEnrolments, d.keepAttendance, d.keepCalls];
    return d.transaction('r', tables, async () => {
      const picked = workerId ? d.carers.where('supervisingWorkerId').equals(workerId) : d.carers.where('onRegister').equals(1);
      const [carers, anyCarer, tiers, constellations, groups, leaving] = await Promise.all([
        picked.toArray(),
        d.carers.limit(1).count(),
        carersRepo.tiers(),
        d.constellations.toArray(),
        d.keepGroups.toArray(),
        d.deregistrations.where('effectiveOn').aboveOrEqual(today).toArray(),
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
      const lowAttendance = running.map((g) => keepAttendanceFollowUp(g, enrolledIn.get(g.id)?.length ?? 0, attendanceOf.get(g.id) ?? [], today)).filter(present);
      const callsOf = groupBy(calls, 'groupId');
      const keepDue = running.flatMap((g) =>
        keepCallFollowUps(
          g,
          (enrolledIn.get(g.id) ?? []).map((e) => e.householdId),
          callsOf.get(g.id) ?? [],
          today,
        ),
      );
      // Names only for the households listed, read by their ids.
      const listed = new Set([...due.reviews, ...due.extra, ...tsd, ...due.visits, ...due.quiet, ...vacancies, ...resignations, ...keepDue].map((r) => r.householdId));
      const [people, listedCarers] = await Promise.all([d.people.where('householdId').anyOf([...listed]).toArray(), d.carers.bulkGet([...listed])]);
      const peopleOf = groupBy<Person, 'householdId'>(people, 'householdId');
      const reference = new Map(listedCarers.flatMap((c) => (c ? [[c.householdId, c.reference] as const] : [])));
      const named = <T extends { householdId: string }>(row: T): Named<T> => {
        const ref = reference.get(row.householdId) ?? '';
        return { ...row, names: names(peopleOf.get(row.householdId) ?? []) || ref, reference: ref };
      };
      return {
        anyCarers: anyCarer > 0,
        reviews: first(due.reviews.map(named), limit, byDue),
        extraReviews: first(due.extra.map(named), limit, byDue),
        tsd: first(tsd.map(named), limit, byDue),
        visits: first(due.visits.map(named), limit, byDue),
        quiet: first(due.quiet.map(named), limit, byDue),
        vacancies: first(vacancies.map(named), limit, byVacant),
        resignations: first(resignations.map(named), limit, byDue),
        constellations: first(drifting, limit, byWarnings),
        keepAttendance: first(lowAttendance, limit, byRate),
        keepCalls: first(keepDue.map(named), limit, byDue),
      };
    });
  },
};
