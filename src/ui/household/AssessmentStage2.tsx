import { useState } from 'preact/hooks';
import { validateStage2, type Stage2Field, type Stage2Form } from '../../domain/assessment-edit';
import { formatDate, type IsoDate } from '../../domain/dates';
import type { Household, StaffMember } from '../../domain/household';
import { assessmentReportName } from '../../domain/stage-rules';
import { householdsRepo } from '../../data/repositories/households';
import { writeErrorMessage } from '../../data/write-errors';
import { staffRepo } from '../../data/repositories/staff';
import { DraftNotice } from '../components/DraftNotice';
import { ErrorSummary } from '../components/ErrorSummary';
import { SaveFailed } from '../components/SaveFailed';
import { SelectField } from '../components/fields';
import { DateInput } from '../components/DateInput';
import { SummaryList } from '../components/SummaryList';
import { StaleNotice } from '../components/StaleNotice';
import { useRevisionGuard } from '../components/use-stale-guard';
import { useFormDraft, useStoredDraft } from '../components/use-form-draft';
import { byName } from '../current-user';
import { FormButtons, summaryErrors, useDisclosure } from './AssessmentFormParts';
import { useLiveQuery } from '../components/use-live-query';

const ORDER: Stage2Field[] = ['assessorId', 'proceedDecisionOn', 'reportStartedOn', 'reportCompletedOn'];
const id = (f: Stage2Field) => `stage2-${f}`;

/** The staff list, kept live so someone added in Settings can be chosen without a reload. */
function useStaff(): StaffMember[] {
  return useLiveQuery(() => staffRepo.list(), []).data ?? [];
}

/** Stage 2: who is assessing, and when the Form F (or Form C) was started and completed. */
export function AssessmentStage2({ household, today }: { household: Household; today: IsoDate }) {
  const editing = useDisclosure();
  const staff = useStaff();
  const a = household.assessment;
  const report = assessmentReportName(household);
  // Stage 2 details half-typed on an earlier visit open again.
  useStoredDraft(`stage2:${household.id}`, () => editing.reopen(true));
  const assessor = a.assessorId ? staff.find((s) => s.id === a.assessorId)?.name ?? 'Not on this device’s staff list' : 'Not assigned';
  return (
    <>
      <h3>Stage 2 assessment</h3>
      <SummaryList
        rows={[
          { key: 'Assessor', value: assessor },
          { key: 'Decision to proceed', value: formatDate(a.proceedDecisionOn) || 'Not yet' },
          { key: `${report} started`, value: formatDate(a.reportStartedOn) || 'Not yet' },
          { key: `${report} completed`, value: formatDate(a.reportCompletedOn) || 'Not yet' },
        ]}
      />
      {editing.open ? (
        <div {...editing.panel}>
          <Stage2FormCard household={household} report={report} staff={staff} today={today} onDone={editing.hide} />
        </div>
      ) : (
        <button type="button" class="button button--secondary" ref={editing.opener} onClick={() => editing.show(true)}>
          Change stage 2 details
        </button>
      )}
    </>
  );
}

function Stage2FormCard(props: { household: Household; report: string; staff: StaffMember[]; today: IsoDate; onDone: () => void }) {
  const { household, report, staff, today, onDone } = props;
  const a = household.assessment;
  const guard = useRevisionGuard(household);
  const draft = useFormDraft<Stage2Form>(`stage2:${household.id}`, () => ({
    assessorId: a.assessorId ?? '',
    proceedDecisionOn: a.proceedDecisionOn ?? '',
    reportStartedOn: a.reportStartedOn ?? '',
    reportCompletedOn: a.reportCompletedOn ?? '',
  }), undefined, guard);
  const form = draft.values;
  const [errors, setErrors] = useState<Partial<Record<Stage2Field, string>>>({});
  const [failed, setFailed] = useState<string>();
  const set = (f: Stage2Field) => (value: string) => draft.change((x) => ({ ...x, [f]: value }));

  async function submit(e: Event) {
    e.preventDefault();
    setFailed(undefined);
    guard.clear();
    const result = validateStage2(form, report, today, { stage: household.stage, decidedOn: household.assessment.decision?.decidedOn });
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    try {
      await householdsRepo.updateAssessment(household.id, { patch: result.value, baseRev: guard.base }, byName(), 'Stage 2 details updated');
      await draft.discard();
      onDone();
    } catch (error) {
      setErrors({});
      if (!guard.refused(error)) setFailed(writeErrorMessage(error));
    }
  }

  return (
    <form class="card" noValidate onSubmit={submit} aria-labelledby="stage2-title">
      <h4 id="stage2-title">Change stage 2 details</h4>
      {guard.stale && <StaleNotice stale={guard.stale} onUseLatest={guard.useLatest} id="stage2-stale" />}
      <SaveFailed message={failed} id="stage2-failed" />
      <ErrorSummary errors={summaryErrors(errors, ORDER, id)} id="stage2-errors" />
      <DraftNotice draft={draft} focusId={id('assessorId')} />
      <SelectField
        id={id('assessorId')}
        label="Assessor"
        placeholder="Not assigned"
        value={form.assessorId}
        onChange={set('assessorId')}
        options={staff.map((s) => ({ value: s.id, label: s.active ? s.name : `${s.name} (no longer active)` }))}
        error={errors.assessorId}
      />
      <DateInput
        id={id('proceedDecisionOn')}
        label="Date of the decision to proceed to stage 2"
        hint="When stage 2 started while stage 1 checks were still out, record the decision once they are back"
        value={form.proceedDecisionOn ?? ''}
        onInput={set('proceedDecisionOn')}
        error={errors.proceedDecisionOn}
      />
      <DateInput id={id('reportStartedOn')} label={`Date the ${report} was started`} value={form.reportStartedOn} onInput={set('reportStartedOn')} error={errors.reportStartedOn} />
      <DateInput id={id('reportCompletedOn')} label={`Date the ${report} was completed`} value={form.reportCompletedOn} onInput={set('reportCompletedOn')} error={errors.reportCompletedOn} />
      <FormButtons
        save="Save stage 2 details"
        onCancel={() => {
          void draft.discard();
          onDone();
        }}
      />
    </form>
  );
}
