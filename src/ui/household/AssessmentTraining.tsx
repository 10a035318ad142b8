import { useState } from 'preact/hooks';
import { DEFAULT_TRAINING_COURSE, addTraining, validateTraining, type TrainingField, type TrainingForm } from '../../domain/assessment-edit';
import { formatDate, type IsoDate } from '../../domain/dates';
import type { Household } from '../../domain/household';
import { householdsRepo } from '../../data/repositories/households';
import { writeErrorMessage } from '../../data/write-errors';
import { DraftNotice } from '../components/DraftNotice';
import { ErrorSummary } from '../components/ErrorSummary';
import { SaveFailed } from '../components/SaveFailed';
import { TextField } from '../components/fields';
import { DateInput } from '../components/DateInput';
import { StaleNotice } from '../components/StaleNotice';
import { useRevisionGuard } from '../components/use-stale-guard';
import { useFormDraft, useStoredDraft } from '../components/use-form-draft';
import { byName } from '../current-user';
import { FormButtons, summaryErrors, useDisclosure } from './AssessmentFormParts';

const ORDER: TrainingField[] = ['course', 'attendedOn'];
const id = (f: TrainingField) => `training-${f}`;

/** Preparation training sessions attended (Skills to Foster or the service's own course). */
export function AssessmentTraining({ household, today }: { household: Household; today: IsoDate }) {
  const adding = useDisclosure();
  const training = household.assessment.training ?? [];
  // Training half-typed on an earlier visit opens again.
  useStoredDraft(`training:${household.id}`, () => adding.reopen(true));
  return (
    <>
      <h3>Preparation training</h3>
      {training.length ? (
        <ul class="training-list">
          {training.map((t, i) => (
            <li key={`${t.attendedOn}-${i}`}>
              {t.course}: attended {formatDate(t.attendedOn)}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">No preparation training recorded yet.</p>
      )}
      {adding.open ? (
        <div {...adding.panel}>
          <TrainingFormCard household={household} today={today} onDone={adding.hide} />
        </div>
      ) : (
        <button type="button" class="button button--secondary" ref={adding.opener} onClick={() => adding.show(true)}>
          Add training attended
        </button>
      )}
    </>
  );
}

function TrainingFormCard({ household, today, onDone }: { household: Household; today: IsoDate; onDone: () => void }) {
  const guard = useRevisionGuard(household);
  const draft = useFormDraft<TrainingForm>(`training:${household.id}`, () => ({ course: DEFAULT_TRAINING_COURSE, attendedOn: '' }), undefined, guard);
  const form = draft.values;
  const [errors, setErrors] = useState<Partial<Record<TrainingField, string>>>({});
  const [failed, setFailed] = useState<string>();
  const set = (f: TrainingField) => (value: string) => draft.change((x) => ({ ...x, [f]: value }));

  async function submit(e: Event) {
    e.preventDefault();
    setFailed(undefined);
    guard.clear();
    const result = validateTraining(form, today);
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    try {
      const training = addTraining(household.assessment.training ?? [], result.value);
      await householdsRepo.updateAssessment(
        household.id,
        { patch: { training }, baseRev: guard.base },
        byName(),
        `Preparation training recorded: ${result.value.course}, attended ${formatDate(result.value.attendedOn)}`,
      );
      await draft.discard();
      onDone();
    } catch (error) {
      setErrors({});
      if (!guard.refused(error)) setFailed(writeErrorMessage(error));
    }
  }

  return (
    <form class="card" noValidate onSubmit={submit} aria-labelledby="training-title">
      <h4 id="training-title">Add training attended</h4>
      {guard.stale && <StaleNotice stale={guard.stale} onUseLatest={guard.useLatest} id="training-stale" />}
      <SaveFailed message={failed} id="training-failed" />
      <ErrorSummary errors={summaryErrors(errors, ORDER, id)} id="training-errors" />
      <DraftNotice draft={draft} focusId={id('course')} />
      <TextField id={id('course')} label="Course" value={form.course} onInput={set('course')} error={errors.course} />
      <DateInput id={id('attendedOn')} label="Date attended" value={form.attendedOn} onInput={set('attendedOn')} error={errors.attendedOn} />
      <FormButtons
        save="Add training"
        onCancel={() => {
          void draft.discard();
          onDone();
        }}
      />
    </form>
  );
}
