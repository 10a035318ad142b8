import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Checked, Errors } from '../../domain/support/forms';
import { writeErrorMessage } from '../../data/write-errors';
import { DraftNotice } from '../components/DraftNotice';
import { ErrorSummary } from '../components/ErrorSummary';
import { SaveFailed } from '../components/SaveFailed';
import { useFormDraft, type FormDraft } from '../components/use-form-draft';
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
}

export function useCarerForm<I extends object, F extends string, V>(
  key: string,
  start: () => I,
  validate: (values: I) => Checked<V, F>,
  /** Resolves 'ask' to keep the form open for a last question before the real save. */
  save: (value: V) => Promise<void | 'ask'>,
  onDone: () => void,
): CarerFormState<I, F> {
  const draft = useFormDraft<I>(key, start);
  const [errors, setErrors] = useState<Errors<F>>({});
  const [failed, setFailed] = useState<string>();
  return {
    draft,
    values: draft.values,
    errors,
    failed,
    set: (field) => (value) => draft.change((x) => ({ ...x, [field]: value })),
    async submit(e) {
      e.preventDefault();
      setFailed(undefined);
      const result = validate(draft.values);
      if (!result.ok) return setErrors(result.errors);
      setErrors({});
      try {
        if ((await save(result.value)) === 'ask') return;
        await draft.discard();
        onDone();
      } catch (error) {
        setFailed(writeErrorMessage(error));
      }
    },
  };
}

export function CarerFormCard<F extends string>(props: {
  id: string;
  title: string;
  save: string;
  form: { draft: Pick<FormDraft<unknown>, 'restored' | 'unsaved' | 'discard'>; errors: Errors<F>; failed?: string | undefined; submit: (e: Event) => Promise<void> };
  order: readonly F[];
  onCancel: () => void;
  children: ComponentChildren;
}) {
  const { id, form } = props;
  const fieldId = (f: F) => `${id}-${f}`;
  return (
    <form class="card" noValidate onSubmit={(e) => void form.submit(e)} aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{props.title}</h3>
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
