import { useState } from 'preact/hooks';
import { CHECK_FIELD_ORDER, checkForm, validateCheckEdit, type CheckField, type CheckForm as Form } from '../../domain/check-edit';
import { CHECK_OUTCOMES } from '../../domain/checks';
import type { IsoDate } from '../../domain/dates';
import type { Check } from '../../domain/household';
import type { CheckType } from '../../domain/settings';
import { checksRepo } from '../../data/repositories/checks';
import { writeErrorMessage } from '../../data/write-errors';
import { DraftNotice } from '../components/DraftNotice';
import { ErrorSummary } from '../components/ErrorSummary';
import { RadioGroup, TextArea, optionsFrom } from '../components/fields';
import { DateInput } from '../components/DateInput';
import { StaleNotice } from '../components/StaleNotice';
import { useRevisionGuard } from '../components/use-stale-guard';
import { useFormDraft } from '../components/use-form-draft';
import { byName } from '../current-user';
import { FormButtons, summaryErrors } from './AssessmentFormParts';

type Errors = Partial<Record<CheckField | 'form', string>>;

/**
 * The inline "Update check" form: dates, outcome (a concern asks how it was considered), expiry
 * where the type has one, and "not needed" for optional types.
 */
export function CheckForm({
  check,
  title,
  rules,
  today,
  onDone,
}: {
  check: Check;
  title: string;
  rules: Pick<CheckType, 'required' | 'hasExpiry' | 'validityMonths'>;
  today: IsoDate;
  onDone: () => void;
}) {
  const prefix = `check-${check.id}`;
  const id = (f: CheckField | 'form') => `${prefix}-${f === 'form' ? 'requestedOn' : f}`;
  const guard = useRevisionGuard(check);
  const draft = useFormDraft<Form>(`check:${check.householdId}:${check.id}`, () => checkForm(check), undefined, guard);
  const form = draft.values;
  const [errors, setErrors] = useState<Errors>({});
  const set = (field: Exclude<CheckField, 'notNeeded'>) => (value: string) => draft.change((f) => ({ ...f, [field]: value }));

  async function submit(e: Event) {
    e.preventDefault();
    guard.clear();
    const result = validateCheckEdit(form, rules, today);
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    try {
      const saved = await checksRepo.updateCheck(check.id, result.patch, guard.base, byName(), today);
      if (!saved.ok) return setErrors(saved.errors);
      await draft.discard();
      onDone();
    } catch (error) {
      if (!guard.refused(error)) setErrors({ form: writeErrorMessage(error) });
    }
  }

  const summary = summaryErrors(errors, [...CHECK_FIELD_ORDER, 'form'] as const, id);
  return (
    <form class="check-form" noValidate onSubmit={submit} aria-labelledby={`${prefix}-title`}>
      <h3 id={`${prefix}-title`}>Update: {title}</h3>
      {guard.stale && <StaleNotice stale={guard.stale} onUseLatest={guard.useLatest} id={`${prefix}-stale`} />}
      <ErrorSummary errors={summary} id={`${prefix}-errors`} />
      <DraftNotice draft={draft} focusId={id('requestedOn')} />
      <div class="check-form__dates">
        <DateInput id={id('requestedOn')} label="Date requested" value={form.requestedOn} onInput={set('requestedOn')} error={errors.requestedOn} />
        <DateInput id={id('receivedOn')} label="Date received" value={form.receivedOn} onInput={set('receivedOn')} error={errors.receivedOn} />
      </div>
      <RadioGroup id={id('outcome')} label="Outcome" value={form.outcome} onChange={set('outcome')} options={optionsFrom(CHECK_OUTCOMES)} inline error={errors.outcome} />
      {form.outcome === 'concern' && (
        <TextArea
          id={id('concernNote')}
          label="How the concern was considered before panel"
          hint="Who considered it, when, and what was decided"
          value={form.concernNote}
          onInput={set('concernNote')}
          error={errors.concernNote}
        />
      )}
      {form.outcome === 'specifiedOffence' && (
        <p class="warning-text">A specified offence means the household cannot be approved: it does not go to panel.</p>
      )}
      {rules.hasExpiry && (
        <DateInput
          id={id('expiresOn')}
          label="Expiry date"
          hint={
            rules.validityMonths
              ? `The date this check runs out and must be repeated. Leave it blank to count ${rules.validityMonths} months from the date received`
              : 'The date this check runs out and must be repeated'
          }
          value={form.expiresOn}
          onInput={set('expiresOn')}
          error={errors.expiresOn}
        />
      )}
      {(!rules.required || check.notNeeded) && (
        <div class={`form-group${errors.notNeeded ? ' form-group--error' : ''}`}>
          {errors.notNeeded && (
            <p class="error-message" id={`${id('notNeeded')}-error`}>
              <span class="visually-hidden">Error: </span>
              {errors.notNeeded}
            </p>
          )}
          <div class="choice">
            <input
              type="checkbox"
              id={id('notNeeded')}
              checked={form.notNeeded}
              aria-describedby={errors.notNeeded ? `${id('notNeeded')}-error` : undefined}
              onChange={(e) => {
                const notNeeded = (e.currentTarget as HTMLInputElement).checked;
                draft.change((f) => ({ ...f, notNeeded }));
              }}
            />
            <label for={id('notNeeded')}>Not needed for this household</label>
          </div>
        </div>
      )}
      <FormButtons
        save="Save check"
        onCancel={() => {
          void draft.discard();
          onDone();
        }}
      />
    </form>
  );
}
