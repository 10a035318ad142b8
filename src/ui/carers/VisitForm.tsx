import type { IsoDate } from '../../domain/dates';
import { VISIT_KINDS } from '../../domain/support/carer';
import { validateVisit, VISIT_FIELDS, type VisitInput } from '../../domain/support/forms';
import { carersRepo, type CarerRecord } from '../../data/repositories/carers';
import { RadioGroup, TextArea, optionsFrom } from '../components/fields';
import { byName } from '../current-user';
import { CarerFormCard, useCarerForm } from './CarerForm';
import { DateInput } from '../components/DateInput';

const ID = 'visit';

/** Logs a supervision visit: its date, planned or unannounced, and a note. */
export function VisitForm({ record, today, onDone }: { record: CarerRecord; today: IsoDate; onDone: () => void }) {
  const { carer } = record;
  const form = useCarerForm(
    `carer-visit:${carer.householdId}`,
    (): VisitInput => ({ on: '', kind: '', note: '' }),
    (v) => validateVisit(v, carer.approvedOn, today),
    (value) => carersRepo.logVisit(carer.householdId, value, byName()),
    onDone,
  );
  const { values, errors, set } = form;
  return (
    <CarerFormCard id={ID} title="Log a supervision visit" save="Log visit" form={form} order={VISIT_FIELDS} onCancel={onDone}>
      <DateInput id={`${ID}-on`} label="Date of the visit" value={values.on} onInput={set('on')} error={errors.on} />
      <RadioGroup id={`${ID}-kind`} label="Was the visit planned or unannounced?" inline value={values.kind} onChange={set('kind')} options={optionsFrom(VISIT_KINDS)} error={errors.kind} />
      <TextArea id={`${ID}-note`} label="Note (optional)" value={values.note} onInput={set('note')} error={errors.note} />
    </CarerFormCard>
  );
}
