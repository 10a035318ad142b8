import { formatDate, todayIso, type IsoDate } from '../../domain/dates';
import type { StaffMember } from '../../domain/household';
import {
  ATTENDANCE,
  attendanceId,
  attendanceSoFar,
  carerProgress,
  DEFAULT_KEEP_PROGRAMMES,
  groupSizeWarning,
  lowAttendance,
  weeklySessions,
  type AttendanceMark,
  type CarerProgress,
  type KeepAttendance,
  type KeepCall,
  type KeepEnrolment,
  type KeepGroup,
  type KeepProgramme,
} from '../../domain/support/keep';
import { audit } from '../audit';
import { db, newId, nowInstant } from '../db';
import { asPerson } from '../revisions';
import { refuseIfStale } from '../stale';
import { RecordGoneError } from '../write-errors';
import { namedCarers, staffName, type NamedCarer } from './carer-names';
import { keepCompletion } from './keep-completion';

function keepTables() {
  const d = db();
  return [d.keepGroups, d.keepEnrolments, d.keepAttendance, d.keepCalls, d.carers, d.settings, d.events];
}

async function groupOrGone(id: string): Promise<KeepGroup> {
  const g = await db().keepGroups.get(id);
  if (!g) throw new RecordGoneError('This KEEP group no longer exists');
  return g;
}

/** The service's KEEP programmes are a setting; a missing row means the defaults. */
async function programmes(): Promise<KeepProgramme[]> {
  const row = await db().settings.get('keepProgrammes');
  return row ? (row.value as KeepProgramme[]) : [...DEFAULT_KEEP_PROGRAMMES];
}

function programmeOf(list: readonly KeepProgramme[], id: string): KeepProgramme {
  // A programme taken out of the settings still describes the groups that ran it.
  return list.find((p) => p.id === id) ?? { id, name: 'Programme no longer in the settings', agesFrom: 0, agesTo: 17, sessions: 16, minutesPerSession: 90 };
}

export interface KeepGroupRow {
  group: KeepGroup;
  programme: KeepProgramme;
  facilitators: string;
  enrolled: number;
  held: number;
  /** The service's share of sessions, in per cent, that completes KEEP. */
  completionPercent: number;
  /** Attendance as a share of places at the sessions held; undefined before the first. */
  rate?: number;
  warnings: string[];
}

export interface EnrolledCarer {
  enrolment: KeepEnrolment;
  names: string;
  marks: Map<number, AttendanceMark | 'none'>;
  /** Each session's mark as shown, by its revision: what a tap's save is based on. */
  markRevs: Map<number, string>;
  progress: CarerProgress;
}

export interface KeepGroupRecord extends KeepGroupRow {
  carers: EnrolledCarer[];
  calls: (KeepCall & { names: string })[];
  eligible: NamedCarer[];
}

function marksOf(rows: readonly KeepAttendance[]): Map<string, Map<number, AttendanceMark | 'none'>> {
  const map = new Map<string, Map<number, AttendanceMark | 'none'>>();
  for (const r of rows) {
    const marks = map.get(r.householdId) ?? new Map<number, AttendanceMark | 'none'>();
    marks.set(r.session, r.mark);
    map.set(r.householdId, marks);
  }
  return map;
}

function describe(
  group: KeepGroup,
  programme: KeepProgramme,
  staff: readonly StaffMember[],
  enrolments: readonly KeepEnrolment[],
  attendance: readonly KeepAttendance[],
  today: IsoDate,
  completionPercent: number,
): KeepGroupRow {
  const { held, rate } = attendanceSoFar(group.sessionDates, enrolments.length, attendance, today);
  const warnings: string[] = [];
  const size = groupSizeWarning(enrolments.length);
  if (size) warnings.push(size);
  if (lowAttendance(rate, completionPercent)) warnings.push(`Low attendance: ${rate}% of places filled`);
  const marks = marksOf(attendance);
  const missing = enrolments.filter((e) => carerProgress(marks.get(e.householdId) ?? new Map(), group.sessionDates.length, held, completionPercent).missedTwoInARow).length;
  if (missing) warnings.push(`${missing} ${missing === 1 ? 'household has' : 'households have'} missed two sessions in a row`);
  return {
    group,
    programme,
    facilitators: group.facilitatorIds.map((id) => staffName(staff, id)).join(' and '),
    enrolled: enrolments.length,
    held,
    completionPercent,
    ...(rate === undefined ? {} : { rate }),
    warnings,
  };
}

