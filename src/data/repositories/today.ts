import Dexie from 'dexie';
import { addDays, addWeeks, daysBetween, type IsoDate } from '../../domain/dates';
import { isInPipeline, type Appointment, type Check, type Household } from '../../domain/household';
import { OVERDUE_CHECK_WEEKS } from '../../domain/settings';
import { PIPELINE_STAGES } from '../../domain/stages';
import { WARN_DAYS, standingWords, temporaryApprovalStanding } from '../../domain/temporary-approval';
import { db } from '../db';
import { atRiskOn, summarise, type HouseholdSummary } from './pipeline';

/** A short list for one Today section, and how many there are in all. */
export interface Section<T> {
  items: T[];
  total: number;
}

export interface OverdueCheck {
  checkId: string;
  label: string;
  awaitingSince: IsoDate;
  weeksWaiting: number;
  household: HouseholdSummary;
}

export interface UpcomingMeeting {
  key: string;
  kind: 'panel' | 'decision';
  on: IsoDate;
  household: HouseholdSummary;
}

export interface TemporaryApprovalAlert {
  lastDay: IsoDate;
  lapsed: boolean;
  /** What must happen, e.g. "Temporary approval ends in 5 days, on 21 June 2026: decide the approval or extend it". */
  words: string;
  household: HouseholdSummary;
}

/**
 * Whose households a Today section lists, and for overdue checks which kind. Empty: everyone's.
 * A section with a limit lists its first rows; `Infinity` lists them all.
 */
export interface TodayFilter {
  workerId?: string;
  checkType?: string;
}

/** One worker's open households and how many of them have a breached timescale. */
export interface Caseload {
  workerId?: string;
  workerName?: string;
  open: number;
  breached: number;
}

/** Panel and decision dates shown ahead: today and the next 14 days. */
export const UPCOMING_DAYS = 14;

function openPipeline(h: Household | undefined): h is Household {
  return h !== undefined && isInPipeline(h);
}

type Households = ReturnType<ReturnType<typeof db>['households']['toCollection']>;

/**
 * Which households a section lists: an index range over the whole service that holds exactly
 * them, the same test for one household (a worker's caseload is picked from their own rows), and
 * the indexed date it is ordered by.
 */
interface SectionRule {
  range: () => Households;
  includes: (h: Household) => boolean;
  orderedBy: (h: Household) => string | undefined;
}

/**
 * A section's first rows and how many there are. Only households in the pipeline carry these
 * fields (see `isInPipeline`), so the rows are read up to the limit and counted on the index alone.
 * A worker's own view reads their caseload by the worker index and picks from it: reading the
 * service-wide range's keys to match against took a second at 10,000 households.
 */
async function section(rule: SectionRule, limit: number, today: IsoDate, { workerId }: TodayFilter): Promise<Section<HouseholdSummary>> {
  if (workerId) {
    const picked = (await caseload(workerId))
      .filter(rule.includes)
      .sort((a, b) => compareKeys(rule.orderedBy(a), rule.orderedBy(b)) || compareKeys(a.id, b.id));
    return { items: await summarise(picked.slice(0, limit), today), total: picked.length };
  }
  const [rows, total] = await Promise.all([rule.range().limit(limit).toArray(), countUnlessAll(rule.range, limit)]);
  return { items: await summarise(rows, today), total: total ?? rows.length };
}

/** How many a range holds, or undefined when every row is read anyway: a second walk would only say how many were read. */
function countUnlessAll(range: () => { count(): Promise<number> }, limit: number): Promise<number | undefined> {
  return limit === Infinity ? Promise.resolve(undefined) : range().count();
}

/** A worker's households, read by the worker index: a few dozen rows, where a service-wide range may hold thousands. */
function caseload(workerId: string): Promise<Household[]> {
  return db().households.where('workerId').equals(workerId).toArray();
}

function compareKeys(a: string | undefined, b: string | undefined): number {
  return a === b ? 0 : a === undefined ? 1 : b === undefined ? -1 : a < b ? -1 : 1;
}

const byWorkerName = (a: Caseload, b: Caseload) =>
  a.workerName === undefined ? 1 : b.workerName === undefined ? -1 : a.workerName.localeCompare(b.workerName);

