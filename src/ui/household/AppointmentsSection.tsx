import { useState } from 'preact/hooks';
import { APPOINTMENT_KINDS, validateAppointment, type AppointmentForm } from '../../domain/appointments';
import { formatDate, todayIso } from '../../domain/dates';
import type { HouseholdRecord } from '../../data/repositories/households';
import { appointmentsRepo } from '../../data/repositories/appointments';
import { writeErrorMessage } from '../../data/write-errors';
import type { Appointment } from '../../domain/household';
import { DraftNotice } from '../components/DraftNotice';
import { ErrorSummary } from '../components/ErrorSummary';
import { SelectField, TextField, optionsFrom } from '../components/fields';
import { DateInput } from '../components/DateInput';
import { SaveFailed } from '../components/SaveFailed';
import { StaleNotice } from '../components/StaleNotice';
import { useRevisionGuard } from '../components/use-stale-guard';
import { useFormDraft, useStoredDraft } from '../components/use-form-draft';
import { byName } from '../current-user';
import { useDisclosure } from './AssessmentFormParts';

const EMPTY: AppointmentForm = { kind: '', on: '', note: '' };

/** The form to plan a visit or panel; what is typed is kept as a draft until it is saved or cancelled. */
function PlanAppointment({ householdId, onClose }: { householdId: string; onClose: () => void }) {
  const draft = useFormDraft<AppointmentForm>(`appointment:${householdId}`, () => EMPTY);
  const form = draft.values;
  const [errors, setErrors] = useState<Partial<Record<keyof AppointmentForm, string>>>({});

  const save = async (e: Event) => {
    e.preventDefault();
    const result = validateAppointment(form, todayIso());
    if (!result.ok) return setErrors(result.errors);
    try {
      await appointmentsRepo.add(householdId, result.appointment, byName());
    } catch (error) {
      // What was typed stays in the form and its draft.
      return setErrors({ kind: writeErrorMessage(error, 'The appointment') });
    }
    await draft.discard();
    onClose();
  };

  return (
    <form onSubmit={save} noValidate class="two-thirds" aria-label="Plan a visit or panel">
      <ErrorSummary
        errors={(['kind', 'on', 'note'] as const)
          .filter((k) => errors[k])
          .map((k) => ({ field: `appointment-${k}`, message: errors[k]! }))}
      />
      <DraftNotice draft={draft} focusId="appointment-kind" />
      <SelectField
        id="appointment-kind"
        label="Kind of appointment"
        value={form.kind}
        placeholder="Select"
        options={optionsFrom(APPOINTMENT_KINDS)}
        onChange={(kind) => draft.change((f) => ({ ...f, kind }))}
        error={errors.kind}
      />
      <DateInput id="appointment-on" label="Date" value={form.on} onInput={(on) => draft.change((f) => ({ ...f, on }))} error={errors.on} />
      <TextField id="appointment-note" label="Note (optional)" value={form.note} onInput={(note) => draft.change((f) => ({ ...f, note }))} error={errors.note} />
      <div class="button-group">
        <button type="submit" class="button">Save appointment</button>
        <button
          type="button"
          class="link-button"
          onClick={() => {
            void draft.discard();
            onClose();
          }}
        >
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Visits and panels planned ahead. They are plans, not moves: moving stage is done when they happen. */
export function AppointmentsSection({ record, today }: { record: HouseholdRecord; today: string }) {
  const planning = useDisclosure();
  // A cancel is based on the appointment as the table showed it; the table always shows the latest.
  const guard = useRevisionGuard({});
  const [failed, setFailed] = useState<string>();
  const id = record.household.id;
  const upcoming = record.appointments.filter((a) => a.on >= today);
  const past = record.appointments.filter((a) => a.on < today);
  // An appointment half-typed on an earlier visit opens again.
  useStoredDraft(`appointment:${id}`, () => planning.reopen(true));

  const cancel = async (a: Appointment) => {
    guard.clear();
    setFailed(undefined);
    try {
      await appointmentsRepo.remove(a.id, a.revision?.rev ?? '', byName());
    } catch (error) {
      if (!guard.refused(error)) setFailed(writeErrorMessage(error, 'The cancellation'));
    }
  };

  const list = (items: typeof record.appointments, label: string) =>
    items.length > 0 && (
      <div class="table-wrap">
        <table class="table table--stack">
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
                <td data-label="Date">{formatDate(a.on)}</td>
                <td data-label="Appointment">{APPOINTMENT_KINDS[a.kind]}</td>
                <td data-label="Note">{a.note}</td>
                <td>
                  <button type="button" class="link-button" onClick={() => void cancel(a)}>
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
      {guard.stale && <StaleNotice stale={guard.stale} onUseLatest={guard.useLatest} id="appointments-stale" />}
      <SaveFailed message={failed} id="appointments-failed" />
      {record.appointments.length === 0 && <p>No visits or panels planned.</p>}
      {list(upcoming, 'Coming up')}
      {list(past, 'Past appointments')}
      {planning.open ? (
        <div {...planning.panel}>
          <PlanAppointment householdId={id} onClose={planning.hide} />
        </div>
      ) : (
        <button type="button" class="button button--secondary" ref={planning.opener} onClick={() => planning.show(true)}>
          Plan a visit or panel
        </button>
      )}
    </section>
  );
}
