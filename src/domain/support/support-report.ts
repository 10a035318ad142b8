/**
 * The support report for a financial year: carer households by tier at its end, reviews held on
 * time, supervision visits against each tier's frequency, households leaving in and out of
 * Mockingbird constellations, and KEEP completion. Each count keeps the households behind it.
 */
import { afterInterval, DEFAULT_SUPERVISION, tierById, type Tier } from './tiers';
import { maxDate, minDate, type IsoDate } from '../dates';
import type { Period } from '../reports/financial-year';
import type { CarerHousehold, Deregistration, Placement, TierChange } from './carer';
import type { ConstellationMember, Constellation } from './constellation';
import { carerProgress, type AttendanceMark, type KeepAttendance, type KeepEnrolment, type KeepGroup, type KeepProgramme } from './keep';
import { nextReviewDue } from './reviews';

export interface SupportReportInputs {
  carers: CarerHousehold[];
  placements: Placement[];
  deregistrations: Deregistration[];
  tierChanges: TierChange[];
  reviews: { householdId: string; on: IsoDate }[];
  visits: { householdId: string; on: IsoDate }[];
  constellations: Constellation[];
  members: ConstellationMember[];
  groups: KeepGroup[];
  enrolments: KeepEnrolment[];
  attendance: KeepAttendance[];
  programmes: KeepProgramme[];
  /** The service's share of sessions, in per cent, that completes KEEP. */
  keepCompletionPercent: number;
  tiers: Tier[];
  hubStays: { householdId: string; fromOn: IsoDate; nights: number }[];
  training: { householdId: string; on: IsoDate; hours: number }[];
  /** Each reason for leaving's Ofsted heading, by the reason's words. */
  reasonHeadings: Readonly<Record<string, string>>;
}

/** On the register on a date: approved by then and not yet left. */
export function onRegisterAt(c: Pick<CarerHousehold, 'approvedOn' | 'leftOn'>, on: IsoDate): boolean {
  return c.approvedOn <= on && (c.leftOn === undefined || c.leftOn > on);
}

/** The tier a household was on at a date, from its history; one never changed has the tier it holds. */
export function tierAt(carer: Pick<CarerHousehold, 'householdId' | 'tierId'>, changes: readonly TierChange[], on: IsoDate): string | undefined {
  const own = changes.filter((c) => c.householdId === carer.householdId);
  if (!own.length) return carer.tierId;
  const before = own.filter((c) => c.on <= on).sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : a.at < b.at ? -1 : 1));
  return before.length ? before[before.length - 1]!.tierId : undefined;
}

export interface TierRow {
  tierId?: string;
  label: string;
  households: string[];
  places: number;
}

/** Households on the register at the year's end (or today, in the year still running), by the tier they were on. */
export function byTier(inputs: Pick<SupportReportInputs, 'carers' | 'tierChanges' | 'tiers'>, on: IsoDate): TierRow[] {
  const rows: TierRow[] = [...inputs.tiers.map((t) => ({ tierId: t.id, label: t.name, households: [] as string[], places: 0 })), { label: 'No tier given', households: [], places: 0 }];
  for (const carer of inputs.carers) {
    if (!onRegisterAt(carer, on)) continue;
    const tierId = tierAt(carer, inputs.tierChanges, on);
    const row = rows.find((r) => r.tierId !== undefined && r.tierId === tierId) ?? rows[rows.length - 1]!;
    row.households.push(carer.householdId);
    row.places += carer.terms?.numberOfChildren ?? 0;
  }
  return rows;
}

export interface ReviewTimeliness {
  label: string;
  onTime: string[];
  late: string[];
}

/** Reviews held in the year, first (to panel) and later ones apart: on time when held by the date it was due. */
export function reviewsOnTime(inputs: Pick<SupportReportInputs, 'carers' | 'reviews'>, year: Period): ReviewTimeliness[] {
  const first: ReviewTimeliness = { label: 'First reviews (to panel)', onTime: [], late: [] };
  const later: ReviewTimeliness = { label: 'Later reviews', onTime: [], late: [] };
  const approvedOn = new Map(inputs.carers.map((c) => [c.householdId, c.approvedOn]));
  const sorted = [...inputs.reviews].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  for (const review of sorted) {
    const approved = approvedOn.get(review.householdId);
    if (approved === undefined || review.on < year.from || review.on > year.to) continue;
    const earlier = sorted.filter((r) => r.householdId === review.householdId && r.on < review.on);
    const due = nextReviewDue(approved, earlier);
    const row = due.toPanel ? first : later;
    (review.on <= due.dueOn ? row.onTime : row.late).push(review.householdId);
  }
  return [first, later];
}

export interface SupervisionRow {
  label: string;
  households: string[];
  visits: number;
  expected: number;
}

/** Visits a frequency asks for between two dates: one at each interval after the first. */
export function visitsExpected(from: IsoDate, to: IsoDate, frequency = DEFAULT_SUPERVISION): number {
  let n = 0;
  for (let next = afterInterval(from, frequency); next <= to; next = afterInterval(next, frequency)) n += 1;
  return n;
}

