import { addWeeks, type IsoDate } from '../dates';
import type { Instant } from '../household';
import type { Revised } from '../revision';

/** A KEEP programme as the service runs it: a setting, editable, and more may be added. */
export interface KeepProgramme {
  id: string;
  name: string;
  /** The ages of the children the carers look after. */
  agesFrom: number;
  agesTo: number;
  sessions: number;
  minutesPerSession: number;
}

export const DEFAULT_KEEP_PROGRAMMES: readonly KeepProgramme[] = [
  { id: 'keepP', name: 'KEEP P', agesFrom: 3, agesTo: 6, sessions: 16, minutesPerSession: 90 },
  { id: 'keepStandard', name: 'KEEP Standard', agesFrom: 5, agesTo: 12, sessions: 16, minutesPerSession: 90 },
  { id: 'keepSafe', name: 'KEEP Safe', agesFrom: 12, agesTo: 17, sessions: 16, minutesPerSession: 90 },
];

/**
 * The share of sessions, in per cent, a carer attends (catch-ups count) to complete KEEP: a service
 * setting. A group whose attendance falls below the same share stands out.
 */
export const DEFAULT_KEEP_COMPLETION_PERCENT = 75;
/** Below half, a carer could complete having missed most of the programme. */
export const MIN_KEEP_COMPLETION_PERCENT = 50;
export const MAX_KEEP_COMPLETION_PERCENT = 100;

/** The model's group size. */
export const GROUP_SIZE = { min: 8, max: 10 } as const;

export interface KeepGroup extends Revised {
  id: string;
  name: string;
  programmeId: string;
  /** Two facilitators (staff ids). */
  facilitatorIds: [string, string];
  startOn: IsoDate;
  /** One date per session, weekly from the start. */
  sessionDates: IsoDate[];
  isDemo: 0 | 1;
  updatedAt: Instant;
}

export interface KeepEnrolment extends Revised {
  id: string;
  groupId: string;
  householdId: string;
  enrolledOn: IsoDate;
  updatedAt: Instant;
}

export const ATTENDANCE = { attended: 'Attended', catchUp: 'Catch-up' } as const;
export type AttendanceMark = keyof typeof ATTENDANCE;

/** One household at one session; no row means not (yet) attended. Its id is the three together, so a second tap changes the same row. */
export interface KeepAttendance extends Revised {
  id: string;
  groupId: string;
  householdId: string;
  /** 0-based session number. */
  session: number;
  mark: AttendanceMark | 'none';
  updatedAt: Instant;
}

export function attendanceId(groupId: string, householdId: string, session: number): string {
  return `${groupId}:${householdId}:${session}`;
}

/** The simple scale of the facilitators' weekly phone check: 1 is settled or calm, 5 is very hard. */
export const SCALE = { 1: '1', 2: '2', 3: '3', 4: '4', 5: '5' } as const;
export type ScalePoint = 1 | 2 | 3 | 4 | 5;

/** The facilitators' weekly phone check with a carer: written once. */
export interface KeepCall {
  id: string;
  groupId: string;
  householdId: string;
  on: IsoDate;
  behaviour: ScalePoint;
  stress: ScalePoint;
  note: string;
  by: string;
  at: Instant;
}

/** Weekly session dates from the first session. */
export function weeklySessions(startOn: IsoDate, count: number): IsoDate[] {
  return Array.from({ length: count }, (_, i) => addWeeks(startOn, i));
}

export function groupSizeWarning(enrolled: number): string | undefined {
  if (enrolled < GROUP_SIZE.min) return `${enrolled} ${enrolled === 1 ? 'household' : 'households'} enrolled: KEEP groups work with ${GROUP_SIZE.min} to ${GROUP_SIZE.max}`;
  if (enrolled > GROUP_SIZE.max) return `${enrolled} households enrolled: KEEP groups work with at most ${GROUP_SIZE.max}`;
  return undefined;
}

/** Sessions held by `today`: those dated on or before it. */
export function sessionsHeld(sessionDates: readonly IsoDate[], today: IsoDate): number {
  return sessionDates.filter((d) => d <= today).length;
}

export interface CarerProgress {
  /** Sessions attended, catch-ups included. */
  attended: number;
  /** Sessions needed to complete. */
  needed: number;
  completed: boolean;
  /** Two sessions held in a row with neither attendance nor catch-up. */
  missedTwoInARow: boolean;
}

/** Sessions a carer must attend to complete: the service's share of the group's sessions, rounded up. */
export function sessionsNeeded(sessions: number, completionPercent: number): number {
  return Math.ceil((sessions * completionPercent) / 100);
}

/** How one household is getting on in a group, from its marks for the sessions held. */
export function carerProgress(marks: ReadonlyMap<number, AttendanceMark | 'none'>, sessions: number, held: number, completionPercent: number): CarerProgress {
  let attended = 0;
  let run = 0;
  let missedTwoInARow = false;
  for (let s = 0; s < sessions; s++) {
    const mark = marks.get(s);
    const came = mark === 'attended' || mark === 'catchUp';
    if (came) attended += 1;
    if (s >= held) continue;
    run = came ? 0 : run + 1;
    if (run >= 2) missedTwoInARow = true;
  }
  const needed = sessionsNeeded(sessions, completionPercent);
  return { attended, needed, completed: attended >= needed, missedTwoInARow };
}

/** A group's attendance stands out below the share of sessions that completes KEEP (both in per cent). */
export function lowAttendance(rate: number | undefined, completionPercent: number): boolean {
  return rate !== undefined && rate < completionPercent;
}

/** The share of places filled at the sessions held, 0 to 100; undefined before the first session. */
export function attendanceRate(totalAttended: number, enrolled: number, held: number): number | undefined {
  if (!held || !enrolled) return undefined;
  return Math.round((totalAttended / (enrolled * held)) * 100);
}

/** Sessions held by `today` and the share of places filled at them (catch-ups count). */
export function attendanceSoFar(
  sessionDates: readonly IsoDate[],
  enrolled: number,
  attendance: readonly Pick<KeepAttendance, 'session' | 'mark'>[],
  today: IsoDate,
): { held: number; rate?: number } {
  const held = sessionsHeld(sessionDates, today);
  const came = attendance.filter((a) => a.session < held && a.mark !== 'none').length;
  const rate = attendanceRate(came, enrolled, held);
  return rate === undefined ? { held } : { held, rate };
}
