import { byName } from '../current-user';
import { useState } from 'preact/hooks';
import { refreshOpenDeadlines } from '../../data/repositories/deadlines';
import { settingsRepo } from '../../data/repositories/settings';
import { writeErrorMessage } from '../../data/write-errors';
import {
  LOCAL_TARGET_FIELDS,
  localTargetsForm,
  validateLocalTargets,
  type LocalTargetsForm,
  type SettingsErrors,
} from '../../domain/settings-validation';
import type { LocalTargets } from '../../domain/settings';
import { DraftNotice } from '../components/DraftNotice';
import { TextField } from '../components/fields';
import { SuccessBanner } from '../components/SuccessBanner';
import { Tag } from '../components/Tag';
import { useFormDraft } from '../components/use-form-draft';
import { StaleWriteError } from '../../data/stale';
import { useSettingRevision } from './use-setting-revision';
import { NationalRules } from './NationalRules';
import type { ReportErrors } from './section-errors';
import { useLoad } from '../use-load';

const fieldId = (key: keyof LocalTargets) => `target-${key}`;

const DRAFT_KEY = 'settings:local-targets';

/** `households` is undefined when the targets were saved but the open households' deadlines were not all redated. */
type Status = { kind: 'saved'; households: number | undefined; at: number } | { kind: 'failed'; message: string };
type Saved = { form: LocalTargetsForm; at: number };

/** The service's own timescale targets, kept apart from (and shown beside) the national rules. */
export function LocalTargetsSection({ report }: { report: ReportErrors }) {
  const [saved, setSaved] = useState<Saved | undefined>();
  const [status, setStatus] = useState<Status | undefined>();

  useLoad(settingsRepo.localTargets, (t) => setSaved({ form: localTargetsForm(t), at: 0 }));

  const onSaved = (targets: LocalTargets, households: number | undefined) => {
    const at = Date.now();
    setSaved({ form: localTargetsForm(targets), at });
    setStatus({ kind: 'saved', households, at });
  };

  return (
    <section class="settings-section" aria-labelledby="targets-heading">
      <h2 id="targets-heading">Local timescale targets</h2>
      {status?.kind === 'saved' && (
        <SuccessBanner key={status.at} focus>
          {status.households === undefined
            ? 'Local targets saved. Some open households’ due dates could not be worked out again yet: Today and the household lists say so until they are, and the app tries again when it next starts.'
            : `Local targets saved. Deadlines updated for ${status.households} open household${status.households === 1 ? '' : 's'}.`}
        </SuccessBanner>
      )}
      {status?.kind === 'failed' && (
        <p class="error-message" role="alert">
          {status.message}
        </p>
      )}
      <p>
        <Tag tone="local">Local target</Tag> These are this service's own targets, not national rules. Changing them recalculates
        every open household's next deadline.
      </p>
      {saved === undefined ? (
        <p class="loading">Loading targets…</p>
      ) : (
        // A new key after each save, so the form starts again from what was saved.
        <LocalTargetsEditor
          key={saved.at}
          saved={saved.form}
          report={report}
          onSaved={onSaved}
          onFailed={(message) => setStatus({ kind: 'failed', message })}
          onInvalid={() => setStatus(undefined)}
        />
      )}
      <NationalRules />
    </section>
  );
}

/** The targets form; what is typed is a draft until it is saved or discarded. */
function LocalTargetsEditor(props: {
  saved: LocalTargetsForm;
  report: ReportErrors;
  onSaved: (targets: LocalTargets, households: number | undefined) => void;
  onFailed: (message: string) => void;
  onInvalid: () => void;
}) {
  const { report } = props;
  const draft = useFormDraft(DRAFT_KEY, () => props.saved);
  const form = draft.values;
  const [errors, setErrors] = useState<SettingsErrors<keyof LocalTargets>>({});
  const [saving, setSaving] = useState(false);
  const baseRev = useSettingRevision('localTargets');

  const submit = async (e: Event) => {
    e.preventDefault();
    if (saving) return;
    const result = validateLocalTargets(form);
    if (!result.ok) {
      setErrors(result.errors);
      props.onInvalid();
      report(
        'targets',
        LOCAL_TARGET_FIELDS.filter((f) => result.errors[f.key]).map((f) => ({ field: fieldId(f.key), message: result.errors[f.key]! })),
      );
      return;
    }
    setErrors({});
    report('targets', []);
    setSaving(true);
    try {
      await settingsRepo.saveLocalTargets(result.value, byName(), baseRev.current);
    } catch (error) {
      setSaving(false);
      if (error instanceof StaleWriteError) report('targets', [{ field: fieldId(LOCAL_TARGET_FIELDS[0]!.key), message: error.userMessage }]);
      else props.onFailed(writeErrorMessage(error, 'The targets'));
      return;
    }
    // The targets are saved; redating the open households is a separate pass that may fail on its own.
    const households = await refreshOpenDeadlines().catch(() => undefined);
    await draft.discard();
    props.onSaved(result.value, households);
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate class="two-thirds">
      <DraftNotice draft={draft} focusId={fieldId(LOCAL_TARGET_FIELDS[0]!.key)} />
      {LOCAL_TARGET_FIELDS.map((f) => (
        <TextField
          key={f.key}
          id={fieldId(f.key)}
          label={f.label}
          hint={`${f.hint}. A whole number from ${f.min} to ${f.max}.`}
          value={form[f.key]}
          onInput={(v) => draft.change((current) => ({ ...current, [f.key]: v }))}
          inputMode="numeric"
          width="number"
          spellcheck={false}
          error={errors[f.key]}
        />
      ))}
      <button type="submit" class="button" aria-disabled={saving}>
        {saving ? 'Saving and updating deadlines…' : 'Save local targets'}
      </button>
    </form>
  );
}
