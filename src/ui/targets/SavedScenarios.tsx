import { useState } from 'preact/hooks';
import type { TargetPlanRow } from '../../data/db';
import { TARGET_PLANS_LIMIT, targetPlansRepo } from '../../data/repositories/target-plans';
import { ConfirmStep } from '../components/ConfirmStep';
import { writeErrorMessage } from '../../data/write-errors';
import { formatShortDate, todayIso } from '../../domain/dates';
import { planRecruitment } from '../../domain/recruitment';
import { recruitmentInputsFor, withAssumptions, type CalculatorInputs } from '../../domain/target-assumptions';
import { formatShare } from '../../domain/target-sentences';
import { SCENARIO_NAME_MAX } from '../../domain/targets-form';
import { DraftNotice } from '../components/DraftNotice';
import { ErrorSummary, type SummaryError } from '../components/ErrorSummary';
import { TextField } from '../components/fields';
import { SaveFailed } from '../components/SaveFailed';
import { StaleNotice } from '../components/StaleNotice';
import { SuccessBanner } from '../components/SuccessBanner';
import { useFormDraft } from '../components/use-form-draft';
import { useRevisionGuard } from '../components/use-stale-guard';
import { byName } from '../current-user';
import { useLiveQuery } from '../components/use-live-query';
import { ScenarioComparison } from './ScenarioComparison';

/** The figures on screen: either a plan that can be saved, or the first field still to correct. */
export type CurrentFigures = { ok: true; inputs: CalculatorInputs; targetYear: number } | { ok: false; firstErrorField: string };

const NAME_ID = 'scenario-name';
const COMPARE_ID = 'compare-scenarios';

function keyResults(row: TargetPlanRow): string {
  const result = planRecruitment(recruitmentInputsFor(withAssumptions(row.inputs)));
  if (!result.ok) return 'These figures no longer give a plan';
  const { approvalsPerYear, enquiriesPerYear } = result.plan;
  return `${approvalsPerYear} approvals and ${enquiriesPerYear} enquiries a year for ${formatShare(row.inputs.targetInHouseShare)} by March ${row.targetYear}`;
}

type Outcome = { text: string; at: number };

