import { useState } from 'preact/hooks';
import { APPOINTMENT_KINDS, validateAppointment, type AppointmentForm } from '../../domain/appointments';
import { formatDate, todayIso } from '../../domain/dates';
import type { HouseholdRecord } from '../../data/repositories/households';
import { appointmentsRepo } from '../../data/repositories/appointments';
import { ErrorSummary } from '../components/ErrorSummary';
import { SelectField, TextField, optionsFrom } from '../components/fields';
import { byName } from '../current-user';

const EMPTY: AppointmentForm = { kind: '', on: '', note: '' };

/** Visits and panels planned ahead. They are plans, not moves: moving stage is done when they happen. */
export function AppointmentsSection({ record, today }: { record: HouseholdRecord; today: string }) {
  const [form, setForm] = useState<AppointmentForm | undefined>();
  const [errors, setErrors] = useState<Partial<Record<keyof AppointmentForm, string>>>({});
  const id = record.household.id;
  const upcoming = record.appointments.filter((a) => a.on >= today);
  const past = record.appointments.filter((a) => a.on < today);

  const save = async (e: Event) => {
    e.preventDefault();
    if (!form) return;
    const result = validateAppointment(form, todayIso());
    if (!result.ok) return setErrors(result.errors);
    await appointmentsRepo.add(id, result.appointment, byName());
    setErrors({});
    setForm(undefined);
  };

  const list = (items: typeof record.appointments, label: string) =>
    items.length > 0 && (
      <div class="table-wrap">
        <table class="table">
          <caption>{label}</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Appointment</th>
              <th scope="col">Note</th>
              <th scope="col"><span class="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {items.map((a) => (
              <tr key={a.id}>
                <td>{formatDate(a.on)}</td>
                <td>{APPOINTMENT_KINDS[a.kind]}</td>
                <td>{a.note}</td>
                <td>
                  <button type="button" class="link-button" onClick={() => void appointmentsRepo.remove(a.id, byName())}>
                    Cancel{' '}<span class="visually-hidden">{APPOINTMENT_KINDS[a.kind].toLowerCase()} on {formatDate(a.on)}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );

  return (
    <section id="appointments" aria-labelledby="appointments-heading">
      <h2 id="appointments-heading">Appointments</h2>
      {record.appointments.length === 0 && <p>No visits or panels planned.</p>}
      {list(upcoming, 'Coming up')}
      {list(past, 'Past appointments')}
      {form ? (
        <form onSubmit={save} noValidate class="two-thirds">
          <ErrorSummary
            errors={(['kind', 'on', 'note'] as const)
              .filter((k) => errors[k])
              .map((k) => ({ field: `appointment-${k}`, message: errors[k]! }))}
          />
          <SelectField
            id="appointment-kind"
            label="Kind of appointment"
            value={form.kind}
            placeholder="Select"
            options={optionsFrom(APPOINTMENT_KINDS)}
            onChange={(kind) => setForm({ ...form, kind })}
            error={errors.kind}
          />
          <TextField id="appointment-on" type="date" width="date" label="Date" value={form.on} onInput={(on) => setForm({ ...form, on })} error={errors.on} />
          <TextField id="appointment-note" label="Note (optional)" value={form.note} onInput={(note) => setForm({ ...form, note })} error={errors.note} />
          <div class="button-group">
            <button type="submit" class="button">Save appointment</button>
            <button type="button" class="link-button" onClick={() => { setForm(undefined); setErrors({}); }}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <button type="button" class="button button--secondary" onClick={() => setForm(EMPTY)}>
          Plan a visit or panel
        </button>
      )}
    </section>
  );
}
