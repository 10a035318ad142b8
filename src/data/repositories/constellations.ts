import { formatDate, todayIso, type IsoDate } from '../../domain/dates';
import type { StaffMember } from '../../domain/household';
import {
  constellationStanding,
  isMemberOn,
  MEETING_KINDS,
  STAY_KINDS,
  STAY_PLANNING,
  type Constellation,
  type ConstellationMember,
  type ConstellationStanding,
  type HubStay,
  type SupportMeeting,
} from '../../domain/support/constellation';
import type { ConstellationValue, StayValue } from '../../domain/support/support-forms';
import { audit } from '../audit';
import { db, newId, nowInstant } from '../db';
import { asPerson } from '../revisions';
import { refuseIfStale } from '../stale';
import { RecordGoneError } from '../write-errors';
import { namedCarers, staffName, type NamedCarer } from './carer-names';

/** Tables a constellation's write may touch; each write is one transaction over these. */
function constellationTables() {
  const d = db();
  return [d.constellations, d.constellationMembers, d.hubStays, d.supportMeetings, d.carers, d.events];
}

async function constellationOrGone(id: string): Promise<Constellation> {
  const c = await db().constellations.get(id);
  if (!c) throw new RecordGoneError('This constellation no longer exists');
  return c;
}

export interface ConstellationRow {
  constellation: Constellation;
  hubName: string;
  liaisonName: string;
  standing: ConstellationStanding;
}

export interface ConstellationRecord extends ConstellationRow {
  members: (ConstellationMember & { names: string })[];
  stays: (HubStay & { names: string })[];
  meetings: SupportMeeting[];
  carers: NamedCarer[];
  staff: StaffMember[];
}

const byConstellation = <T extends { constellationId: string }>(rows: T[], id: string) => rows.filter((r) => r.constellationId === id);

