import { audit, SERVICE_EVENTS } from '../audit';
import { db } from '../db';
import { asPerson } from '../revisions';

/** Every table that holds something about a household or a carer, bar the audit trail (kept for the service's own events). */
function householdDataTables() {
  const d = db();
  return [
    d.households, d.householdDetails, d.people, d.checks, d.moves, d.appointments, d.notes, d.drafts, d.conflicts, d.deletions,
    d.carers, d.placements, d.supervisionVisits, d.reviews, d.trainingRecords, d.tierChanges, d.deregistrations,
    d.constellations, d.constellationMembers, d.hubStays, d.supportMeetings, d.keepGroups, d.keepEnrolments, d.keepAttendance, d.keepCalls,
  ];
}

/** How many households this device holds, demo or real: a carer's device should hold none. */
export function householdsOnDevice(): Promise<number> {
  return db().households.count();
}

/**
 * Removes every household's records from this device, in one transaction, before it becomes a
 * carer's device. The records are taken off this device, not deleted from the service: no
 * deletion is recorded for a merge to carry to other devices, and the service's backups and
 * devices keep theirs. The service's own audit events stay, with this removal among them.
 */
export async function removeHouseholdsFromDevice(by: string): Promise<number> {
  const d = db();
  return asPerson(
    by,
    [...householdDataTables(), d.events],
    async () => {
      const count = await d.households.count();
      await Promise.all(householdDataTables().map((t) => t.clear()));
      await d.events.where('householdId').notEqual(SERVICE_EVENTS).delete();
      await audit(SERVICE_EVENTS, by, 'device', `Records of ${count} household${count === 1 ? '' : 's'} removed from this device for carer mode`, ['households']);
      return count;
    },
    { keepRevisions: true },
  );
}
