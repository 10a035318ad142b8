import { isIsoDate, type IsoDate } from './dates';
import type { Appointment } from './household';
import { notRealDate } from './date-parts';

export const APPOINTMENT_KINDS: Record<Appointment['kind'], string> = {
  initialVisit: 'Initial visit',
  assessmentVisit: 'Assessment visit',
  panel: 'Fostering panel',
  decision: 'Agency decision meeting',
  other: 'Other appointment',
};

export interface AppointmentForm {
  kind: string;
  on: string;
  note: string;
}

export type AppointmentResult =
  | { ok: true; appointment: Omit<Appointment, 'id' | 'householdId'> }
  | { ok: false; errors: Partial<Record<keyof AppointmentForm, string>> };

/** Appointments are plans, so unlike moves they may be in the future; they may not be more than 2 years out. */
export function validateAppointment(form: AppointmentForm, today: IsoDate): AppointmentResult {
  const errors: Partial<Record<keyof AppointmentForm, string>> = {};
  if (!(form.kind in APPOINTMENT_KINDS)) errors.kind = 'Select the kind of appointment';
  if (!form.on) errors.on = 'Enter the date of the appointment';
  else if (!isIsoDate(form.on)) errors.on = notRealDate(form.on, 'Date of the appointment');
  else if (form.on < `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`) errors.on = 'Date of the appointment must be within the last year';
  else if (form.on > `${Number(today.slice(0, 4)) + 2}${today.slice(4)}`) errors.on = 'Date of the appointment must be within the next 2 years';
  if (form.note.trim().length > 500) errors.note = 'Note must be 500 characters or fewer';
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    appointment: { kind: form.kind as Appointment['kind'], on: form.on, note: form.note.trim() || undefined },
  };
}