/** Save the figures under a name, reopen or delete them, and put two or three side by side. */
export function SavedScenarios({ current, onOpen }: { current: CurrentFigures; onOpen: (row: TargetPlanRow) => void }) {
  const [showAll, setShowAll] = useState(false);
  const { data: listed, error } = useLiveQuery(() => targetPlansRepo.list(showAll ? 'all' : TARGET_PLANS_LIMIT), [showAll]);
  const rows = listed?.rows;
  const draft = useFormDraft('targets:scenario-name', () => '');
  const name = draft.values;
  const [errors, setErrors] = useState<SummaryError[]>([]);
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  const [saving, setSaving] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);
  const [compareError, setCompareError] = useState<string | undefined>();
  const [comparing, setComparing] = useState<string[]>([]);
  // A delete is based on the scenario as the table showed it; the table always shows the latest.
  const guard = useRevisionGuard({});
  const [deleteFailed, setDeleteFailed] = useState<string>();

  const save = async (e: Event) => {
    e.preventDefault();
    if (saving) return;
    if (!current.ok) {
      setErrors([{ field: current.firstErrorField, message: 'Correct the figures marked as a problem before saving this scenario' }]);
      return;
    }
    setSaving(true);
    try {
      const result = await targetPlansRepo.save({ name, inputs: current.inputs, targetYear: current.targetYear }, byName());
      if (!result.ok) {
        setErrors([{ field: NAME_ID, message: result.errors.name }]);
        return;
      }
      setErrors([]);
      await draft.discard();
      setOutcome({ text: `Scenario “${result.plan.name}” saved.`, at: Date.now() });
    } catch (error) {
      setErrors([{ field: NAME_ID, message: writeErrorMessage(error, 'The scenario') }]);
    } finally {
      setSaving(false);
    }
  };

  const remove = async (row: TargetPlanRow): Promise<boolean> => {
    guard.clear();
    setDeleteFailed(undefined);
    try {
      await targetPlansRepo.delete(row.id, row.revision?.rev ?? '', byName());
    } catch (error) {
      setOutcome(undefined);
      if (!guard.refused(error)) setDeleteFailed(writeErrorMessage(error, 'The deletion'));
      return false;
    }
    setSelected((s) => s.filter((id) => id !== row.id));
    setComparing((s) => s.filter((id) => id !== row.id));
    setOutcome({ text: `Scenario “${row.name}” deleted.`, at: Date.now() });
    return true;
  };

  const compare = () => {
    if (selected.length < 2 || selected.length > 3) {
      setCompareError('Select 2 or 3 scenarios to compare');
      setComparing([]);
      return;
    }
    setCompareError(undefined);
    setComparing(selected);
  };

  const nameError = errors.find((e) => e.field === NAME_ID)?.message;
  // Columns in the order the manager picked them.
  const compared = comparing.flatMap((id) => rows?.find((r) => r.id === id) ?? []);

  return (
    <section class="targets-scenarios" aria-labelledby="scenarios-heading">
      <h2 id="scenarios-heading">Saved scenarios</h2>
      {outcome && (
        <SuccessBanner key={outcome.at} focus>
          {outcome.text}
        </SuccessBanner>
      )}
      <form noValidate onSubmit={(e) => void save(e)} class="two-thirds">
        <ErrorSummary errors={errors} id="scenario-errors" />
        <DraftNotice draft={draft} focusId={NAME_ID} />
        <TextField
          id={NAME_ID}
          label="Save this scenario"
          hint={`A name for these figures, for example “70% by 2029, 2% growth”. Up to ${SCENARIO_NAME_MAX} characters.`}
          value={name}
          onInput={draft.change}
          error={nameError}
        />
        <button type="submit" class="button" aria-disabled={saving}>
          {saving ? 'Saving…' : 'Save this scenario'}
        </button>
      </form>

      {guard.stale && <StaleNotice stale={guard.stale} onUseLatest={guard.useLatest} id="scenarios-stale" />}
      <SaveFailed message={deleteFailed} id="scenarios-failed" />
      {error ? (
        <p class="error-message">Saved scenarios could not be read from this device’s storage. Reload the page to try again.</p>
      ) : rows === undefined ? (
        <p class="loading">Loading saved scenarios…</p>
      ) : rows.length === 0 ? (
        <p>No scenarios saved on this device yet.</p>
      ) : (
        <>
          <div class="table-wrap">
            <table class="table table--stack targets-scenarios__table">
              <caption class="visually-hidden">Saved scenarios, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Compare</th>
                  <th scope="col">Name</th>
                  <th scope="col">Saved</th>
                  <th scope="col">By</th>
                  <th scope="col">Key results</th>
                  <th scope="col">
                    <span class="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.id}>
                    <td>
                      <div class="choice">
                        <input
                          type="checkbox"
                          id={`compare-${row.id}`}
                          checked={selected.includes(row.id)}
                          onChange={(e) => {
                            const on = (e.currentTarget as HTMLInputElement).checked;
                            setSelected((s) => (on ? [...s, row.id] : s.filter((id) => id !== row.id)));
                          }}
                        />
                        <label for={`compare-${row.id}`}>
                          Select{' '}<span class="visually-hidden">{row.name} to compare</span>
                        </label>
                      </div>
                    </td>
                    <th scope="row">{row.name}</th>
                    <td data-label="Saved">{formatShortDate(todayIso(new Date(row.savedAt)))}</td>
                    <td data-label="By">{row.savedBy}</td>
                    <td data-label="Key results">{keyResults(row)}</td>
                    <td class="targets-scenarios__actions">
                      <button type="button" class="link-button" onClick={() => onOpen(row)}>
                        Open{' '}<span class="visually-hidden">{row.name}</span>
                      </button>
                      <ConfirmStep
                        openLabel={
                          <>
                            Delete{' '}<span class="visually-hidden">{row.name}</span>
                          </>
                        }
                        openClass="link-button"
                        confirmLabel={
                          <>
                            Yes, delete{' '}<span class="visually-hidden">{row.name}</span>
                          </>
                        }
                        busyLabel="Deleting…"
                        warning={`Delete the scenario “${row.name}”? It cannot be opened again.`}
                        onConfirm={() => remove(row)}
                      />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {listed && listed.total > listed.rows.length && (
            <p>
              Showing the newest {listed.rows.length} of {listed.total} saved scenarios.{' '}
              <button type="button" class="link-button" onClick={() => setShowAll(true)}>
                Show all {listed.total}
              </button>
            </p>
          )}
          <div class={`form-group${compareError ? ' form-group--error' : ''}`}>
            {compareError && (
              <p class="error-message" id={`${COMPARE_ID}-error`} role="alert">
                <span class="visually-hidden">Error: </span>
                {compareError}
              </p>
            )}
            <button
              type="button"
              class="button button--secondary"
              id={COMPARE_ID}
              aria-describedby={compareError ? `${COMPARE_ID}-error` : undefined}
              onClick={compare}
            >
              Compare side by side
            </button>
          </div>
          {compared.length >= 2 && <ScenarioComparison rows={compared} />}
        </>
      )}
    </section>
  );
}
