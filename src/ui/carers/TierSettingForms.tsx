import type { KeepProgramme } from '../../domain/support/keep';
import {
  EMPTY_PROGRAMME_INPUT,
  EMPTY_TIER_INPUT,
  programmeInputFrom,
  PROGRAMME_FIELDS,
  SUPERVISION_UNITS,
  tierInputFrom,
  TIER_SETTING_FIELDS,
  validateProgramme,
  validateTierSetting,
  type ProgrammeInput,
  type TierSettingInput,
} from '../../domain/support/support-settings';
import type { Tier } from '../../domain/support/tiers';
import { supportSettingsRepo } from '../../data/repositories/support-settings';
import { RadioGroup, TextArea, TextField, optionsFrom } from '../components/fields';
import { byName } from '../current-user';
import { CarerFormCard, useCarerForm } from './CarerForm';

/** The list's revision as a form's base: a list saved since the form opened is refused. */
const asRow = (rev: string) => (rev ? { revision: { rev } } : {});

/** Changes a tier, or adds one at the end of the list when `tier` is undefined. */
export function TierSettingForm({ tier, others, rev, onDone }: { tier?: Tier; others: readonly string[]; rev: string; onDone: () => void }) {
  const id = tier ? `tier-${tier.id}` : 'new-tier';
  const form = useCarerForm(
    `support-tier:${tier?.id ?? 'new'}`,
    (): TierSettingInput => (tier ? tierInputFrom(tier) : EMPTY_TIER_INPUT),
    (v) => validateTierSetting(v, others),
    (value, baseRev) => supportSettingsRepo.saveTier({ ...value, ...(tier ? { id: tier.id } : {}) }, baseRev, byName()),
    onDone,
    asRow(rev),
  );
  const { values, errors, set } = form;
  return (
    <CarerFormCard id={id} title={tier ? `Change ${tier.name}` : 'Add a tier'} save={tier ? 'Save tier' : 'Add tier'} form={form} order={TIER_SETTING_FIELDS} onCancel={onDone}>
      <TextField id={`${id}-name`} label="Name" value={values.name} onInput={set('name')} error={errors.name} />
      <TextArea id={`${id}-qualifies`} label="What qualifies a household" value={values.qualifies} onInput={set('qualifies')} error={errors.qualifies} rows={3} />
      <TextField id={`${id}-supervisionEvery`} label="Supervision visit every" inputMode="numeric" width="number" value={values.supervisionEvery} onInput={set('supervisionEvery')} error={errors.supervisionEvery} />
      <RadioGroup id={`${id}-supervisionUnit`} label="Weeks or months" inline value={values.supervisionUnit} onChange={set('supervisionUnit')} options={optionsFrom(SUPERVISION_UNITS)} error={errors.supervisionUnit} />
      <TextField id={`${id}-respiteNightsAYear`} label="Respite nights a year" inputMode="numeric" width="number" value={values.respiteNightsAYear} onInput={set('respiteNightsAYear')} error={errors.respiteNightsAYear} />
      <TextArea id={`${id}-trainingRequired`} label="Training required" value={values.trainingRequired} onInput={set('trainingRequired')} error={errors.trainingRequired} rows={2} />
      <TextField
        id={`${id}-trainingHoursAYear`}
        label="Training hours a year (optional)"
        hint="Households approved a year or more that log fewer hours in 12 months show as short of training. Leave blank if the tier asks for no set hours."
        inputMode="numeric"
        width="number"
        value={values.trainingHoursAYear}
        onInput={set('trainingHoursAYear')}
        error={errors.trainingHoursAYear}
      />
      <TextField id={`${id}-feeElementWeekly`} label="Fee element (£ a week)" inputMode="decimal" width="number" value={values.feeElementWeekly} onInput={set('feeElementWeekly')} error={errors.feeElementWeekly} />
    </CarerFormCard>
  );
}

/** Changes a KEEP programme, or adds one at the end of the list when `programme` is undefined. */
export function ProgrammeForm({ programme, others, rev, onDone }: { programme?: KeepProgramme; others: readonly string[]; rev: string; onDone: () => void }) {
  const id = programme ? `programme-${programme.id}` : 'new-programme';
  const form = useCarerForm(
    `support-programme:${programme?.id ?? 'new'}`,
    (): ProgrammeInput => (programme ? programmeInputFrom(programme) : EMPTY_PROGRAMME_INPUT),
    (v) => validateProgramme(v, others),
    (value, baseRev) => supportSettingsRepo.saveProgramme({ ...value, ...(programme ? { id: programme.id } : {}) }, baseRev, byName()),
    onDone,
    asRow(rev),
  );
  const { values, errors, set } = form;
  return (
    <CarerFormCard id={id} title={programme ? `Change ${programme.name}` : 'Add a KEEP programme'} save={programme ? 'Save programme' : 'Add programme'} form={form} order={PROGRAMME_FIELDS} onCancel={onDone}>
      <TextField id={`${id}-name`} label="Name" value={values.name} onInput={set('name')} error={errors.name} />
      <TextField id={`${id}-agesFrom`} label="Children’s ages from" inputMode="numeric" width="number" value={values.agesFrom} onInput={set('agesFrom')} error={errors.agesFrom} />
      <TextField id={`${id}-agesTo`} label="Children’s ages to" inputMode="numeric" width="number" value={values.agesTo} onInput={set('agesTo')} error={errors.agesTo} />
      <TextField id={`${id}-sessions`} label="Weekly sessions" inputMode="numeric" width="number" value={values.sessions} onInput={set('sessions')} error={errors.sessions} />
      <TextField id={`${id}-minutesPerSession`} label="Session length (minutes)" inputMode="numeric" width="number" value={values.minutesPerSession} onInput={set('minutesPerSession')} error={errors.minutesPerSession} />
    </CarerFormCard>
  );
}
