import { useEffect, useState } from 'preact/hooks';
import type { HouseholdDetails } from '../../domain/household';
import { CONTACT_FIELD_ORDER, contactForm, validateContact, type ContactField, type ContactForm } from '../../domain/validation/household-details';
import { householdsRepo } from '../../data/repositories/households';
import { writeErrorMessage } from '../../data/write-errors';
import { DraftNotice } from '../components/DraftNotice';
import { ErrorSummary } from '../components/ErrorSummary';
import { TextArea, TextField } from '../components/fields';
import { StaleNotice } from '../components/StaleNotice';
import { useFormDraft } from '../components/use-form-draft';
import { useRevisionGuard } from '../components/use-stale-guard';
import { byName } from '../current-user';
import { FormButtons, summaryErrors } from './AssessmentFormParts';

type Errors = Partial<Record<ContactField | 'form', string>>;

export const contactFieldId = (field: ContactField | 'form') => `contact-${field === 'form' ? 'email' : field}`;

/** Corrects how to reach the household and where it lives; `focus` is the field whose Change link opened it. */
export function ContactDetailsForm({
  details,
  focus = 'email',
  onErrors,
  onDone,
}: {
  details: HouseholdDetails;
  focus?: ContactField;
  onErrors: (has: boolean) => void;
  onDone: (saved: boolean) => void;
}) {
  const guard = useRevisionGuard(details);
  const draft = useFormDraft<ContactForm>(`contact:${details.householdId}`, () => contactForm(details), undefined, guard);
  const form = draft.values;
  const [errors, setErrors] = useState<Errors>({});
  const set = (field: ContactField) => (value: string) => draft.change((f) => ({ ...f, [field]: value }));
  useEffect(() => document.getElementById(contactFieldId(focus))?.focus(), []);
  useEffect(() => onErrors(Object.keys(errors).length > 0), [errors]);
  useEffect(() => () => onErrors(false), []);

  async function submit(e: Event) {
    e.preventDefault();
    guard.clear();
    const result = validateContact(form);
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    try {
      await householdsRepo.correctDetails(details.householdId, { details: result.value, baseRev: guard.base }, byName(), 'Contact details corrected');
      await draft.discard();
      onDone(true);
    } catch (error) {
      if (!guard.refused(error)) setErrors({ form: writeErrorMessage(error, 'The contact details') });
    }
  }

  const summary = summaryErrors(errors, [...CONTACT_FIELD_ORDER, 'form'] as const, contactFieldId);
  return (
    <form class="card" noValidate onSubmit={submit} aria-labelledby="contact-title">
      <h3 id="contact-title">Change contact details</h3>
      {guard.stale && <StaleNotice stale={guard.stale} onUseLatest={guard.useLatest} id="contact-stale" />}
      <ErrorSummary errors={summary} id="contact-errors" />
      <DraftNotice draft={draft} focusId={contactFieldId('email')} />
      <TextField
        id={contactFieldId('email')}
        type="email"
        label="Email address"
        hint="Give an email address, a phone number or both"
        value={form.email}
        onInput={set('email')}
        autocomplete="off"
        inputMode="email"
        spellcheck={false}
        error={errors.email}
      />
      <TextField id={contactFieldId('phone')} type="tel" label="Phone number" value={form.phone} onInput={set('phone')} autocomplete="off" inputMode="tel" error={errors.phone} />
      <TextField id={contactFieldId('postcode')} label="Postcode" value={form.postcode} onInput={set('postcode')} autocomplete="off" spellcheck={false} width="short" error={errors.postcode} />
      <TextArea
        id={contactFieldId('address')}
        label="Address (optional)"
        hint="Each part of the address on its own line"
        value={form.address}
        onInput={set('address')}
        rows={3}
        error={errors.address}
      />
      <FormButtons
        save="Save contact details"
        onCancel={() => {
          void draft.discard();
          onDone(false);
        }}
      />
    </form>
  );
}
