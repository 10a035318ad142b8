import { FOSTERING_INTERESTS, HOUSEHOLD_KINDS, HOW_HEARD } from '../../domain/codes';
import type { EnquiryForm, FieldErrors } from '../../domain/validation/enquiry';
import { CheckboxGroup, RadioGroup, TextArea, TextField, optionsFrom } from '../components/fields';
import { DateInput } from '../components/DateInput';

const HOW_HEARD_OPTIONS = optionsFrom(HOW_HEARD);
const INTEREST_OPTIONS = optionsFrom(FOSTERING_INTERESTS);
const KIND_OPTIONS = optionsFrom(HOUSEHOLD_KINDS);

interface Props {
  form: EnquiryForm;
  errors: FieldErrors<keyof EnquiryForm>;
  onChange: (patch: Partial<EnquiryForm>) => void;
}

/**
 * The enquiry's questions in the order a phone call usually goes: who, how to reach them, where,
 * then the rest. Each field's id is its form key, which the error summary links to.
 */
export function EnquiryFields({ form, errors, onChange }: Props) {
  return (
    <>
      <TextField
        id="applicant1"
        label="Applicant's full name"
        value={form.applicant1}
        onInput={(applicant1) => onChange({ applicant1 })}
        autocomplete="off"
        spellcheck={false}
        error={errors.applicant1}
      />
      <TextField
        id="applicant2"
        label="Second applicant's full name (optional)"
        hint="If two people are applying together"
        value={form.applicant2}
        onInput={(applicant2) => onChange({ applicant2 })}
        autocomplete="off"
        spellcheck={false}
        error={errors.applicant2}
      />
      <TextField
        id="email"
        type="email"
        label="Email address"
        hint="Give an email address, a phone number or both"
        value={form.email}
        onInput={(email) => onChange({ email })}
        autocomplete="off"
        inputMode="email"
        spellcheck={false}
        error={errors.email}
      />
      <TextField
        id="phone"
        type="tel"
        label="Phone number"
        value={form.phone}
        onInput={(phone) => onChange({ phone })}
        autocomplete="off"
        inputMode="tel"
        error={errors.phone}
      />
      <TextField
        id="postcode"
        label="Postcode"
        value={form.postcode}
        onInput={(postcode) => onChange({ postcode })}
        autocomplete="off"
        spellcheck={false}
        width="short"
        error={errors.postcode}
      />
      <TextArea
        id="address"
        label="Address (optional)"
        hint="Each part of the address on its own line"
        value={form.address}
        onInput={(address) => onChange({ address })}
        rows={3}
        error={errors.address}
      />
      <RadioGroup
        id="howHeard"
        label="How did they hear about fostering with us?"
        value={form.howHeard}
        onChange={(howHeard) => onChange({ howHeard })}
        options={HOW_HEARD_OPTIONS}
        inline
        error={errors.howHeard}
      />
      <CheckboxGroup
        id="interests"
        label="What kind of fostering are they interested in?"
        hint="Select all that apply"
        values={form.interests}
        onChange={(interests) => onChange({ interests })}
        options={INTEREST_OPTIONS}
        columns
        error={errors.interests}
      />
      <DateInput
        id="enquiryOn"
        label="Date of enquiry"
        value={form.enquiryOn}
        onInput={(enquiryOn) => onChange({ enquiryOn })}
        error={errors.enquiryOn}
      />
      <RadioGroup
        id="kind"
        label="Type of household"
        hint="Connected person: family or friends coming forward for a child they already know"
        value={form.kind}
        onChange={(kind) => onChange({ kind })}
        options={KIND_OPTIONS}
        inline
        error={errors.kind}
      />
      <TextArea
        id="notes"
        label="Notes (optional)"
        hint="Anything they told you that the team should know before the first call back"
        value={form.notes}
        onInput={(notes) => onChange({ notes })}
        rows={3}
        error={errors.notes}
      />
    </>
  );
}
