import { useState } from 'preact/hooks';
import { settingsRepo } from '../../data/repositories/settings';
import { writeErrorMessage } from '../../data/write-errors';
import {
  contactKey,
  EMPTY_CONTACT,
  MAX_LOCAL_CONTACTS,
  serviceDetailsForm,
  validateServiceDetails,
  type ContactForm,
  type ServiceDetailsErrors,
  type ServiceDetailsForm,
} from '../../domain/library/service-details-form';
import type { ServiceDetails } from '../../domain/service-details';
import { DraftNotice } from '../components/DraftNotice';
import { TextField } from '../components/fields';
import { SuccessBanner } from '../components/SuccessBanner';
import { draftValues, useFormDraft } from '../components/use-form-draft';
import { StaleWriteError } from '../../data/stale';
import { useSettingRevision } from './use-setting-revision';
import { byName } from '../current-user';
import type { ReportErrors } from './section-errors';

const TOP_FIELDS = ['name', 'dutyPhone', 'outOfHoursPhone', 'ladoPhone', 'hubCarerPhone', 'email'] as const;
const CONTACT_FIELDS: (keyof ContactForm)[] = ['name', 'role', 'phone', 'email'];
const fieldId = (key: string) => `service-${key}`;

/** The service's phone numbers, in the order carers look for them. */
const PHONES: { key: 'dutyPhone' | 'outOfHoursPhone' | 'ladoPhone' | 'hubCarerPhone'; label: string; hint?: string }[] = [
  { key: 'dutyPhone', label: 'Duty phone number (office hours)' },
  { key: 'outOfHoursPhone', label: 'Out-of-hours phone number', hint: 'The emergency duty team' },
  { key: 'ladoPhone', label: 'LADO phone number', hint: 'The Local Authority Designated Officer, who deals with allegations against carers' },
  { key: 'hubCarerPhone', label: 'Hub carer phone number', hint: 'The Mockingbird hub home carer, for a constellation' },
];
const DRAFT_KEY = 'settings:service-details';

/**
 * A stored draft laid over the saved details; each local contact is read field by field, since
 * drafts outlive app versions.
 */
function readDraft(raw: unknown, start: ServiceDetailsForm): ServiceDetailsForm | undefined {
  const top = draftValues(raw, start);
  if (!top) return undefined;
  const contacts = (raw as { localContacts?: unknown }).localContacts;
  return {
    ...top,
    localContacts: Array.isArray(contacts)
      ? contacts.slice(0, MAX_LOCAL_CONTACTS).flatMap((c: unknown) => draftValues(c, EMPTY_CONTACT) ?? [])
      : start.localContacts,
  };
}

type Saved = { form: ServiceDetailsForm; at: number };

/**
 * The service's own contact details, filled into the carers' library wherever resources refer to
 * them. `details` are those saved when the page opened: the page reads them before it draws its
 * sections (see SettingsPage).
 */
export function ServiceDetailsSection({ details, report }: { details: ServiceDetails; report?: ReportErrors }) {
  const [saved, setSaved] = useState<Saved>(() => ({ form: serviceDetailsForm(details), at: 0 }));
  const [status, setStatus] = useState<{ kind: 'saved'; at: number } | { kind: 'failed'; message: string } | undefined>();

  const onSaved = (details: ServiceDetails) => {
    const at = Date.now();
    setSaved({ form: serviceDetailsForm(details), at });
    setStatus({ kind: 'saved', at });
  };

  return (
    <section class="settings-section" aria-labelledby="service-heading">
      <h2 id="service-heading">Your service’s contact details</h2>
      {status?.kind === 'saved' && (
        <SuccessBanner key={status.at} focus>
          Contact details saved. The library shows them to carers on this device; download the service pack to share them.
        </SuccessBanner>
      )}
      {status?.kind === 'failed' && (
        <p class="error-message" role="alert">
          {status.message}
        </p>
      )}
      <p class="two-thirds">
        The support library shows these wherever a resource refers to them. Anything left empty is shown to carers as not yet filled in.
      </p>
      {/* A new key after each save, so the form starts again from what was saved. */}
      <ServiceDetailsEditor
        key={saved.at}
        saved={saved.form}
        report={report}
        onSaved={onSaved}
        onFailed={(message) => setStatus({ kind: 'failed', message })}
        onInvalid={() => setStatus(undefined)}
      />
    </section>
  );
}

