import { todayIso, type IsoDate } from '../../domain/dates';
import { audit, chainEvents, SERVICE_EVENTS } from '../audit';
import { DEMO_STAFF_ID_PREFIX, generateDemoData } from '../demo/generate';
import { demoSupportGroups } from '../demo/support-groups';
import { db, nowInstant } from '../db';
import { asPerson } from '../revisions';
import { carersRepo, carerTables } from './carers';
import { householdTables } from './households';
import { settingsRepo } from './settings';
import { draftsRepo } from './drafts';

export type LoadDemoResult = { ok: true; households: number } | { ok: false; message: string };

export interface RemoveDemoResult {
  households: number;
  /** Demo staff kept because a real household, or this device's user, still refers to them. */
  staffKept: number;
}

function demoTables() {
  const d = db();
  const support = [d.constellations, d.constellationMembers, d.hubStays, d.supportMeetings, d.keepGroups, d.keepEnrolments, d.keepAttendance, d.keepCalls];
  return [...new Set([...householdTables(), ...carerTables(), d.staff, ...support])];
}

/** How many demo households are loaded. */
export function demoStatus(): Promise<number> {
  return db().households.where('isDemo').equals(1).count();
}

/**
 * Writes the synthetic households, their records and an audit event for each in one
 * transaction: either all of the demo data arrives or none of it does.
 */
export async function loadDemoData(by: string, today: IsoDate = todayIso()): Promise<LoadDemoResult> {
  return asPerson(by, demoTables(), async () => {
    const d = db();
    if ((await demoStatus()) > 0) {
      return { ok: false as const, message: 'Demo data is already loaded. Remove it before loading it again.' };
    }
    const [targets, checkTypes] = await Promise.all([settingsRepo.localTargets(), settingsRepo.checkTypes()]);
    const data = generateDemoData({ today, targets, checkTypes });
    // Demo staff kept by an earlier removal (a real household uses them) are already there.
    const existing = await d.staff.bulkGet(data.staff.map((s) => s.id));
    await d.staff.bulkAdd(data.staff.filter((_, i) => !existing[i]));
    await d.households.bulkAdd(data.households);
    await d.householdDetails.bulkAdd(data.details);
    await d.people.bulkAdd(data.people);
    await d.checks.bulkAdd(data.checks);
    await d.moves.bulkAdd(data.moves);
    await d.appointments.bulkAdd(data.appointments);
    await d.events.bulkAdd(await chainEvents(data.events));
    const at = nowInstant();
    for (const h of data.households) await audit(h.id, by, 'demo', 'Demo household created', [], at);
    // Approved demo households are on the register, as an approval through the pipeline puts them.
    for (const h of data.households) if (h.stage === 'approved') await carersRepo.enrolApproved(h, by);
    const carers = (await d.carers.where('isDemo').equals(1).toArray()).filter((c) => c.onRegister === 1).sort((a, b) => a.reference.localeCompare(b.reference));
    const support = demoSupportGroups(carers.map((c) => c.householdId), data.staff, today, at);
    await d.constellations.bulkAdd(support.constellations);
    await d.constellationMembers.bulkAdd(support.members);
    await d.hubStays.bulkAdd(support.stays);
    await d.supportMeetings.bulkAdd(support.meetings);
    await d.keepGroups.bulkAdd(support.groups);
    await d.keepEnrolments.bulkAdd(support.enrolments);
    await d.keepAttendance.bulkAdd(support.attendance);
    await audit(SERVICE_EVENTS, by, 'demo', `Demo data loaded: ${data.households.length} households`, ['households'], at);
    return { ok: true as const, households: data.households.length };
  });
}

/**
 * Deletes every demo household and everything recorded on it, in one transaction. Real
 * households are never touched, and demo staff a real household still names are kept.
 */
export async function removeDemoData(by: string): Promise<RemoveDemoResult> {
  let ids: string[] = [];
  const result = await asPerson(by, demoTables(), async () => {
    const d = db();
    ids = await d.households.where('isDemo').equals(1).primaryKeys();
    for (const table of [d.people, d.checks, d.moves, d.appointments, d.events, d.notes, d.placements, d.supervisionVisits, d.reviews, d.trainingRecords, d.tierChanges]) {
      await table.where('householdId').anyOf(ids).delete();
    }
    // Demo constellations and groups go whole; a real household's membership of one goes with it.
    const constellations = await d.constellations.where('isDemo').equals(1).primaryKeys();
    const groups = await d.keepGroups.where('isDemo').equals(1).primaryKeys();
    const support = [
      { index: 'constellationId', keys: constellations, tables: [d.constellationMembers, d.hubStays, d.supportMeetings] },
      { index: 'groupId', keys: groups, tables: [d.keepEnrolments, d.keepAttendance, d.keepCalls] },
      { index: 'householdId', keys: ids, tables: [d.constellationMembers, d.hubStays, d.keepEnrolments, d.keepAttendance, d.keepCalls] },
    ];
    for (const { index, keys, tables } of support) for (const table of tables) await table.where(index).anyOf(keys).delete();
    await d.constellations.bulkDelete(constellations);
    await d.keepGroups.bulkDelete(groups);
    await d.carers.bulkDelete(ids);
    await d.deregistrations.bulkDelete(ids);
    await d.householdDetails.bulkDelete(ids);
    await d.households.bulkDelete(ids);

    const demoStaff = await d.staff.where('id').startsWith(DEMO_STAFF_ID_PREFIX).primaryKeys();
    const kept = new Set<string>();
    const current = await settingsRepo.currentStaffId();
    for (const id of demoStaff) {
      if (id === current || (await d.households.where('workerId').equals(id).count()) > 0) kept.add(id);
    }
    const unsure = demoStaff.filter((id) => !kept.has(id));
    // Assessors are not indexed; one pass over the real households, and only when it can matter.
    if (unsure.length) {
      await d.households.each((h) => {
        const assessor = h.assessment.assessorId;
        if (assessor && unsure.includes(assessor)) kept.add(assessor);
      });
    }
    await d.staff.bulkDelete(demoStaff.filter((id) => !kept.has(id)));
    await audit(SERVICE_EVENTS, by, 'demo', `Demo data removed: ${ids.length} households`, ['households']);
    return { households: ids.length, staffKept: kept.size };
  });
  await draftsRepo.forgetRecords(ids);
  return result;
}
