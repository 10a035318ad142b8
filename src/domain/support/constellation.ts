import { addDays, addWeeks, daysBetween, maxDate, type IsoDate } from '../dates';
import type { Instant } from '../household';
import type { Revised } from '../revision';
import { NO_CONTACT_WEEKS } from './supervision';

/**
 * A Mockingbird constellation: a hub home carer household that keeps beds free for sleepovers and
 * short breaks, and the satellite households it supports, with a liaison worker.
 */
export interface Constellation extends Revised {
  id: string;
  name: string;
  hubHouseholdId: string;
  liaisonWorkerId: string;
  startOn: IsoDate;
  /** Beds the hub keeps free for sleepovers: at least two. */
  bedsKeptFree: number;
  isDemo: 0 | 1;
  updatedAt: Instant;
}

/** A satellite household's time in a constellation; leaving keeps the row with when and why. */
export interface ConstellationMember extends Revised {
  id: string;
  constellationId: string;
  householdId: string;
  joinedOn: IsoDate;
  leftOn?: IsoDate;
  leftWhy?: string;
  updatedAt: Instant;
}

export const STAY_KINDS = { sleepover: 'Sleepover', shortBreak: 'Short break' } as const;
export const STAY_PLANNING = { planned: 'Planned', emergency: 'Emergency' } as const;

/** Children from a satellite household staying at the hub: written once. */
export interface HubStay {
  id: string;
  constellationId: string;
  /** The satellite household the children came from. */
  householdId: string;
  fromOn: IsoDate;
  nights: number;
  children: number;
  kind: keyof typeof STAY_KINDS;
  planning: keyof typeof STAY_PLANNING;
  by: string;
  at: Instant;
}

export const MEETING_KINDS = { peerSupport: 'Peer support meeting', social: 'Social activity' } as const;

/** A peer support meeting or social activity, with the member households that came: written once. */
export interface SupportMeeting {
  id: string;
  constellationId: string;
  on: IsoDate;
  kind: keyof typeof MEETING_KINDS;
  attended: string[];
  note: string;
  by: string;
  at: Instant;
}

/** The model works with 6 to 10 satellite households. */
export const SATELLITES = { min: 6, max: 10 } as const;
export const MIN_BEDS_KEPT_FREE = 2;
/** Peer support meetings are monthly: a gap longer than this has drifted. */
export const MEETING_GAP_DAYS = 31;
/** Hub nights are counted over the last year. */
export const HUB_YEAR_DAYS = 365;

export function isMemberOn(m: Pick<ConstellationMember, 'joinedOn' | 'leftOn'>, on: IsoDate): boolean {
  return m.joinedOn <= on && (m.leftOn === undefined || m.leftOn > on);
}

export function satellitesOn(members: readonly ConstellationMember[], on: IsoDate): ConstellationMember[] {
  return members.filter((m) => isMemberOn(m, on));
}

export type SatelliteRange = 'short' | 'inRange' | 'over';
export function satelliteRange(count: number): SatelliteRange {
  return count < SATELLITES.min ? 'short' : count > SATELLITES.max ? 'over' : 'inRange';
}

/** Child-nights at the hub in the year to `today`, against the beds kept free over that year. */
export function hubNights(stays: readonly HubStay[], bedsKeptFree: number, today: IsoDate): { used: number; capacity: number; fullNights: number } {
  const from = addDays(today, -HUB_YEAR_DAYS + 1);
  const perNight = new Map<IsoDate, number>();
  for (const s of stays) {
    for (let i = 0; i < s.nights; i++) {
      const night = addDays(s.fromOn, i);
      if (night < from || night > today) continue;
      perNight.set(night, (perNight.get(night) ?? 0) + s.children);
    }
  }
  let used = 0;
  let fullNights = 0;
  for (const children of perNight.values()) {
    used += children;
    if (children > bedsKeptFree) fullNights += 1;
  }
  return { used, capacity: bedsKeptFree * HUB_YEAR_DAYS, fullNights };
}

/** Days since the last peer support meeting (social activities do not count); undefined when none has been held. */
export function daysSinceMeeting(meetings: readonly SupportMeeting[], today: IsoDate): number | undefined {
  const held = meetings.filter((m) => m.kind === 'peerSupport' && m.on <= today);
  if (!held.length) return undefined;
  return daysBetween(held.reduce((latest, m) => maxDate(latest, m.on), held[0]!.on), today);
}

/**
 * Current satellite households not seen for more than 8 weeks: no meeting or activity attended and
 * no stay at the hub since then (their joining date counts as seen).
 */
export function membersNotSeen(members: readonly ConstellationMember[], stays: readonly HubStay[], meetings: readonly SupportMeeting[], today: IsoDate): string[] {
  return satellitesOn(members, today)
    .filter((m) => {
      let seen = m.joinedOn;
      for (const s of stays) if (s.householdId === m.householdId && s.fromOn <= today) seen = maxDate(seen, s.fromOn);
      for (const meeting of meetings) if (meeting.attended.includes(m.householdId) && meeting.on <= today) seen = maxDate(seen, meeting.on);
      return today > addWeeks(seen, NO_CONTACT_WEEKS);
    })
    .map((m) => m.householdId);
}

export interface ConstellationStanding {
  satellites: number;
  range: SatelliteRange;
  nights: { used: number; capacity: number; fullNights: number };
  daysSinceMeeting?: number;
  notSeen: string[];
  warnings: string[];
}

/** Where a constellation stands today, with a sentence for each way it has drifted from the model. */
export function constellationStanding(
  c: Pick<Constellation, 'startOn' | 'bedsKeptFree'>,
  members: readonly ConstellationMember[],
  stays: readonly HubStay[],
  meetings: readonly SupportMeeting[],
  today: IsoDate,
): ConstellationStanding {
  const satellites = satellitesOn(members, today).length;
  const range = satelliteRange(satellites);
  const nights = hubNights(stays, c.bedsKeptFree, today);
  const since = daysSinceMeeting(meetings, today);
  const notSeen = membersNotSeen(members, stays, meetings, today);
  const warnings: string[] = [];
  if (range === 'short') warnings.push(`${satellites} satellite ${satellites === 1 ? 'household' : 'households'}: the model needs at least ${SATELLITES.min}`);
  if (range === 'over') warnings.push(`${satellites} satellite households: the model works with at most ${SATELLITES.max}`);
  if (c.bedsKeptFree < MIN_BEDS_KEPT_FREE) warnings.push(`The hub keeps ${c.bedsKeptFree} ${c.bedsKeptFree === 1 ? 'bed' : 'beds'} free: the model needs at least ${MIN_BEDS_KEPT_FREE}`);
  if (nights.fullNights > 0) warnings.push(`${nights.fullNights} ${nights.fullNights === 1 ? 'night' : 'nights'} in the last year with more children at the hub than beds kept free`);
  // A constellation just started has had no time to hold its first meeting.
  const meetingDue = since === undefined ? daysBetween(c.startOn, today) > MEETING_GAP_DAYS : since > MEETING_GAP_DAYS;
  if (meetingDue) warnings.push(since === undefined ? 'No peer support meeting held yet' : `${since} days since the last peer support meeting`);
  if (notSeen.length) warnings.push(`${notSeen.length} member ${notSeen.length === 1 ? 'household' : 'households'} not seen in ${NO_CONTACT_WEEKS} weeks`);
  return { satellites, range, nights, ...(since === undefined ? {} : { daysSinceMeeting: since }), notSeen, warnings };
}
