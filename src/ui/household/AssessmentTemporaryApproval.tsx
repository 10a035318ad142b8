import { useState } from 'preact/hooks';
import {
  MAX_EXTENSION_WEEKS,
  TEMPORARY_APPROVAL_WEEKS,
  temporaryApprovalEndsOn,
  validateTemporaryApproval,
  type TemporaryApprovalField,
  type TemporaryApprovalForm,
} from '../../domain/assessment-edit';
import { formatDate, type IsoDate } from '../../domain/dates';
import type { Household } from '../../domain/household';
import { householdsRepo } from '../../data/repositories/households';
import { writeErrorMessage } from '../../data/write-errors';
import { DraftNotice } from '../components/DraftNotice';
import { ErrorSummary } from '../components/ErrorSummary';
import { SaveFailed } from '../components/SaveFailed';
import { TextField } from '../components/fields';
import { SummaryList } from '../components/SummaryList';
import { StaleNotice } from '../components/StaleNotice';
import { useRevisionGuard } from '../components/use-stale-guard';
import { useFormDraft, useStoredDraft } from '../components/use-form-draft';
import { byName } from '../current-user';
import { FormButtons, summaryErrors, useDisclosure } from './AssessmentFormParts';

const ORDER: TemporaryApprovalField[] = ['startOn', 'extensionWeeks'];
const id = (f: TemporaryApprovalField) => `temporary-${f}`;

/** Connected-person temporary approval: 16 weeks from its start, extendable once by up to 8. */
export function AssessmentTemporaryApproval({ household, namedChild, today }: { household: Household; namedChild?: string; today: IsoDate }) {
  const editing = useDisclosure();
  const t = household.assessment.temporaryApproval;
  const weeks = t?.extensionWeeks ?? 0;
  // Temporary approval half-typed on an earlier visit opens again.
  useStoredDraft(`temporary-approval:${household.id}`, () => editing.show(true));
  return (
    <>
      <h3>Temporary approval</h3>
      <SummaryList
        rows={[
          ...(namedChild ? [{ key: 'Named child', value: namedChild }] : []),
          { key: 'Started', value: t ? formatDate(t.startOn) : 'Not recorded' },
          { key: 'Extension', value: weeks ? `${weeks} ${weeks === 1 ? 'week' : 'weeks'}` : 'None' },
          {
            key: 'Ends',
            value: t ? `${formatDate(temporaryApprovalEndsOn(t))} (${TEMPORARY_APPROVAL_WEEKS} weeks${weeks ? ` plus ${weeks} weeks’ extension` : ''})` : 'Not recorded',
          },
        ]}
      />
      {editing.open ? (
        <TemporaryApprovalFormCard household={household} today={today} onDone={editing.hide} />
      ) : (
        <button type="button" class="button button--secondary" ref={editing.opener} onClick={() => editing.show(true)}>
          Change temporary approval
        </button>
      )}
    </>
  );
}

function TemporaryApprovalFormCard({ household, today, onDone }: { household: Household; today: IsoDate; onDone: () => void }) {
  const t = household.assessment.temporaryApproval;
  const guard = useRevisionGuard(household);
  const draft = useFormDraft<TemporaryApprovalForm>(`temporary-approval:${household.id}`, () => ({
    startOn: t?.startOn ?? '',
    extensionWeeks: String(t?.extensionWeeks ?? 0),
  }), undefined, guard);
  const form = draft.values;
  const [errors, setErrors] = useState<Partial<Record<TemporaryApprovalField, string>>>({});
  const [failed, setFailed] = useState<string>();
  const set = (f: TemporaryApprovalField) => (value: string) => draft.change((x) => ({ ...x, [f]: value }));

  async function submit(e: Event) {
    e.preventDefault();
    setFailed(undefined);
    guard.clear();
    const result = validateTemporaryApproval(form, today);
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    try {
      await householdsRepo.updateAssessment(
        household.id,
        { patch: { temporaryApproval: result.value }, baseRev: guard.base },
        byName(),
        `Temporary approval recorded: ends ${formatDate(temporaryApprovalEndsOn(result.value))}`,
      );
      await draft.discard();
      onDone();
    } catch (error) {
      setErrors({});
      if (!guard.refused(error)) setFailed(writeErrorMessage(error));
    }
  }

  return (
    <form class="card" noValidate onSubmit={submit} aria-labelledby="temporary-title">
      <h4 id="temporary-title">Change temporary approval</h4>
      {guard.stale && <StaleNotice stale={guard.stale} onUseLatest={guard.useLatest} id="temporary-approval-stale" />}
      <SaveFailed message={failed} id="temporary-failed" />
      <ErrorSummary errors={summaryErrors(errors, ORDER, id)} id="temporary-errors" />
      <DraftNotice draft={draft} focusId={id('startOn')} />
      <TextField id={id('startOn')} label="Date temporary approval started" type="date" width="date" max={today} value={form.startOn} onInput={set('startOn')} error={errors.startOn} />
      <TextField
        id={id('extensionWeeks')}
        label="Extension in weeks"
        hint={`From 0 to ${MAX_EXTENSION_WEEKS}. Temporary approval can be extended once, by up to ${MAX_EXTENSION_WEEKS} weeks`}
        inputMode="numeric"
        width="number"
        value={form.extensionWeeks}
        onInput={set('extensionWeeks')}
        error={errors.extensionWeeks}
      />
      <FormButtons
        save="Save temporary approval"
        onCancel={() => {
          void draft.discard();
          onDone();
        }}
      />
    </form>
  );
}
