import { APPOINTMENT_KINDS } from '../../domain/appointments';
import { formatDate } from '../../domain/dates';
import type { Appointment } from '../../domain/household';
import { audit } from '../audit';
import { db, newId } from '../db';
import { asPerson } from '../revisions';
import { refuseIfStale } from '../stale';

/** What the appointments table shows, so a cancel is refused when any of it changed since. */
const SHOWN: (keyof Appointment)[] = ['kind', 'on', 'note'];

export const appointmentsRepo = {
  async add(householdId: string, appointment: Omit<Appointment, 'id' | 'householdId'>, by: string): Promise<Appointment> {
    const d = db();
    return asPerson(by, [d.appointments, d.events], async () => {
      const row: Appointment = { id: newId(), householdId, ...appointment };
      await d.appointments.add(row);
      await audit(householdId, by, 'appointment', `${APPOINTMENT_KINDS[row.kind]} planned for ${formatDate(row.on)}`, ['appointments']);
      return row;
    });
  },

  /** Cancels an appointment as it was shown (`baseRev`): one changed since, on a merged device or in another tab, is kept. */
  async remove(id: string, baseRev: string, by: string): Promise<void> {
    const d = db();
    await asPerson(by, [d.appointments, d.events], async () => {
      const row = await d.appointments.get(id);
      if (!row) return;
      refuseIfStale(row, baseRev, SHOWN);
      await d.appointments.delete(id);
      await audit(row.householdId, by, 'appointment', `${APPOINTMENT_KINDS[row.kind]} on ${formatDate(row.on)} cancelled`, ['appointments']);
    });
  },
};