export const keepGroupsRepo = {
  programmes,

  async list(today: IsoDate = todayIso()): Promise<{ rows: KeepGroupRow[]; programmes: KeepProgramme[]; staff: StaffMember[] }> {
    const d = db();
    return d.transaction('r', [d.keepGroups, d.keepEnrolments, d.keepAttendance, d.staff, d.settings], async () => {
      const [groups, enrolments, attendance, staff, list, completion] = await Promise.all([
        d.keepGroups.toArray(),
        d.keepEnrolments.toArray(),
        d.keepAttendance.toArray(),
        d.staff.orderBy('name').toArray(),
        programmes(),
        keepCompletion(),
      ]);
      const rows = groups.map((g) =>
        describe(
          g,
          programmeOf(list, g.programmeId),
          staff,
          enrolments.filter((e) => e.groupId === g.id),
          attendance.filter((a) => a.groupId === g.id),
          today,
          completion.percent,
        ),
      );
      rows.sort((a, b) => (a.group.startOn < b.group.startOn ? 1 : a.group.startOn > b.group.startOn ? -1 : 0));
      return { rows, programmes: list, staff: staff.filter((s) => s.active) };
    });
  },

  async record(id: string, today: IsoDate = todayIso()): Promise<KeepGroupRecord | undefined> {
    const d = db();
    return d.transaction('r', [d.keepGroups, d.keepEnrolments, d.keepAttendance, d.keepCalls, d.staff, d.settings, d.carers, d.people], async () => {
      const group = await d.keepGroups.get(id);
      if (!group) return undefined;
      const [enrolments, attendance, calls, staff, list, carers, completion] = await Promise.all([
        d.keepEnrolments.where('groupId').equals(id).toArray(),
        d.keepAttendance.where('groupId').equals(id).toArray(),
        d.keepCalls.where('groupId').equals(id).toArray(),
        d.staff.orderBy('name').toArray(),
        programmes(),
        namedCarers(),
        keepCompletion(),
      ]);
      const programme = programmeOf(list, group.programmeId);
      const row = describe(group, programme, staff, enrolments, attendance, today, completion.percent);
      const nameOf = (householdId: string) => carers.find((c) => c.householdId === householdId)?.names ?? 'Unknown household';
      const marks = marksOf(attendance);
      const enrolledIds = new Set(enrolments.map((e) => e.householdId));
      return {
        ...row,
        carers: enrolments
          .map((enrolment) => {
            const own = marks.get(enrolment.householdId) ?? new Map<number, AttendanceMark | 'none'>();
            const markRevs = new Map(attendance.filter((a) => a.householdId === enrolment.householdId).map((a) => [a.session, a.revision?.rev ?? '']));
            return { enrolment, names: nameOf(enrolment.householdId), marks: own, markRevs, progress: carerProgress(own, group.sessionDates.length, row.held, row.completionPercent) };
          })
          .sort((a, b) => a.names.localeCompare(b.names)),
        calls: calls.map((c) => ({ ...c, names: nameOf(c.householdId) })).sort((a, b) => (a.on < b.on ? 1 : a.on > b.on ? -1 : 0)),
        eligible: carers.filter((c) => c.onRegister && !enrolledIds.has(c.householdId)),
      };
    });
  },

  /** A new group with its sessions weekly from the first, as many as its programme has. */
  async create(value: { name: string; programmeId: string; facilitatorIds: [string, string]; startOn: IsoDate }, by: string): Promise<string> {
    return asPerson(by, keepTables(), async () => {
      const programme = programmeOf(await programmes(), value.programmeId);
      const at = nowInstant();
      const id = newId();
      await db().keepGroups.add({ id, ...value, sessionDates: weeklySessions(value.startOn, programme.sessions), isDemo: 0, updatedAt: at });
      return id;
    });
  },

  async enrol(groupId: string, householdId: string, by: string): Promise<void> {
    await asPerson(by, keepTables(), async () => {
      const group = await groupOrGone(groupId);
      const carer = await db().carers.get(householdId);
      if (!carer || carer.onRegister !== 1) throw new RecordGoneError('This household is no longer on the register');
      if ((await db().keepEnrolments.where('householdId').equals(householdId).toArray()).some((e) => e.groupId === groupId)) throw new Error('This household is already enrolled in this group');
      const at = nowInstant();
      await db().keepEnrolments.add({ id: newId(), groupId, householdId, enrolledOn: at.slice(0, 10), updatedAt: at });
      await audit(householdId, by, 'keep', `Enrolled in the KEEP group ${group.name}`, ['keepEnrolments'], at);
    });
  },

  /**
   * Marks one household at one session; the same row is changed by a second tap, so marks never pile
   * up. `baseRev` is the mark as shown ('' for none yet): one changed since, in another tab, is kept.
   */
  async mark(groupId: string, householdId: string, session: number, mark: AttendanceMark | 'none', baseRev: string, by: string): Promise<void> {
    await asPerson(by, keepTables(), async () => {
      const group = await groupOrGone(groupId);
      const on = group.sessionDates[session];
      if (on === undefined) throw new Error('This group has no such session');
      if (on > todayIso()) throw new Error('A session not yet held cannot be marked');
      const id = attendanceId(groupId, householdId, session);
      const before = await db().keepAttendance.get(id);
      if ((before?.mark ?? 'none') === mark) return;
      if (before) refuseIfStale(before, baseRev, ['mark']);
      const at = nowInstant();
      await db().keepAttendance.put({ ...before, id, groupId, householdId, session, mark, updatedAt: at });
      const what = mark === 'none' ? 'not attended' : ATTENDANCE[mark].toLowerCase();
      await audit(householdId, by, 'keep', `KEEP group ${group.name}, session ${session + 1} (${formatDate(on)}): ${what}`, [{ field: 'mark', from: before?.mark, to: mark }], at);
    });
  },

  async logCall(groupId: string, value: Pick<KeepCall, 'householdId' | 'on' | 'behaviour' | 'stress' | 'note'>, by: string): Promise<void> {
    await asPerson(by, keepTables(), async () => {
      const group = await groupOrGone(groupId);
      const at = nowInstant();
      await db().keepCalls.add({ id: newId(), groupId, ...value, by, at });
      await audit(value.householdId, by, 'keep', `KEEP phone check on ${formatDate(value.on)} (${group.name}): behaviour ${value.behaviour}, stress ${value.stress} of 5`, ['keepCalls'], at);
    });
  },
};
