import type { IsoDate } from '../../domain/dates';
import type { Placement } from '../../domain/support/carer';
import {
  PLACEMENT_END_FIELDS,
  PLACEMENT_ENDINGS,
  PLACEMENT_FIELDS,
  validatePlacement,
  validatePlacementEnd,
  type PlacementEndInput,
  type PlacementInput,
} from '../../domain/support/placement-forms';
import { AGE_BANDS } from '../../domain/support/places';
import { carersRepo, type CarerRecord } from '../../data/repositories/carers';
import { RadioGroup, optionsFrom } from '../components/fields';
import { byName } from '../current-user';
import { DateInput } from '../components/DateInput';
import { CarerFormCard, useCarerForm } from './CarerForm';

const ID = 'placement';
const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

/** Adds a placement into a free place: its start, the child's age band, sibling group and short break; never the child's name. */
export function PlacementForm({ record, today, onDone }: { record: CarerRecord; today: IsoDate; onDone: () => void }) {
  const { carer } = record;
  const form = useCarerForm(
    `carer-placement:${carer.householdId}`,
    (): PlacementInput => ({ startOn: '', ageBand: '', siblingGroup: '', shortBreak: '' }),
    (v) => validatePlacement(v, { approvedOn: carer.approvedOn, today, approved: carer.terms?.numberOfChildren ?? 0, placements: record.placements }),
    (value, baseRev) => carersRepo.addPlacement(carer.householdId, value, baseRev, byName()),
    onDone,
    carer,
  );
  const { values, errors, set } = form;
  return (
    <CarerFormCard id={ID} title="Add a placement" save="Add placement" form={form} order={PLACEMENT_FIELDS} onCancel={onDone}>
      <p class="hint">Do not record the child’s name: their record is kept in the children’s social care system.</p>
      <DateInput id={`${ID}-startOn`} label="Start date" value={values.startOn} onInput={set('startOn')} error={errors.startOn} />
      <RadioGroup id={`${ID}-ageBand`} label="Child’s age band" value={values.ageBand} onChange={set('ageBand')} options={optionsFrom(AGE_BANDS)} error={errors.ageBand} />
      <RadioGroup id={`${ID}-siblingGroup`} label="Placed as part of a sibling group?" inline value={values.siblingGroup} onChange={set('siblingGroup')} options={YES_NO} error={errors.siblingGroup} />
      <RadioGroup id={`${ID}-shortBreak`} label="Is this a short break?" inline value={values.shortBreak} onChange={set('shortBreak')} options={YES_NO} error={errors.shortBreak} />
    </CarerFormCard>
  );
}

/** Ends a placement on a date, planned or unplanned: unplanned endings are counted in the reports. */
export function EndPlacementForm({ placement, today, onDone }: { placement: Placement; today: IsoDate; onDone: () => void }) {
  const id = `end-${placement.id}`;
  const form = useCarerForm(
    `carer-placement-end:${placement.id}`,
    (): PlacementEndInput => ({ endOn: '', ending: '' }),
    (v) => validatePlacementEnd(v, { startOn: placement.startOn, today }),
    (value, baseRev) => carersRepo.endPlacement(placement.id, value, baseRev, byName()),
    onDone,
    placement,
  );
  const { values, errors, set } = form;
  return (
    <CarerFormCard id={id} title="End the placement" save="End placement" form={form} order={PLACEMENT_END_FIELDS} onCancel={onDone}>
      <DateInput id={`${id}-endOn`} label="Date the placement ended" value={values.endOn} onInput={set('endOn')} error={errors.endOn} />
      <RadioGroup id={`${id}-ending`} label="Was the ending planned or unplanned?" inline value={values.ending} onChange={set('ending')} options={optionsFrom(PLACEMENT_ENDINGS)} error={errors.ending} />
    </CarerFormCard>
  );
}
