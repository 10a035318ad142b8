import type { IsoDate } from '../../domain/dates';
import { TIER_FIELDS, validateTier, type TierInput } from '../../domain/support/forms';
import { frequencyText } from '../../domain/support/tiers';
import { carersRepo, type CarerRecord } from '../../data/repositories/carers';
import { RadioGroup, TextArea } from '../components/fields';
import { byName } from '../current-user';
import { CarerFormCard, useCarerForm } from './CarerForm';
import { DateInput } from '../components/DateInput';

const ID = 'tier';

/** Gives the household a tier from a date, for a reason; the tier's history keeps each change. */
export function TierForm({ record, today, onDone }: { record: CarerRecord; today: IsoDate; onDone: () => void }) {
  const { carer, tiers } = record;
  const form = useCarerForm(
    `carer-tier:${carer.householdId}`,
    (): TierInput => ({ tierId: '', on: '', reason: '' }),
    (v) => validateTier(v, tiers.map((t) => t.id), carer.tierId, carer.approvedOn, today),
    (value, baseRev) => carersRepo.setTier(carer.householdId, value, baseRev, byName()),
    onDone,
    carer,
  );
  const { values, errors, set } = form;
  const options = tiers.map((t) => ({ value: t.id, label: `${t.name} (supervision: ${frequencyText(t.supervision).toLowerCase()}, ${t.respiteNightsAYear} respite nights a year)` }));
  return (
    <CarerFormCard id={ID} title={carer.tierId ? 'Change tier' : 'Give a tier'} save="Save tier" form={form} order={TIER_FIELDS} onCancel={onDone}>
      <RadioGroup id={`${ID}-tierId`} label="Tier" value={values.tierId} onChange={set('tierId')} options={options} error={errors.tierId} />
      <DateInput id={`${ID}-on`} label="Date the tier starts" value={values.on} onInput={set('on')} error={errors.on} />
      <TextArea id={`${ID}-reason`} label="Reason" hint="What qualifies the household for this tier" value={values.reason} onInput={set('reason')} error={errors.reason} rows={3} />
    </CarerFormCard>
  );
}
