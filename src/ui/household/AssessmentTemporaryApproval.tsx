import { useState } from 'preact/hooks';
import { formatDate, type IsoDate } from '../../domain/dates';
import type { Household, TemporaryApproval } from '../../domain/household';
import {
  MAX_EXTENSION_WEEKS,
  TEMPORARY_APPROVAL_WEEKS,
  emptyExtensionForm,
  isExtended,
  lastDayBeforeExtension,
  standingWords,
  temporaryApprovalLastDay,
  temporaryApprovalStanding,
  validateExtension,
  validateTemporaryApproval,
  type ExtensionField,
  type ExtensionForm,
  type TemporaryApprovalField,
  type TemporaryApprovalForm,
} from '../../domain/temporary-approval';
import { householdsRepo } from '../../data/repositories/households';
import { writeErrorMessage } from '../../data/write-errors';
import { DraftNotice } from '../components/DraftNotice';
import { ErrorSummary } from '../components/ErrorSummary';
import { SaveFailed } from '../components/SaveFailed';
import { TextArea, TextField } from '../components/fields';
import { DateInput } from '../components/DateInput';
import { SummaryList, type SummaryRow } from '../components/SummaryList';
import { StaleNotice } from '../components/StaleNotice';
import { useRevisionGuard } from '../components/use-stale-guard';
import { useFormDraft, useStoredDraft, type FormDraft } from '../components/use-form-draft';
import { byName } from '../current-user';
import { FormButtons, summaryErrors, useDisclosure } from './AssessmentFormParts';

type RevisionGuard = ReturnType<typeof useRevisionGuard>;

const START_DRAFT = (h: Household) => `temporary-approval:${h.id}`;
const EXTENSION_DRAFT = (h: Household) => `temporary-extension:${h.id}`;

function rows(t: TemporaryApproval | undefined, namedChild: string | undefined): SummaryRow[] {
  const named: SummaryRow[] = namedChild ? [{ key: 'Named child', value: namedChild }] : [];
  if (!t) return [...named, { key: 'Started', value: 'Not recorded' }];
  const weeks = t.extensionWeeks ?? 0;
  const x = t.extension;
  return [
    ...named,
    { key: 'Started', value: formatDate(t.startOn) },
    { key: `Last day of the ${TEMPORARY_APPROVAL_WEEKS} weeks`, value: formatDate(lastDayBeforeExtension(t)) },
    { key: 'Extension', value: weeks ? `${weeks} ${weeks === 1 ? 'week' : 'weeks'}` : 'None' },
    ...(x
      ? [
          { key: 'Extended by', value: `${x.nominatedOfficer}, nominated officer, on ${formatDate(x.decidedOn)}` },
          { key: 'Fostering panel consulted', value: formatDate(x.panelConsultedOn) },
          { key: 'Why it was extended', value: x.reason },
        ]
      : []),
    { key: 'Last day', value: formatDate(temporaryApprovalLastDay(t)) },
  ];
}

/** Connected-person temporary approval: 16 weeks from its start, extended once by up to 8. */
export function AssessmentTemporaryApproval({ household, namedChild, today }: { household: Household; namedChild?: string; today: IsoDate }) {
  const editing = useDisclosure<'start' | 'extend'>();
  const t = household.assessment.temporaryApproval;
  const standing = temporaryApprovalStanding(household, today);
  const words = standing && standingWords(standing);
  // A form half-typed on an earlier visit opens again.
  useStoredDraft(START_DRAFT(household), () => editing.reopen('start'));
  useStoredDraft(EXTENSION_DRAFT(household), () => editing.reopen('extend'));
  // Offered after the last day too: an extension decided in time may be recorded late (the rules check its date).
  const canExtend = t && !isExtended(t) && standing?.kind !== 'decided';
  return (
    <>
      <h3>Temporary approval</h3>
      {words && (
        <p class="warning-text" id="temporary-standing">
          {words}
        </p>
      )}
      {standing?.kind === 'irmPending' && (
        <p id="temporary-standing">Temporary approval continues while the independent review applied for on {formatDate(standing.appliedOn)} is pending.</p>
      )}
      <SummaryList rows={rows(t, namedChild)} />
      {editing.open && (
        <div {...editing.panel}>
          {editing.open === 'start' ? <StartForm household={household} today={today} onDone={editing.hide} /> : <ExtensionFormCard household={household} today={today} onDone={editing.hide} />}
        </div>
      )}
      {!editing.open && (
        <div class="button-group">
          <button type="button" class="button button--secondary" ref={editing.opener} onClick={() => editing.show('start')}>
            {t ? 'Change start date' : 'Record temporary approval'}
          </button>
          {canExtend && (
            <button type="button" class="button button--secondary" onClick={() => editing.show('extend')}>
              Extend temporary approval
            </button>
          )}
        </div>
      )}
    </>
  );
}

/** The save both forms share: a stale form or a full disk says so and keeps what was typed. */
function useSave(household: Household, guard: RevisionGuard, draft: Pick<FormDraft<unknown>, 'discard'>, onDone: () => void) {
  const [failed, setFailed] = useState<string>();
  const save = async (temporaryApproval: TemporaryApproval, summary: string) => {
    try {
      await householdsRepo.updateAssessment(household.id, { patch: { temporaryApproval }, baseRev: guard.base }, byName(), summary);
      await draft.discard();
      onDone();
    } catch (error) {
      if (!guard.refused(error)) setFailed(writeErrorMessage(error));
    }
  };
  const start = () => {
    setFailed(undefined);
    guard.clear();
  };
  return { failed, save, start };
}

