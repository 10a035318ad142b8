import { useState } from 'preact/hooks';
import { PANEL_RECOMMENDATIONS, papersWarning, validatePanel, type PanelField, type PanelForm } from '../../domain/assessment-edit';
import { formatDate, type IsoDate } from '../../domain/dates';
import type { Household } from '../../domain/household';
import { TERMS_FIELDS, emptyTermsInput, termsInWords, termsInputFrom } from '../../domain/terms';
import { householdsRepo } from '../../data/repositories/households';
import { writeErrorMessage } from '../../data/write-errors';
import { DraftNotice } from '../components/DraftNotice';
import { ErrorSummary } from '../components/ErrorSummary';
import { SaveFailed } from '../components/SaveFailed';
import { RadioGroup, TextField, optionsFrom } from '../components/fields';
import { DateInput } from '../components/DateInput';
import { SummaryList } from '../components/SummaryList';
import { StaleNotice } from '../components/StaleNotice';
import { useRevisionGuard } from '../components/use-stale-guard';
import { useFormDraft, useStoredDraft } from '../components/use-form-draft';
import { byName } from '../current-user';
import { FormButtons, summaryErrors, useDisclosure } from './AssessmentFormParts';
import { TermsFields, formFieldId, termsErrorsOf } from './TermsFields';

const ORDER: PanelField[] = ['panelOn', 'papersSentOn', 'chair', 'recommendation', ...TERMS_FIELDS.map((f) => `terms.${f}` as const), 'minutesReceivedOn'];
const TERMS_ID = 'panel-terms';
const id = (f: PanelField) => formFieldId(TERMS_ID, f, (k) => `panel-${k}`);

/** Panel: its date (which may be planned ahead), papers sent, the recommendation and the final minutes. */
export function AssessmentPanel({ household, today, namedChild }: { household: Household; today: IsoDate; namedChild?: string }) {
  const editing = useDisclosure();
  const panel = household.assessment.panel ?? {};
  // Panel details half-typed on an earlier visit open again.
  useStoredDraft(`panel:${household.id}`, () => editing.reopen(true));
  return (
    <>
      <h3>Panel</h3>
      <SummaryList
        rows={[
          { key: 'Date of panel', value: formatDate(panel.panelOn) || 'Not set' },
          { key: 'Papers sent', value: formatDate(panel.papersSentOn) || 'Not yet' },
          { key: 'Panel chair', value: panel.chair || 'Not recorded' },
          { key: 'Recommendation', value: panel.recommendation ? PANEL_RECOMMENDATIONS[panel.recommendation] : 'Not yet' },
          ...(panel.recommendedTerms ? [{ key: 'Terms recommended', value: termsInWords(panel.recommendedTerms) }] : []),
          { key: 'Final minutes received', value: formatDate(panel.minutesReceivedOn) || 'Not yet' },
        ]}
      />
      {editing.open ? (
        <div {...editing.panel}>
          <PanelFormCard household={household} today={today} namedChild={namedChild} onDone={editing.hide} />
        </div>
      ) : (
        <button type="button" class="button button--secondary" ref={editing.opener} onClick={() => editing.show(true)}>
          Change panel details
        </button>
      )}
    </>
  );
}

function PanelFormCard({ household, today, namedChild, onDone }: { household: Household; today: IsoDate; namedChild?: string; onDone: () => void }) {
  const panel = household.assessment.panel ?? {};
  const guard = useRevisionGuard(household);
  const draft = useFormDraft<PanelForm>(`panel:${household.id}`, () => ({
    panelOn: panel.panelOn ?? '',
    papersSentOn: panel.papersSentOn ?? '',
    chair: panel.chair ?? '',
    recommendation: panel.recommendation ?? '',
    terms: termsInputFrom(panel.recommendedTerms, namedChild),
    minutesReceivedOn: panel.minutesReceivedOn ?? '',
  }), undefined, guard);
  // Drafts kept before the terms were asked for still open with every field.
  const form = { ...draft.values, chair: draft.values.chair ?? '', terms: { ...emptyTermsInput(namedChild), ...draft.values.terms } };
  const [errors, setErrors] = useState<Partial<Record<PanelField, string>>>({});
  const [failed, setFailed] = useState<string>();
  const set = (f: Exclude<PanelField, `terms.${string}`>) => (value: string) => draft.change((x) => ({ ...x, [f]: value }));
  const termsErrors = termsErrorsOf(errors);

  async function submit(e: Event) {
    e.preventDefault();
    setFailed(undefined);
    guard.clear();
    const result = validatePanel(form, today, { stage: household.stage, decidedOn: household.assessment.decision?.decidedOn, kind: household.kind });
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    const recommended = result.value.recommendation && result.value.recommendation !== panel.recommendation;
    const summary = recommended
      ? `Panel recommendation recorded: ${PANEL_RECOMMENDATIONS[result.value.recommendation!].toLowerCase()}`
      : 'Panel details updated';
    try {
      await householdsRepo.updateAssessment(household.id, { patch: { panel: result.value }, baseRev: guard.base }, byName(), summary);
      await draft.discard();
      onDone();
    } catch (error) {
      setErrors({});
      if (!guard.refused(error)) setFailed(writeErrorMessage(error));
    }
  }

  return (
    <form class="card" noValidate onSubmit={submit} aria-labelledby="panel-title">
      <h4 id="panel-title">Change panel details</h4>
      {guard.stale && <StaleNotice stale={guard.stale} onUseLatest={guard.useLatest} id="panel-stale" />}
      <SaveFailed message={failed} id="panel-failed" />
      <ErrorSummary errors={summaryErrors(errors, ORDER, id)} id="panel-errors" />
      <DraftNotice draft={draft} focusId={id('panelOn')} />
      <DateInput id={id('panelOn')} label="Date of panel" hint="This can be a planned date" value={form.panelOn} onInput={set('panelOn')} error={errors.panelOn} />
      <DateInput id={id('papersSentOn')} label="Date the papers were sent" hint={papersWarning(form.panelOn, form.papersSentOn) ?? 'At least 5 working days before panel (National Minimum Standard 14.3)'} value={form.papersSentOn} onInput={set('papersSentOn')} error={errors.papersSentOn} />
      <TextField id={id('chair')} label="Panel chair" autocomplete="off" value={form.chair} onInput={set('chair')} error={errors.chair} />
      <RadioGroup id={id('recommendation')} label="Panel’s recommendation" value={form.recommendation} onChange={set('recommendation')} options={optionsFrom(PANEL_RECOMMENDATIONS)} inline error={errors.recommendation} />
      {form.recommendation === 'approve' && (
        <TermsFields
          idPrefix={TERMS_ID}
          legend="Terms the panel recommended"
          household={household}
          value={form.terms}
          onChange={(terms) => draft.change((x) => ({ ...x, terms }))}
          errors={termsErrors}
          namedChild={namedChild}
        />
      )}
       <DateInput id={id('minutesReceivedOn')} label="Date the final minutes were received" hint="The agency decision maker decides on the final minutes" value={form.minutesReceivedOn} onInput={set('minutesReceivedOn')} error={errors.minutesReceivedOn} />
      <FormButtons
        save="Save panel details"
        onCancel={() => {
          void draft.discard();
          onDone();
        }}
      />
    </form>
  );
}