export const todayRepo = {
  // One key, not a count: counting in Chromium steps through every household.
  hasHouseholds: async (): Promise<boolean> => (await db().households.limit(1).primaryKeys()).length > 0,

  /** Households whose next deadline has passed, soonest first. */
  breached(today: IsoDate, limit: number, filter: TodayFilter = {}): Promise<Section<HouseholdSummary>> {
    return section(
      { range: () => db().households.where('nextDeadlineOn').below(today), includes: (h) => h.nextDeadlineOn !== undefined && h.nextDeadlineOn < today, orderedBy: (h) => h.nextDeadlineOn },
      limit,
      today,
      filter,
    );
  },

  /** Households whose next deadline is in the last share of its time (see `atRiskFrom`), soonest first. */
  atRisk(today: IsoDate, limit: number, filter: TodayFilter = {}): Promise<Section<HouseholdSummary>> {
    return section(
      { range: () => atRiskOn(today), includes: (h) => h.atRiskKeys?.some(([day]) => day === today) ?? false, orderedBy: (h) => h.nextDeadlineOn },
      limit,
      today,
      filter,
    );
  },

  /** Checks requested more than four weeks ago and not back, oldest first, for households still in the pipeline. */
  async overdueChecks(today: IsoDate, limit: number, { workerId, checkType }: TodayFilter = {}): Promise<Section<OverdueCheck>> {
    const before = addWeeks(today, -OVERDUE_CHECK_WEEKS);
    const query = () =>
      checkType
        ? db().checks.where('[type+awaitingSince]').between([checkType, Dexie.minKey], [checkType, before], true, false)
        : db().checks.where('awaitingSince').below(before);
    const build = (c: Check, household: HouseholdSummary): OverdueCheck => ({
      checkId: c.id,
      label: c.label,
      awaitingSince: c.awaitingSince!,
      weeksWaiting: Math.floor(daysBetween(c.awaitingSince!, today) / 7),
      household,
    });
    if (workerId) {
      // Whose check it is lives on the household: the worker's households' checks, not every overdue one.
      const households = (await caseload(workerId)).filter(isInPipeline);
      const overdue = (c: Check) => c.awaitingSince !== undefined && c.awaitingSince < before && (!checkType || c.type === checkType);
      const mine = (await db().checks.where('householdId').anyOf(households.map((h) => h.id)).filter(overdue).toArray()).sort(
        (a, b) => compareKeys(a.awaitingSince, b.awaitingSince) || compareKeys(a.id, b.id),
      );
      const all = await withHouseholds(mine, today, build, workerId);
      return { items: all.slice(0, limit), total: all.length };
    }
    const [checks, total] = await Promise.all([query().limit(limit).toArray(), countUnlessAll(query, limit)]);
    return { items: await withHouseholds(checks, today, build), total: total ?? checks.length };
  },

  /** The check types among the overdue checks, for the full list's filter. */
  async overdueCheckTypes(today: IsoDate): Promise<string[]> {
    const checks = await db().checks.where('awaitingSince').below(addWeeks(today, -OVERDUE_CHECK_WEEKS)).toArray();
    return [...new Set(checks.map((c) => c.type))];
  },

  /**
   * Panels and decisions from today to 14 days ahead: planned appointments, and panel dates
   * recorded on the assessment of households still in the pipeline.
   */
  async upcomingPanelsAndDecisions(today: IsoDate, limit: number, { workerId }: TodayFilter = {}): Promise<Section<UpcomingMeeting>> {
    const until = addDays(today, UPCOMING_DAYS);
    const [appointments, assessed] = await Promise.all([
      db()
        .appointments.where('on')
        .between(today, until, true, true)
        .filter((a) => a.kind === 'panel' || a.kind === 'decision')
        .toArray(),
      db().households.where('assessment.panel.panelOn').between(today, until, true, true).filter(openPipeline).toArray(),
    ]);
    const meetings = new Map<string, { kind: 'panel' | 'decision'; on: IsoDate; householdId: string }>();
    for (const a of appointments as (Appointment & { kind: 'panel' | 'decision' })[]) {
      meetings.set(`${a.householdId}|${a.kind}|${a.on}`, { kind: a.kind, on: a.on, householdId: a.householdId });
    }
    for (const h of assessed) {
      const on = h.assessment.panel!.panelOn!;
      meetings.set(`${h.id}|panel|${on}`, { kind: 'panel', on, householdId: h.id });
    }
    const sorted = [...meetings.entries()].sort(([, a], [, b]) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
    const items = await withHouseholds(
      sorted.map(([key, m]) => ({ ...m, key })),
      today,
      (m, household) => ({ key: m.key, kind: m.kind, on: m.on, household }),
      workerId,
    );
    return { items: items.slice(0, limit), total: items.length };
  },

  /**
   * Connected households whose temporary approval ends within four weeks or has lapsed, soonest
   * first, read from the index of approvals still waiting for their decision (see `todayKeys`).
   */
  async temporaryApprovals(today: IsoDate, limit: number, { workerId }: TodayFilter = {}): Promise<Section<TemporaryApprovalAlert>> {
    const range = () => db().households.where('temporaryApprovalDueOn').belowOrEqual(addDays(today, WARN_DAYS[0]));
    let shown: Household[];
    let total: number;
    if (workerId) {
      // Few approvals wait at once: the worker's are picked from all of them.
      const mine = (await range().toArray()).filter((h) => h.workerId === workerId);
      [shown, total] = [mine.slice(0, limit), mine.length];
    } else {
      const [rows, counted] = await Promise.all([range().limit(limit).toArray(), countUnlessAll(range, limit)]);
      [shown, total] = [rows, counted ?? rows.length];
    }
    const summaries = new Map((await summarise(shown, today)).map((s) => [s.id, s]));
    const items = shown.flatMap((h) => {
      const s = temporaryApprovalStanding(h, today);
      const words = s && standingWords(s);
      return s && words && (s.kind === 'lapsed' || s.kind === 'running')
        ? [{ lastDay: s.lastDay, lapsed: s.kind === 'lapsed', words, household: summaries.get(h.id)! }]
        : [];
    });
    return { items, total };
  },

  /** On-hold households whose return date has come. */
  holdsEnded(today: IsoDate, limit: number, filter: TodayFilter = {}): Promise<Section<HouseholdSummary>> {
    return section(
      { range: () => db().households.where('holdUntil').belowOrEqual(today), includes: (h) => h.holdUntil !== undefined && h.holdUntil <= today, orderedBy: (h) => h.holdUntil },
      limit,
      today,
      filter,
    );
  },

  /**
   * Each worker's open households (on the way to approval, on hold too) and their breaches, by
   * name, households with no worker (or a worker no longer on the staff list) last. Reads keys
   * only (open households, breached ones, and each worker's by the worker index) and sets them against each other: reading every open
   * household took over half a second at 10,000.
   */
  async caseloads(today: IsoDate): Promise<Caseload[]> {
    const d = db();
    // One key read per stage and state: Dexie walks `anyOf` on a compound index with a cursor.
    const [open, breached, staff] = await Promise.all([
      Promise.all(PIPELINE_STAGES.flatMap((stage) => (['active', 'onHold'] as const).map((state) => d.households.where('[state+stage]').equals([state, stage]).primaryKeys()))).then((keys) => keys.flat()),
      // Only households in the pipeline carry a next deadline, and a passed one is a breach.
      d.households.where('nextDeadlineOn').below(today).primaryKeys(),
      d.staff.toArray(),
    ]);
    const openIds = new Set(open);
    const breachedIds = new Set(breached.filter((id) => openIds.has(id)));
    const unassigned = new Set(openIds);
    const loads: Caseload[] = [];
    for (const [workerId, ids] of await Promise.all(staff.map(async (s) => [s.id, await d.households.where('workerId').equals(s.id).primaryKeys()] as const))) {
      const mine = ids.filter((id) => openIds.has(id));
      for (const id of mine) unassigned.delete(id);
      if (mine.length) loads.push({ workerId, open: mine.length, breached: mine.filter((id) => breachedIds.has(id)).length });
    }
    if (unassigned.size) loads.push({ open: unassigned.size, breached: [...unassigned].filter((id) => breachedIds.has(id)).length });
    const names = new Map(staff.map((s) => [s.id, s.name]));
    return loads.map((c) => ({ ...c, workerName: c.workerId ? names.get(c.workerId) : undefined })).sort(byWorkerName);
  },
};

/**
 * Joins rows to their household's summary, dropping rows whose household has left the pipeline
 * or, when a worker is given, is someone else's.
 */
async function withHouseholds<T extends { householdId: string }, R>(
  rows: T[],
  today: IsoDate,
  build: (row: T, household: HouseholdSummary) => R,
  workerId?: string,
): Promise<R[]> {
  const ids = [...new Set(rows.map((r) => r.householdId))];
  const households = (await db().households.bulkGet(ids)).filter((h): h is Household => openPipeline(h) && (!workerId || h.workerId === workerId));
  const summaries = new Map((await summarise(households, today)).map((s) => [s.id, s]));
  return rows.flatMap((r) => {
    const household = summaries.get(r.householdId);
    return household ? [build(r, household)] : [];
  });
}
