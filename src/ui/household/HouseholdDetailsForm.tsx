import { useEffect, useState } from 'preact/hooks';
import { FOSTERING_INTERESTS, HOUSEHOLD_KINDS, HOW_HEARD } from '../../domain/codes';
import type { Household, HouseholdDetails } from '../../domain/household';
import {
  HOUSEHOLD_FIELD_ORDER,
  householdForm,
  validateHousehold,
  type HouseholdField,
  type HouseholdForm,
} from '../../domain/validation/household-details';
import { householdsRepo } from '../../data/repositories/households';
import { writeErrorMessage } from '../../data/write-errors';
import { DraftNotice } from '../components/DraftNotice';
import { ErrorSummary } from '../components/ErrorSummary';
import { CheckboxGroup, RadioGroup, TextField, optionsFrom } from '../components/fields';
import { StaleNotice } from '../components/StaleNotice';
import { useFormDraft } from '../components/use-form-draft';
import { useStaleGuard } from '../components/use-stale-guard';
import { byName } from '../current-user';
import { FormButtons, summaryErrors } from './AssessmentFormParts';

type Errors = Partial<Record<HouseholdField | 'form', string>>;

/** The form writes two records, the household (its type) and its details: it is based on both. */
interface Bases {
  household: string;
  details: string;
}

const basesOf = (household: Household, details: HouseholdDetails): Bases => ({ household: household.revision?.rev ?? '', details: details.revision?.rev ?? '' });
const isBases = (stored: unknown): stored is Bases =>
  typeof stored === 'object' && stored !== null && typeof (stored as Bases).household === 'string' && typeof (stored as Bases).details === 'string';

export const householdFieldId = (field: HouseholdField | 'form') => `household-${field === 'form' ? 'kind' : field}`;

/** Corrects the household's type (and named child), how they heard and what they are interested in. */
export function HouseholdDetailsForm({
  household,
  details,
  focus = 'kind',
  onErrors,
  onDone,
}: {
  household: Household;
  details: HouseholdDetails;
  focus?: HouseholdField;
  onErrors: (has: boolean) => void;
  onDone: (saved: boolean) => void;
}) {
  // "Use the latest" takes both records as the page shows them now.
  const guard = useStaleGuard<Bases>(() => basesOf(household, details), () => basesOf(household, details), isBases);
  const draft = useFormDraft<HouseholdForm>(`household-details:${household.id}`, () => householdForm(household.kind, details), undefined, guard);
  const form = draft.values;
  const [errors, setErrors] = useState<Errors>({});
  const set = <F extends HouseholdField>(field: F) => (value: HouseholdForm[F]) => draft.change((f) => ({ ...f, [field]: value }));
  useEffect(() => document.getElementById(householdFieldId(focus))?.focus(), []);
  useEffect(() => onErrors(Object.keys(errors).length > 0), [errors]);
  useEffect(() => () => onErrors(false), []);

  async function submit(e: Event) {
    e.preventDefault();
    guard.clear();
    const result = validateHousehold(form, household);
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    try {
      const { kind, details: patch } = result.value;
      const saved = await householdsRepo.correctDetails(
        household.id,
        { details: patch, baseRev: guard.base.details, kind, householdRev: guard.base.household },
        byName(),
        'Household details corrected',
      );
      if (!saved.ok) return setErrors(saved.errors);
      await draft.discard();
      onDone(true);
    } catch (error) {
      if (!guard.refused(error)) setErrors({ form: writeErrorMessage(error, 'The household details') });
    }
  }

  const summary = summaryErrors(errors, [...HOUSEHOLD_FIELD_ORDER, 'form'] as const, householdFieldId);
  return (
    <form class="card" noValidate onSubmit={submit} aria-labelledby="household-details-title">
      <h3 id="household-details-title">Change household details</h3>
      {guard.stale && <StaleNotice stale={guard.stale} onUseLatest={guard.useLatest} id="household-details-stale" />}
      <ErrorSummary errors={summary} id="household-details-errors" />
      <DraftNotice draft={draft} focusId={householdFieldId('kind')} />
      <RadioGroup
        id={householdFieldId('kind')}
        label="Type of household"
        hint="Connected person: family or friends coming forward for a child they already know"
        value={form.kind}
        onChange={set('kind')}
        options={optionsFrom(HOUSEHOLD_KINDS)}
        inline
        error={errors.kind}
      />
      {form.kind === 'connected' && (
        <TextField
          id={householdFieldId('namedChild')}
          label="Named child"
          hint="The child the household came forward for"
          value={form.namedChild}
          onInput={set('namedChild')}
          autocomplete="off"
          spellcheck={false}
          error={errors.namedChild}
        />
      )}
      <RadioGroup
        id={householdFieldId('howHeard')}
        label="How did they hear about fostering with us?"
        value={form.howHeard}
        onChange={set('howHeard')}
        options={optionsFrom(HOW_HEARD)}
        inline
        error={errors.howHeard}
      />
      <CheckboxGroup
        id={householdFieldId('interests')}
        label="What kind of fostering are they interested in?"
        hint="Select all that apply"
        values={form.interests}
        onChange={set('interests')}
        options={optionsFrom(FOSTERING_INTERESTS)}
        columns
        error={errors.interests}
      />
      <FormButtons
        save="Save household details"
        onCancel={() => {
          void draft.discard();
          onDone(false);
        }}
      />
    </form>
  );
}
