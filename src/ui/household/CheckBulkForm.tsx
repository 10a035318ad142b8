import { useRef, useState } from 'preact/hooks';
import { BULK_MARK_BUTTONS, BULK_MARK_FIELD_ORDER, planBulkMark, type BulkMark, type BulkMarkErrors, type BulkMarkForm } from '../../domain/check-bulk';
import type { IsoDate } from '../../domain/dates';
import type { Check } from '../../domain/household';
import type { CheckType } from '../../domain/settings';
import { checksRepo } from '../../data/repositories/checks';
import { StaleWriteError } from '../../data/stale';
import { writeErrorMessage } from '../../data/write-errors';
import { DraftNotice } from '../components/DraftNotice';
import { ErrorSummary } from '../components/ErrorSummary';
import { DateInput } from '../components/DateInput';
import { StaleNotice } from '../components/StaleNotice';
import { useFormDraft, type FormDraft } from '../components/use-form-draft';
import { byName } from '../current-user';
import { summaryErrors } from './AssessmentFormParts';

/** The id of the "select all" box in the table's heading: where a missing tick is put right. */
export const PICK_ALL_ID = 'checks-bulk-all';

const ID = 'checks-bulk';

/** A stored draft's ticks and date; ticks keep the revision each check was ticked on. */
function readBulk(raw: unknown, start: BulkMarkForm): BulkMarkForm | undefined {
  if (!raw || typeof raw !== 'object') return undefined;
  const stored = raw as { on?: unknown; picked?: unknown };
  const picked = stored.picked && typeof stored.picked === 'object' ? stored.picked : {};
  return {
    on: typeof stored.on === 'string' ? stored.on : start.on,
    picked: Object.fromEntries(Object.entries(picked).filter((e): e is [string, string] => typeof e[1] === 'string')),
  };
}

/** The ticks and date, kept as a draft so a reload or an update does not lose them. */
export function useBulkMarkDraft(householdId: string, today: IsoDate): FormDraft<BulkMarkForm> {
  return useFormDraft<BulkMarkForm>(`checks-bulk:${householdId}`, () => ({ on: today, picked: {} }), readBulk);
}

/** Only checks still outstanding can be ticked; a tick restored for one done since is dropped. */
export function pickedOutstanding(form: BulkMarkForm, outstanding: Check[]): BulkMarkForm {
  return { on: form.on, picked: Object.fromEntries(outstanding.filter((c) => c.id in form.picked).map((c) => [c.id, form.picked[c.id]!])) };
}

/**
 * Marks the checks ticked in the table requested, or received clear, on one date. A check back with
 * any other outcome is updated on its own, where its note and expiry are asked for.
 */
export function CheckBulkForm({
  draft,
  outstanding,
  householdId,
  typeOf,
  today,
  onMarked,
}: {
  draft: FormDraft<BulkMarkForm>;
  outstanding: Check[];
  householdId: string;
  typeOf: (check: Check) => Pick<CheckType, 'required' | 'hasExpiry'>;
  today: IsoDate;
  /** Said above the table, since the form goes once no check is left outstanding. */
  onMarked: (words: string) => void;
}) {
  const [errors, setErrors] = useState<BulkMarkErrors & { form?: string }>({});
  const [stale, setStale] = useState<StaleWriteError>();
  const form = pickedOutstanding(draft.values, outstanding);
  const ticked = Object.keys(form.picked).length;
  const idFor = (f: keyof typeof errors) => (f === 'picked' ? PICK_ALL_ID : `${ID}-on`);
  // Which button sent the form; Enter in the date field sends the first.
  const pressed = useRef<BulkMark>('requested');

  async function mark(kind: BulkMark) {
    setStale(undefined);
    const planned = planBulkMark(kind, form, outstanding, typeOf, today);
    if (!planned.ok) return setErrors(planned.errors);
    setErrors({});
    try {
      const saved = await checksRepo.markChecks(householdId, kind, form, byName(), today);
      if (!saved.ok) return setErrors(saved.errors);
      await draft.discard();
      onMarked(`${saved.marked} ${saved.marked === 1 ? 'check' : 'checks'} marked ${kind === 'received' ? 'received, clear' : 'requested'}`);
    } catch (error) {
      if (error instanceof StaleWriteError) setStale(error);
      else setErrors({ form: writeErrorMessage(error) });
    }
  }

  // "Use the latest": each ticked check is now based on the row as it stands.
  const useLatest = () => {
    draft.change((f) => ({ ...f, picked: Object.fromEntries(outstanding.filter((c) => c.id in f.picked).map((c) => [c.id, c.revision?.rev ?? ''])) }));
    setStale(undefined);
  };

  const summary = summaryErrors(errors, [...BULK_MARK_FIELD_ORDER, 'form'] as const, idFor);
  return (
    <form
      class="check-bulk"
      noValidate
      aria-labelledby={`${ID}-title`}
      onSubmit={(e) => {
        e.preventDefault();
        void mark(pressed.current);
      }}
    >
      <h3 id={`${ID}-title`}>Mark ticked checks</h3>
      {stale && <StaleNotice stale={stale} onUseLatest={useLatest} id={`${ID}-stale`} />}
      <ErrorSummary errors={summary} id={`${ID}-errors`} />
      <DraftNotice draft={draft} focusId={`${ID}-on`} />
      <div class={`form-group${errors.picked ? ' form-group--error' : ''}`}>
        <p class="check-bulk__ticked" id={`${ID}-ticked`} aria-live="polite">
          {ticked === 0 ? 'No checks ticked' : `${ticked} ${ticked === 1 ? 'check' : 'checks'} ticked`}
        </p>
        {errors.picked && (
          <p class="error-message" id={`${ID}-picked-error`}>
            <span class="visually-hidden">Error: </span>
            {errors.picked}
          </p>
        )}
      </div>
      <p class="hint">A check back with any outcome other than clear is updated on its own, with its note.</p>
      <DateInput
        id={`${ID}-on`}
        label="Date"
        hint="The date they were requested or received"
        value={draft.values.on}
        onInput={(on) => draft.change((f) => ({ ...f, on }))}
        error={errors.on}
      />
      {errors.form && <p class="error-message">{errors.form}</p>}
      <div class="button-group">
        {(Object.keys(BULK_MARK_BUTTONS) as BulkMark[]).map((kind) => (
          <button type="submit" class="button" key={kind} aria-describedby={`${ID}-ticked`} onClick={() => (pressed.current = kind)}>
            {BULK_MARK_BUTTONS[kind]}
          </button>
        ))}
      </div>
    </form>
  );
}
