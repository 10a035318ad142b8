/**
 * Constellations and KEEP groups drifting from their model, as Today lists them: a constellation
 * outside 6 to 10 satellites, with more children at the hub than beds kept free, or too long
 * without a peer support meeting; a running KEEP group whose attendance has fallen low.
 */
import type { IsoDate } from '../dates';
import { constellationStanding, type Constellation, type ConstellationMember, type HubStay, type SupportMeeting } from './constellation';
import { isRunning } from './follow-ups';
import { attendanceSoFar, lowAttendance, type KeepAttendance, type KeepGroup } from './keep';

export interface ConstellationFollowUp {
  constellationId: string;
  name: string;
  /** One sentence for each way it has drifted, as its page says them. */
  warnings: string[];
}

/** A constellation that has started and drifted from the model in any way its page warns of. */
export function constellationFollowUp(
  c: Pick<Constellation, 'id' | 'name' | 'startOn' | 'bedsKeptFree'>,
  members: readonly ConstellationMember[],
  stays: readonly HubStay[],
  meetings: readonly SupportMeeting[],
  today: IsoDate,
): ConstellationFollowUp | undefined {
  if (c.startOn > today) return undefined;
  const { warnings } = constellationStanding(c, members, stays, meetings, today);
  return warnings.length ? { constellationId: c.id, name: c.name, warnings } : undefined;
}

export interface KeepAttendanceFollowUp {
  groupId: string;
  groupName: string;
  /** Share of places filled at the sessions held, 0 to 100. */
  rate: number;
  held: number;
}

/**
 * A running group whose attendance (catch-ups count) is below `completionPercent`, the service's
 * share of sessions that completes KEEP, of places at the sessions held.
 */
export function keepAttendanceFollowUp(
  group: Pick<KeepGroup, 'id' | 'name' | 'sessionDates'>,
  enrolled: number,
  attendance: readonly Pick<KeepAttendance, 'session' | 'mark'>[],
  today: IsoDate,
  completionPercent: number,
): KeepAttendanceFollowUp | undefined {
  if (!isRunning(group, today)) return undefined;
  const { held, rate } = attendanceSoFar(group.sessionDates, enrolled, attendance, today);
  return rate !== undefined && lowAttendance(rate, completionPercent) ? { groupId: group.id, groupName: group.name, rate, held } : undefined;
}
