import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Checked, Errors } from '../../domain/support/forms';
import { writeErrorMessage } from '../../data/write-errors';
import { DraftNotice } from '../components/DraftNotice';
import { ErrorSummary } from '../components/ErrorSummary';
import { SaveFailed } from '../components/SaveFailed';
import { StaleNotice } from '../components/StaleNotice';
import { useFormDraft, type FormDraft } from '../components/use-form-draft';
import { useRevisionGuard } from '../components/use-stale-guard';
import { FormButtons, summaryErrors } from '../household/AssessmentFormParts';

/**
 * What every form on the carer household page shares: its values kept as a draft, errors beside
 * the fields and in a summary, and a save failure said at the top with nothing typed lost.
 */
export interface CarerFormState<I, F extends string> {
  draft: FormDraft<I>;
  values: I;
  errors: Errors<F>;
  set: (field: keyof I) => (value: string) => void;
  /** Validates, then saves; the draft goes only once the save is done. */
  submit: (e: Event) => Promise<void>;
  failed?: string;
  /** The revision the form was opened on, and a refusal when the record changed since. */
  guard: ReturnType<typeof useRevisionGuard>;
}

export function useCarerForm<I extends object, F extends string, V>(
  key: string,
  start: () => I,
  validate: (values: I) => Checked<V, F>,
  /**
   * Resolves 'ask' to keep the form open for a last question before the real save. `baseRev` is
   * the revision of `row` the form was opened on (kept with its draft), for the repository to refuse
   * a save when what the form shows changed since.
   */
  save: (value: V, baseRev: string) => Promise<void | 'ask'>,
  onDone: () => void,
  /** The record the form changes; a form that only adds a new record has none. */
  row?: { revision?: { rev: string } },
): CarerFormState<I, F> {
  const guard = useRevisionGuard(row ?? {});
  const draft = useFormDraft<I>(key, start, undefined, row ? guard : undefined);
  const [errors, setErrors] = useState<Errors<F>>({});
  const [failed, setFailed] = useState<string>();
  return {
    draft,
    values: draft.values,
    errors,
    failed,
    guard,
    set: (field) => (value) => draft.change((x) => ({ ...x, [field]: value })),
    async submit(e) {
      e.preventDefault();
      setFailed(undefined);
      guard.clear();
      const result = validate(draft.values);
      if (!result.ok) return setErrors(result.errors);
      setErrors({});
      try {
        if ((await save(result.value, guard.base)) === 'ask') return;
        await draft.discard();
        onDone();
      } catch (error) {
        if (!guard.refused(error)) setFailed(writeErrorMessage(error));
      }
    },
  };
}

export function CarerFormCard<F extends string>(props: {
  id: string;
  title: string;
  save: string;
  form: {
    draft: Pick<FormDraft<unknown>, 'restored' | 'unsaved' | 'discard'>;
    errors: Errors<F>;
    failed?: string | undefined;
    guard: Pick<CarerFormState<object, F>['guard'], 'stale' | 'useLatest'>;
    submit: (e: Event) => Promise<void>;
  };
  order: readonly F[];
  onCancel: () => void;
  children: ComponentChildren;
}) {
  const { id, form } = props;
  const fieldId = (f: F) => `${id}-${f}`;
  return (
    <form class="card" noValidate onSubmit={(e) => void form.submit(e)} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{props.title}</h3>
      {form.guard.stale && <StaleNotice stale={form.guard.stale} onUseLatest={form.guard.useLatest} id={`${id}-stale`} />}
      <SaveFailed message={form.failed} id={`${id}-failed`} />
      <ErrorSummary errors={summaryErrors(form.errors, props.order, fieldId)} id={`${id}-errors`} />
      <DraftNotice draft={form.draft} focusId={fieldId(props.order[0]!)} />
      {props.children}
      <FormButtons
        save={props.save}
        onCancel={() => {
          void form.draft.discard();
          props.onCancel();
        }}
      />
    </form>
  );
}