/** The form itself; what is typed is a draft until it is saved or discarded. */
function ServiceDetailsEditor(props: {
  saved: ServiceDetailsForm;
  report?: ReportErrors;
  onSaved: (details: ServiceDetails) => void;
  onFailed: (message: string) => void;
  onInvalid: () => void;
}) {
  const { report } = props;
  const draft = useFormDraft(DRAFT_KEY, () => props.saved, readDraft);
  const form = draft.values;
  const [errors, setErrors] = useState<ServiceDetailsErrors>({});
  const baseRev = useSettingRevision('serviceDetails');

  const order = [...TOP_FIELDS, ...form.localContacts.flatMap((_, i) => CONTACT_FIELDS.map((f) => contactKey(i, f)))];

  const submit = async (e: Event) => {
    e.preventDefault();
    const result = validateServiceDetails(form);
    if (!result.ok) {
      setErrors(result.errors);
      props.onInvalid();
      report?.(
        'service',
        order.filter((k) => result.errors[k]).map((k) => ({ field: fieldId(k), message: result.errors[k]! })),
      );
      return;
    }
    setErrors({});
    report?.('service', []);
    try {
      await settingsRepo.saveServiceDetails(result.value, byName(), baseRev.current);
    } catch (error) {
      if (error instanceof StaleWriteError && report) report('service', [{ field: fieldId(order[0]!), message: error.userMessage }]);
      else props.onFailed(writeErrorMessage(error, 'The contact details'));
      return;
    }
    await draft.discard();
    props.onSaved(result.value);
  };

  const setTop = (key: (typeof TOP_FIELDS)[number]) => (value: string) => draft.change((f) => ({ ...f, [key]: value }));
  const setContact = (i: number, key: keyof ContactForm) => (value: string) =>
    draft.change((f) => ({ ...f, localContacts: f.localContacts.map((c, j) => (j === i ? { ...c, [key]: value } : c)) }));
  const removeContact = (i: number) => {
    setErrors({});
    draft.change((f) => ({ ...f, localContacts: f.localContacts.filter((_, j) => j !== i) }));
  };

  return (
    <>
      <DraftNotice draft={draft} focusId={fieldId('name')} />
      <form class="two-thirds" onSubmit={(e) => void submit(e)} noValidate>
        <TextField id={fieldId('name')} label="Name of the fostering service" value={form.name} onInput={setTop('name')} error={errors.name} autocomplete="organization" />
        {PHONES.map(({ key, label, hint }) => (
          <TextField
            key={key}
            id={fieldId(key)}
            label={label}
            hint={hint}
            type="tel"
            inputMode="tel"
            width="short"
            value={form[key]}
            onInput={setTop(key)}
            error={errors[key]}
          />
        ))}
        <TextField id={fieldId('email')} label="Email address" type="email" inputMode="email" spellcheck={false} value={form.email} onInput={setTop('email')} error={errors.email} />

        <h3>Local contacts</h3>
        <p class="hint">For example the Mockingbird liaison worker, the KEEP facilitators or the support group lead.</p>
        {form.localContacts.map((c, i) => (
          <fieldset key={i} class="service-contact">
            <legend>Contact {i + 1}</legend>
            <TextField id={fieldId(contactKey(i, 'name'))} label="Name" value={c.name} onInput={setContact(i, 'name')} error={errors[contactKey(i, 'name')]} />
            <TextField id={fieldId(contactKey(i, 'role'))} label="Role" value={c.role} onInput={setContact(i, 'role')} error={errors[contactKey(i, 'role')]} />
            <TextField
              id={fieldId(contactKey(i, 'phone'))}
              label="Phone number"
              type="tel"
              inputMode="tel"
              width="short"
              value={c.phone}
              onInput={setContact(i, 'phone')}
              error={errors[contactKey(i, 'phone')]}
            />
            <TextField
              id={fieldId(contactKey(i, 'email'))}
              label="Email address"
              type="email"
              inputMode="email"
              spellcheck={false}
              value={c.email}
              onInput={setContact(i, 'email')}
              error={errors[contactKey(i, 'email')]}
            />
            <button type="button" class="link-button" onClick={() => removeContact(i)}>
              Remove contact {i + 1}
            </button>
          </fieldset>
        ))}
        {form.localContacts.length < MAX_LOCAL_CONTACTS && (
          <p>
            <button
              type="button"
              class="button button--secondary"
              onClick={() => draft.change((f) => ({ ...f, localContacts: [...f.localContacts, { ...EMPTY_CONTACT }] }))}
            >
              Add a local contact
            </button>
          </p>
        )}
        <button type="submit" class="button">
          Save contact details
        </button>
      </form>
    </>
  );
}