export const constellationsRepo = {
  /** Every constellation with where it stands today, drifting ones first. */
  async list(today: IsoDate = todayIso()): Promise<{ rows: ConstellationRow[]; carers: NamedCarer[]; staff: StaffMember[] }> {
    const d = db();
    return d.transaction('r', [d.constellations, d.constellationMembers, d.hubStays, d.supportMeetings, d.carers, d.people, d.staff], async () => {
      const [all, members, stays, meetings, carers, staff] = await Promise.all([
        d.constellations.toArray(),
        d.constellationMembers.toArray(),
        d.hubStays.toArray(),
        d.supportMeetings.toArray(),
        namedCarers(),
        d.staff.orderBy('name').toArray(),
      ]);
      const nameOf = new Map(carers.map((c) => [c.householdId, c.names]));
      const rows = all.map((c) => ({
        constellation: c,
        hubName: nameOf.get(c.hubHouseholdId) ?? 'Unknown household',
        liaisonName: staffName(staff, c.liaisonWorkerId),
        standing: constellationStanding(c, byConstellation(members, c.id), byConstellation(stays, c.id), byConstellation(meetings, c.id), today),
      }));
      rows.sort((a, b) => b.standing.warnings.length - a.standing.warnings.length || a.constellation.name.localeCompare(b.constellation.name));
      return { rows, carers, staff: staff.filter((s) => s.active) };
    });
  },

  async record(id: string, today: IsoDate = todayIso()): Promise<ConstellationRecord | undefined> {
    const d = db();
    return d.transaction('r', [d.constellations, d.constellationMembers, d.hubStays, d.supportMeetings, d.carers, d.people, d.staff], async () => {
      const constellation = await d.constellations.get(id);
      if (!constellation) return undefined;
      const [members, stays, meetings, carers, staff] = await Promise.all([
        d.constellationMembers.where('constellationId').equals(id).toArray(),
        d.hubStays.where('constellationId').equals(id).toArray(),
        d.supportMeetings.where('constellationId').equals(id).toArray(),
        namedCarers(),
        d.staff.orderBy('name').toArray(),
      ]);
      const nameOf = (householdId: string) => carers.find((c) => c.householdId === householdId)?.names ?? 'Unknown household';
      return {
        constellation,
        hubName: nameOf(constellation.hubHouseholdId),
        liaisonName: staffName(staff, constellation.liaisonWorkerId),
        standing: constellationStanding(constellation, members, stays, meetings, today),
        members: members.map((m) => ({ ...m, names: nameOf(m.householdId) })).sort((a, b) => (a.joinedOn < b.joinedOn ? -1 : a.joinedOn > b.joinedOn ? 1 : 0)),
        stays: stays.map((s) => ({ ...s, names: nameOf(s.householdId) })).sort((a, b) => (a.fromOn < b.fromOn ? 1 : -1)),
        meetings: meetings.sort((a, b) => (a.on < b.on ? 1 : -1)),
        carers,
        staff,
      };
    });
  },

  async create(value: ConstellationValue, by: string): Promise<string> {
    return asPerson(by, constellationTables(), async () => {
      const hub = await db().carers.get(value.hubHouseholdId);
      if (!hub || hub.onRegister !== 1) throw new RecordGoneError('The hub home household is no longer on the register');
      const at = nowInstant();
      const id = newId();
      await db().constellations.add({ id, ...value, isDemo: hub.isDemo, updatedAt: at });
      await audit(value.hubHouseholdId, by, 'constellation', `Hub home of the Mockingbird constellation ${value.name} from ${formatDate(value.startOn)}`, ['constellations'], at);
      return id;
    });
  },

  /** A carer household joins as a satellite; one already in this constellation, or its hub, cannot join twice. */
  async join(constellationId: string, value: { householdId: string; joinedOn: IsoDate }, by: string): Promise<void> {
    await asPerson(by, constellationTables(), async () => {
      const c = await constellationOrGone(constellationId);
      if (value.householdId === c.hubHouseholdId) throw new Error('The hub home cannot also be a satellite');
      const current = await db().constellationMembers.where('householdId').equals(value.householdId).toArray();
      if (current.some((m) => m.constellationId === constellationId && m.leftOn === undefined)) throw new Error('This household is already a satellite of this constellation');
      const at = nowInstant();
      await db().constellationMembers.add({ id: newId(), constellationId, ...value, updatedAt: at });
      await audit(value.householdId, by, 'constellation', `Joined the Mockingbird constellation ${c.name} as a satellite on ${formatDate(value.joinedOn)}`, ['constellationMembers'], at);
    });
  },

  /** Refused when the membership changed since the form was opened (`baseRev`): someone else recorded its leaving. */
  async leave(memberId: string, value: { leftOn: IsoDate; why: string }, baseRev: string, by: string): Promise<void> {
    await asPerson(by, constellationTables(), async () => {
      const member = await db().constellationMembers.get(memberId);
      if (!member) throw new RecordGoneError('This membership no longer exists');
      refuseIfStale(member, baseRev, ['joinedOn', 'leftOn', 'leftWhy']);
      const c = await constellationOrGone(member.constellationId);
      const at = nowInstant();
      await db().constellationMembers.put({ ...member, leftOn: value.leftOn, leftWhy: value.why, updatedAt: at });
      await audit(member.householdId, by, 'constellation', `Left the Mockingbird constellation ${c.name} on ${formatDate(value.leftOn)}: ${value.why}`, [{ field: 'leftOn', from: undefined, to: value.leftOn }], at);
    });
  },

  async logStay(constellationId: string, value: StayValue, by: string): Promise<void> {
    await asPerson(by, constellationTables(), async () => {
      const c = await constellationOrGone(constellationId);
      const members = await db().constellationMembers.where('constellationId').equals(constellationId).toArray();
      if (!members.some((m) => m.householdId === value.householdId && isMemberOn(m, value.fromOn))) throw new Error('The household was not a satellite of this constellation on that date');
      const at = nowInstant();
      await db().hubStays.add({ id: newId(), constellationId, ...value, by, at });
      const nights = `${value.nights} ${value.nights === 1 ? 'night' : 'nights'}`;
      await audit(value.householdId, by, 'constellation', `${STAY_PLANNING[value.planning]} ${STAY_KINDS[value.kind].toLowerCase()} at the ${c.name} hub from ${formatDate(value.fromOn)}: ${nights}, ${value.children} ${value.children === 1 ? 'child' : 'children'}`, ['hubStays'], at);
    });
  },

  async logMeeting(constellationId: string, value: Pick<SupportMeeting, 'kind' | 'on' | 'attended' | 'note'>, by: string): Promise<void> {
    await asPerson(by, constellationTables(), async () => {
      const c = await constellationOrGone(constellationId);
      const at = nowInstant();
      await db().supportMeetings.add({ id: newId(), constellationId, ...value, by, at });
      await audit(c.hubHouseholdId, by, 'constellation', `${MEETING_KINDS[value.kind]} of ${c.name} on ${formatDate(value.on)}: ${value.attended.length} households came`, ['supportMeetings'], at);
    });
  },
};