const START_ORDER: TemporaryApprovalField[] = ['startOn'];
const startId = (f: TemporaryApprovalField) => `temporary-${f}`;

function StartForm({ household, today, onDone }: { household: Household; today: IsoDate; onDone: () => void }) {
  const t = household.assessment.temporaryApproval;
  // A draft keeps the revision it was begun on, so a reload does not lose what it was based on.
  const guard = useRevisionGuard(household);
  const draft = useFormDraft<TemporaryApprovalForm>(START_DRAFT(household), () => ({ startOn: t?.startOn ?? '' }), undefined, guard);
  const [errors, setErrors] = useState<Partial<Record<TemporaryApprovalField, string>>>({});
  const { failed, save, start } = useSave(household, guard, draft, onDone);

  async function submit(e: Event) {
    e.preventDefault();
    start();
    const result = validateTemporaryApproval(draft.values, t, today);
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    await save(result.value, `Temporary approval recorded: last day ${formatDate(temporaryApprovalLastDay(result.value))}`);
  }

  return (
    <form class="card" noValidate onSubmit={submit} aria-labelledby="temporary-title">
      <h4 id="temporary-title">{t ? 'Change the start of temporary approval' : 'Record temporary approval'}</h4>
      {guard.stale && <StaleNotice stale={guard.stale} onUseLatest={guard.useLatest} id="temporary-approval-stale" />}
      <SaveFailed message={failed} id="temporary-failed" />
      <ErrorSummary errors={summaryErrors(errors, START_ORDER, startId)} id="temporary-errors" />
      <DraftNotice draft={draft} focusId={startId('startOn')} />
      <DateInput
        id={startId('startOn')}
        label="Date temporary approval started"
        hint={`It lasts ${TEMPORARY_APPROVAL_WEEKS} weeks, the start day included`}
        value={draft.values.startOn}
        onInput={(startOn) => draft.change(() => ({ startOn }))}
        error={errors.startOn}
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

const EXTENSION_ORDER: ExtensionField[] = ['form', 'weeks', 'decidedOn', 'nominatedOfficer', 'panelConsultedOn', 'reason'];
const extensionId = (f: ExtensionField) => (f === 'form' ? 'extension-title' : `extension-${f}`);

function ExtensionFormCard({ household, today, onDone }: { household: Household; today: IsoDate; onDone: () => void }) {
  const t = household.assessment.temporaryApproval;
  const guard = useRevisionGuard(household);
  const draft = useFormDraft<ExtensionForm>(EXTENSION_DRAFT(household), emptyExtensionForm, undefined, guard);
  const form = draft.values;
  const [errors, setErrors] = useState<Partial<Record<ExtensionField, string>>>({});
  const { failed, save, start } = useSave(household, guard, draft, onDone);
  const set = (f: keyof ExtensionForm) => (value: string) => draft.change((x) => ({ ...x, [f]: value }));

  async function submit(e: Event) {
    e.preventDefault();
    start();
    const result = validateExtension(form, t, today);
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    await save(result.value, `Temporary approval extended by ${result.value.extensionWeeks} weeks: last day ${formatDate(temporaryApprovalLastDay(result.value))}`);
  }

  return (
    <form class="card" noValidate onSubmit={submit} aria-labelledby="extension-title">
      <h4 id="extension-title" tabIndex={-1}>
        Extend temporary approval
      </h4>
      <p class="hint">
        Once only, by up to {MAX_EXTENSION_WEEKS} weeks, decided by the nominated officer after consulting the fostering panel, before the approval lapses
        {t ? ` after ${formatDate(lastDayBeforeExtension(t))}` : ''}.
      </p>
      {guard.stale && <StaleNotice stale={guard.stale} onUseLatest={guard.useLatest} id="extension-stale" />}
      <SaveFailed message={failed} id="extension-failed" />
      <ErrorSummary errors={summaryErrors(errors, EXTENSION_ORDER, extensionId)} id="extension-errors" />
      <DraftNotice draft={draft} focusId={extensionId('weeks')} />
      <TextField
        id={extensionId('weeks')}
        label="Extension in weeks"
        hint={`From 1 to ${MAX_EXTENSION_WEEKS}`}
        inputMode="numeric"
        width="number"
        value={form.weeks}
        onInput={set('weeks')}
        error={errors.weeks}
      />
      <DateInput id={extensionId('decidedOn')} label="Date of the extension decision" value={form.decidedOn} onInput={set('decidedOn')} error={errors.decidedOn} />
      <TextField id={extensionId('nominatedOfficer')} label="Nominated officer who extended it" value={form.nominatedOfficer} onInput={set('nominatedOfficer')} error={errors.nominatedOfficer} />
      <DateInput
        id={extensionId('panelConsultedOn')}
        label="Date the fostering panel was consulted"
        value={form.panelConsultedOn}
        onInput={set('panelConsultedOn')}
        error={errors.panelConsultedOn}
      />
      <TextArea id={extensionId('reason')} label="Why is it being extended?" rows={3} value={form.reason} onInput={set('reason')} error={errors.reason} />
      <FormButtons
        save="Save extension"
        onCancel={() => {
          void draft.discard();
          onDone();
        }}
      />
    </form>
  );
}