/** Per tier at the year's end: supervision visits made in the year against what the tier's frequency asks for over each household's time on the register in it. */
export function supervisionFrequency(inputs: Pick<SupportReportInputs, 'carers' | 'tierChanges' | 'tiers' | 'visits'>, year: Period, end: IsoDate): SupervisionRow[] {
  const rows = byTier(inputs, end).map((r) => ({ label: r.label, households: r.households, visits: 0, expected: 0, tierId: r.tierId }));
  const carerOf = new Map(inputs.carers.map((c) => [c.householdId, c]));
  for (const row of rows) {
    const frequency = tierById(inputs.tiers, row.tierId)?.supervision ?? DEFAULT_SUPERVISION;
    for (const id of row.households) {
      const carer = carerOf.get(id)!;
      const from = maxDate(year.from, carer.approvedOn);
      row.expected += visitsExpected(from, end, frequency);
      row.visits += inputs.visits.filter((v) => v.householdId === id && v.on >= year.from && v.on <= end).length;
    }
  }
  return rows.map(({ tierId: _, ...r }) => r);
}

export interface MembershipRow {
  label: string;
  /** On the register at any time in the year. */
  households: string[];
  left: string[];
}

/**
 * Households on the register in the year, apart by whether they were in a constellation (its hub
 * or a satellite) at any time in it, with those that left the register in the year.
 */
export function retentionByMembership(inputs: Pick<SupportReportInputs, 'carers' | 'constellations' | 'members'>, year: Period): MembershipRow[] {
  const inside = new Set<string>();
  for (const c of inputs.constellations) if (c.startOn <= year.to) inside.add(c.hubHouseholdId);
  for (const m of inputs.members) if (m.joinedOn <= year.to && (m.leftOn === undefined || m.leftOn > year.from)) inside.add(m.householdId);
  const rows: MembershipRow[] = [
    { label: 'In a constellation', households: [], left: [] },
    { label: 'Not in a constellation', households: [], left: [] },
  ];
  for (const carer of inputs.carers) {
    if (carer.approvedOn > year.to || (carer.leftOn !== undefined && carer.leftOn < year.from)) continue;
    const row = rows[inside.has(carer.householdId) ? 0 : 1]!;
    row.households.push(carer.householdId);
    if (carer.leftOn !== undefined && carer.leftOn <= year.to) row.left.push(carer.householdId);
  }
  return rows;
}

export interface EndingsRow {
  label: string;
  /** On the register at any time in the year. */
  households: string[];
  /** Placements with these households that ended in the year, and of them those that ended unplanned. */
  ended: number;
  unplanned: number;
}

/**
 * The Mockingbird model's other outcome beside carers leaving: placements ending unplanned in the
 * year, with households in and out of a constellation apart as `retentionByMembership` puts them.
 */
export function unplannedEndingsByMembership(inputs: Pick<SupportReportInputs, 'carers' | 'constellations' | 'members' | 'placements'>, year: Period): EndingsRow[] {
  return retentionByMembership(inputs, year).map((row) => {
    const ids = new Set(row.households);
    const ended = inputs.placements.filter((p) => ids.has(p.householdId) && p.endOn !== undefined && p.endOn >= year.from && p.endOn <= year.to);
    return { label: row.label, households: row.households, ended: ended.length, unplanned: ended.filter((p) => p.ending === 'unplanned').length };
  });
}

export interface KeepCompletionRow {
  groupId: string;
  label: string;
  enrolled: string[];
  completed: string[];
  /** The group's last session is still to come. */
  running: boolean;
}

/** KEEP groups with a session in the year: who enrolled and who has completed at the service's share (catch-ups count). */
export function keepCompletion(inputs: Pick<SupportReportInputs, 'groups' | 'enrolments' | 'attendance' | 'programmes' | 'keepCompletionPercent'>, year: Period, today: IsoDate): KeepCompletionRow[] {
  const end = minDate(year.to, today);
  return inputs.groups
    .filter((g) => g.sessionDates.some((d) => d >= year.from && d <= year.to))
    .sort((a, b) => (a.startOn < b.startOn ? -1 : 1))
    .map((g) => {
      const programme = inputs.programmes.find((p) => p.id === g.programmeId);
      const held = g.sessionDates.filter((d) => d <= end).length;
      const enrolled = inputs.enrolments.filter((e) => e.groupId === g.id).map((e) => e.householdId);
      const completed = enrolled.filter((id) => {
        const marks = new Map<number, AttendanceMark | 'none'>(inputs.attendance.filter((a) => a.groupId === g.id && a.householdId === id).map((a) => [a.session, a.mark]));
        return carerProgress(marks, g.sessionDates.length, held, inputs.keepCompletionPercent).completed;
      });
      return { groupId: g.id, label: `${g.name} (${programme?.name ?? 'programme no longer in the settings'})`, enrolled, completed, running: held < g.sessionDates.length };
    });
}
