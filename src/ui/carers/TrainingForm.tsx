import type { IsoDate } from '../../domain/dates';
import { TRAINING_FIELDS, validateTraining, validateTsd, type TrainingInput, type TsdInput } from '../../domain/support/forms';
import { carersRepo, type CarerRecord } from '../../data/repositories/carers';
import { TextField } from '../components/fields';
import { byName } from '../current-user';
import { CarerFormCard, useCarerForm } from './CarerForm';
import { DateInput } from '../components/DateInput';

/** Adds a course to the household's training log. */
export function TrainingForm({ record, today, onDone }: { record: CarerRecord; today: IsoDate; onDone: () => void }) {
  const id = record.carer.householdId;
  const form = useCarerForm(
    `carer-training:${id}`,
    (): TrainingInput => ({ course: '', on: '', hours: '', provider: '' }),
    (v) => validateTraining(v, today),
    (value) => carersRepo.addTraining(id, value, byName()),
    onDone,
  );
  const { values, errors, set } = form;
  return (
    <CarerFormCard id="training" title="Add training" save="Add training" form={form} order={TRAINING_FIELDS} onCancel={onDone}>
      <TextField id="training-course" label="Course" value={values.course} onInput={set('course')} error={errors.course} />
      <DateInput id="training-on" label="Date of the course" value={values.on} onInput={set('on')} error={errors.on} />
      <TextField id="training-hours" label="Hours" hint="For example, 3 or 1.5" inputMode="decimal" width="number" value={values.hours} onInput={set('hours')} error={errors.hours} />
      <TextField id="training-provider" label="Provider" value={values.provider} onInput={set('provider')} error={errors.provider} />
    </CarerFormCard>
  );
}

/** Records the date the household completed the Training, Support and Development standards. */
export function TsdForm({ record, today, onDone }: { record: CarerRecord; today: IsoDate; onDone: () => void }) {
  const { carer } = record;
  const form = useCarerForm(
    `carer-tsd:${carer.householdId}`,
    (): TsdInput => ({ completedOn: '' }),
    (v) => validateTsd(v, carer.approvedOn, today),
    (on, baseRev) => carersRepo.completeTsd(carer.householdId, on, baseRev, byName()),
    onDone,
    carer,
  );
  return (
    <CarerFormCard id="tsd" title="TSD standards completed" save="Save date" form={form} order={['completedOn']} onCancel={onDone}>
      <DateInput id="tsd-completedOn" label="Date completed" value={form.values.completedOn} onInput={form.set('completedOn')} error={form.errors.completedOn} />
    </CarerFormCard>
  );
}
