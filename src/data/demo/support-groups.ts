import { addDays, addWeeks, type IsoDate } from '../../domain/dates';
import type { StaffMember } from '../../domain/household';
import { attendanceId, weeklySessions, type KeepAttendance, type KeepEnrolment, type KeepGroup } from '../../domain/support/keep';
import type { Constellation, ConstellationMember, HubStay, SupportMeeting } from '../../domain/support/constellation';

export interface DemoSupportGroups {
  constellations: Constellation[];
  members: ConstellationMember[];
  stays: HubStay[];
  meetings: SupportMeeting[];
  groups: KeepGroup[];
  enrolments: KeepEnrolment[];
  attendance: KeepAttendance[];
}

/**
 * Two constellations and two KEEP groups over the demo carer households (in reference order), so
 * the lists show both a group on track and one that stands out. The demo register is small, so
 * both constellations are short of the model's six satellites: one by two, one by five.
 */
export function demoSupportGroups(carerIds: readonly string[], staff: readonly StaffMember[], today: IsoDate, at: string): DemoSupportGroups {
  const out: DemoSupportGroups = { constellations: [], members: [], stays: [], meetings: [], groups: [], enrolments: [], attendance: [] };
  if (carerIds.length < 4 || staff.length < 2) return out;
  const by = staff[0]!.name;
  const plans = [
    { id: 'demo-constellation-1', name: 'Northfield', hub: carerIds[0]!, satellites: carerIds.slice(1, 5), startOn: addDays(today, -400), meetingDaysAgo: 12 },
    { id: 'demo-constellation-2', name: 'Southbank', hub: carerIds[5], satellites: carerIds.slice(6, 7), startOn: addDays(today, -120), meetingDaysAgo: 45 },
  ];
  for (const [i, p] of plans.entries()) {
    if (!p.hub) continue;
    out.constellations.push({ id: p.id, name: p.name, hubHouseholdId: p.hub, liaisonWorkerId: staff[i % staff.length]!.id, startOn: p.startOn, bedsKeptFree: 2, isDemo: 1, updatedAt: at });
    for (const [k, householdId] of p.satellites.entries()) {
      const member = `${p.id}-m${k}`;
      out.members.push({ id: member, constellationId: p.id, householdId, joinedOn: addDays(p.startOn, k * 7), updatedAt: at });
      out.stays.push({ id: `${member}-stay`, constellationId: p.id, householdId, fromOn: addDays(today, -20 - k * 9), nights: 1 + (k % 2), children: 1, kind: k % 2 ? 'shortBreak' : 'sleepover', planning: k === 2 ? 'emergency' : 'planned', by, at });
    }
    out.meetings.push({ id: `${p.id}-meeting`, constellationId: p.id, on: addDays(today, -p.meetingDaysAgo), kind: 'peerSupport', attended: p.satellites.slice(0, -1), note: '', by, at });
  }
  // One group well attended, one where carers are drifting away.
  const groups = [
    { id: 'demo-keep-1', name: 'Autumn KEEP Standard', programmeId: 'keepStandard', households: carerIds.slice(0, 4), startOn: addWeeks(today, -10), attends: (s: number, k: number) => s !== k },
    { id: 'demo-keep-2', name: 'KEEP Safe evening group', programmeId: 'keepSafe', households: carerIds.slice(3, 7), startOn: addWeeks(today, -6), attends: (s: number, k: number) => s < 2 || (s + k) % 3 === 0 },
  ];
  for (const g of groups) {
    const sessionDates = weeklySessions(g.startOn, 16);
    out.groups.push({ id: g.id, name: g.name, programmeId: g.programmeId, facilitatorIds: [staff[0]!.id, staff[1]!.id], startOn: g.startOn, sessionDates, isDemo: 1, updatedAt: at });
    const held = sessionDates.filter((d) => d <= today).length;
    for (const [k, householdId] of g.households.entries()) {
      out.enrolments.push({ id: `${g.id}-e${k}`, groupId: g.id, householdId, enrolledOn: addDays(g.startOn, -7), updatedAt: at });
      for (let s = 0; s < held; s++) {
        if (g.attends(s, k)) out.attendance.push({ id: attendanceId(g.id, householdId, s), groupId: g.id, householdId, session: s, mark: 'attended', updatedAt: at });
      }
    }
  }
  return out;
}
