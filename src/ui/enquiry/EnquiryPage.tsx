import { useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { todayIso } from '../../domain/dates';
import { duplicateKeys } from '../../domain/search-keys';
import { ENQUIRY_FIELD_ORDER, validateEnquiry, type Enquiry, type EnquiryForm, type FieldErrors } from '../../domain/validation/enquiry';
import { findPossibleDuplicates, type PossibleDuplicate } from '../../data/repositories/duplicates';
import { householdsRepo } from '../../data/repositories/households';
import { writeErrorMessage } from '../../data/write-errors';
import { askToKeepData } from '../../data/persistence';
import { DraftUnsaved } from '../components/DraftNotice';
import { ErrorSummary } from '../components/ErrorSummary';
import { SaveFailed } from '../components/SaveFailed';
import { PageHeading, usePageTitle } from '../components/PageTitle';
import { useFormDraft } from '../components/use-form-draft';
import { byName } from '../current-user';
import { DuplicateWarning } from './DuplicateWarning';
import { EnquiryFields } from './EnquiryFields';
import { emptyEnquiryForm } from './enquiry-form';

const DRAFT_KEY = 'enquiry-new';

function focusField(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/** A new enquiry on one page: validated on submit, checked for possible duplicates, then saved. */
export default function EnquiryPage() {
  const { route } = useLocation();
  const [today] = useState(todayIso);
  const draft = useFormDraft<EnquiryForm>(DRAFT_KEY, () => emptyEnquiryForm(today));
  // Not shown until any stored draft has been read, so a restore never overwrites fresh typing.
  const form = draft.ready ? draft.values : undefined;
  const [errors, setErrors] = useState<FieldErrors<keyof EnquiryForm>>({});
  const [duplicates, setDuplicates] = useState<{ enquiry: Enquiry; matches: PossibleDuplicate[] }>();
  const [saveFailed, setSaveFailed] = useState<string>();
  const [busy, setBusy] = useState(false);
  // State updates land after a render; the ref stops a second tap that arrives before then.
  const busyRef = useRef(false);

  const summary = ENQUIRY_FIELD_ORDER.flatMap((field) => {
    const message = errors[field];
    return message ? [{ field, message }] : [];
  });
  usePageTitle('New enquiry', summary.length > 0);

  const change = (patch: Partial<EnquiryForm>) => draft.change((current) => ({ ...current, ...patch }));

  const run = async (work: () => Promise<boolean>) => {
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(true);
    setSaveFailed(undefined);
    let leaving = false;
    try {
      leaving = await work();
    } catch (error) {
      setSaveFailed(writeErrorMessage(error, 'The enquiry'));
    } finally {
      // After a successful save the page is going away: stay busy so nothing runs twice.
      if (!leaving) {
        busyRef.current = false;
        setBusy(false);
      }
    }
  };

  const save = async (enquiry: Enquiry): Promise<boolean> => {
    const household = await householdsRepo.createEnquiry(enquiry, byName());
    // The device now holds a real record: ask the browser not to clear it (a no-op once agreed).
    void askToKeepData();
    await draft.discard();
    route(`/households/${household.id}?saved=1`);
    return true;
  };

  const submit = (e: Event) => {
    e.preventDefault();
    if (!form) return;
    void run(async () => {
      const result = validateEnquiry(form, today);
      if (!result.ok) {
        setErrors(result.errors);
        return false;
      }
      setErrors({});
      const { applicants, postcode, email, phone } = result.enquiry;
      const matches = await findPossibleDuplicates(duplicateKeys({ names: applicants, postcode, email, phone }));
      if (matches.length > 0) {
        setDuplicates({ enquiry: result.enquiry, matches });
        return false;
      }
      return save(result.enquiry);
    });
  };

  const discardDraft = async () => {
    await draft.discard();
    setErrors({});
    focusField('applicant1');
  };

  return (
    <div class="two-thirds">
      <SaveFailed message={saveFailed} id="enquiry-failed" title="The enquiry could not be saved" />
      <ErrorSummary errors={summary} />
      <PageHeading>New enquiry</PageHeading>
      {form === undefined ? (
        <p class="loading">Loading…</p>
      ) : duplicates ? (
        <DuplicateWarning
          matches={duplicates.matches}
          busy={busy}
          onSaveAnyway={() => void run(() => save(duplicates.enquiry))}
          onChangeAnswers={() => {
            setDuplicates(undefined);
            focusField('applicant1');
          }}
        />
      ) : (
        <>
          {draft.restored && (
            <div class="notification" role="status">
              <p class="notification__title">Draft restored</p>
              <div class="notification__body">
                <p>We restored the enquiry you had started.</p>
                <button type="button" class="button button--secondary" onClick={() => void discardDraft()}>
                  Discard it and start again
                </button>
              </div>
            </div>
          )}
          <DraftUnsaved draft={draft} />
          <form noValidate onSubmit={submit}>
            <EnquiryFields form={form} errors={errors} onChange={change} />
            <button type="submit" class="button" aria-disabled={busy}>
              Save enquiry
            </button>
          </form>
        </>
      )}
    </div>
  );
}
