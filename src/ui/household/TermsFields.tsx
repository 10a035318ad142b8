import { APPROVAL_TYPES } from '../../domain/codes';
import type { Household } from '../../domain/household';
import { USUAL_FOSTERING_LIMIT, approvalTypesFor, needsExemption, type TermsErrors, type TermsField, type TermsInput } from '../../domain/terms';
import { CheckboxGroup, RadioGroup, TextField } from '../components/fields';
import { DateInput } from '../components/DateInput';

const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

export interface TermsFieldsProps {
  /** Prefix of every field id, e.g. "move-terms" gives "move-terms-ageFrom"; see `termsFieldId`. */
  idPrefix: string;
  /** The fieldset's legend: "Terms of approval", "Recommended terms". */
  legend: string;
  /** Kinship approval is offered to connected households only. */
  household: Pick<Household, 'kind'>;
  value: TermsInput;
  onChange: (next: TermsInput) => void;
  /** From `validateTerms`, shown beside each field. */
  errors?: TermsErrors;
  /** The household's named child, filled in when kinship is first ticked and the name is blank. */
  namedChild?: string;
}

/** The id `TermsFields` gives a field, for an error summary's links. */
export function termsFieldId(idPrefix: string, field: TermsField): string {
  return `${idPrefix}-${field}`;
}

const TERMS_PREFIX = 'terms.';

/**
 * A form's field id for one of its error keys: the terms' keys (`terms.ageFrom`) go to the terms'
 * own fields, any other through the form's own naming.
 */
export function formFieldId(termsIdPrefix: string, key: string, otherwise: (key: string) => string): string {
  return key.startsWith(TERMS_PREFIX) ? termsFieldId(termsIdPrefix, key.slice(TERMS_PREFIX.length) as TermsField) : otherwise(key);
}

/** The terms' own errors from a form's errors, without their `terms.` prefix, for the fields beside them. */
export function termsErrorsOf(errors: Partial<Record<string, string>>): TermsErrors {
  return Object.fromEntries(Object.entries(errors).flatMap(([k, m]) => (k.startsWith(TERMS_PREFIX) ? [[k.slice(TERMS_PREFIX.length), m]] : [])));
}

/**
 * Terms of approval, as the decision records them and the panel recommends them: one fieldset,
 * every field labelled, each error beside its field. Holds no state: the form that uses it keeps
 * the values (and their draft) and validates them with `validateTerms`.
 */
export function TermsFields({ idPrefix, legend, household, value, onChange, errors = {}, namedChild }: TermsFieldsProps) {
  const id = (f: TermsField) => termsFieldId(idPrefix, f);
  const set = (f: Exclude<TermsField, 'types'>) => (text: string) => onChange({ ...value, [f]: text });
  const setTypes = (types: string[]) => {
    const filled = types.includes('kinship') && !value.namedChild.trim() && namedChild ? namedChild : value.namedChild;
    onChange({ ...value, types, namedChild: filled });
  };
  const number = (f: 'ageFrom' | 'ageTo' | 'numberOfChildren' | 'exemptionNumberOfChildren', label: string, hint?: string) => (
    <TextField id={id(f)} label={label} hint={hint} inputMode="numeric" width="number" spellcheck={false} value={value[f]} onInput={set(f)} error={errors[f]} />
  );
  const options = approvalTypesFor(household).map((t) => ({ value: t, label: APPROVAL_TYPES[t] }));
  return (
    <fieldset class="terms-fields">
      <legend>{legend}</legend>
      <CheckboxGroup id={id('types')} label="Types of approval" hint="Select all that apply" options={options} values={value.types} onChange={setTypes} error={errors.types} />
      {value.types.includes('kinship') && (
        <TextField id={id('namedChild')} label="Named child this approval is for" value={value.namedChild} onInput={set('namedChild')} error={errors.namedChild} />
      )}
      {number('ageFrom', 'Youngest age')}
      {number('ageTo', 'Oldest age')}
      {number('numberOfChildren', 'Number of children', `Usually no more than ${USUAL_FOSTERING_LIMIT}, unless they are siblings or an exemption is granted`)}
      <RadioGroup
        id={id('siblingGroups')}
        label="Can they take sibling groups?"
        inline
        options={YES_NO}
        value={value.siblingGroups}
        onChange={set('siblingGroups')}
        error={errors.siblingGroups}
      />
      {needsExemption(value) && (
        <fieldset class="terms-fields__exemption">
          <legend>Exemption from the usual fostering limit</legend>
          <p class="hint">More than {USUAL_FOSTERING_LIMIT} children who are not siblings needs an exemption (Children Act 1989, Schedule 7).</p>
          <DateInput id={id('exemptionGrantedOn')} label="Date granted" value={value.exemptionGrantedOn} onInput={set('exemptionGrantedOn')} error={errors.exemptionGrantedOn} />
          <TextField id={id('exemptionGrantedBy')} label="Granted by" value={value.exemptionGrantedBy} onInput={set('exemptionGrantedBy')} error={errors.exemptionGrantedBy} />
          {number('exemptionNumberOfChildren', 'Number of children it allows')}
          <DateInput id={id('exemptionUntil')} label="Lasts until" value={value.exemptionUntil} onInput={set('exemptionUntil')} error={errors.exemptionUntil} />
        </fieldset>
      )}
    </fieldset>
  );
}
