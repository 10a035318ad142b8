import { byName } from '../current-user';
import { useEffect, useState } from 'preact/hooks';
import { refreshOpenDeadlines } from '../../data/repositories/deadlines';
import { settingsRepo } from '../../data/repositories/settings';
import {
  LOCAL_TARGET_FIELDS,
  localTargetsForm,
  validateLocalTargets,
  type LocalTargetsForm,
  type SettingsErrors,
} from '../../domain/settings-validation';
import type { LocalTargets } from '../../domain/settings';
import { TextField } from '../components/fields';
import { SuccessBanner } from '../components/SuccessBanner';
import { Tag } from '../components/Tag';
import { NationalRules } from './NationalRules';
import type { ReportErrors } from './section-errors';

const fieldId = (key: keyof LocalTargets) => `target-${key}`;

type Status = { kind: 'saving' } | { kind: 'saved'; households: number; at: number } | { kind: 'failed' };

/** The service's own timescale targets, kept apart from (and shown beside) the national rules. */
export function LocalTargetsSection({ report }: { report: ReportErrors }) {
  const [form, setForm] = useState<LocalTargetsForm | undefined>();
  const [errors, setErrors] = useState<SettingsErrors<keyof LocalTargets>>({});
  const [status, setStatus] = useState<Status | undefined>();

  useEffect(() => {
    void settingsRepo.localTargets().then((t) => setForm(localTargetsForm(t)));
  }, []);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!form || status?.kind === 'saving') return;
    const result = validateLocalTargets(form);
    if (!result.ok) {
      setErrors(result.errors);
      setStatus(undefined);
      report(
        'targets',
        LOCAL_TARGET_FIELDS.filter((f) => result.errors[f.key]).map((f) => ({ field: fieldId(f.key), message: result.errors[f.key]! })),
      );
      return;
    }
    setErrors({});
    report('targets', []);
    setStatus({ kind: 'saving' });
    try {
      await settingsRepo.saveLocalTargets(result.value, byName());
      setStatus({ kind: 'saved', households: await refreshOpenDeadlines(), at: Date.now() });
    } catch {
      setStatus({ kind: 'failed' });
    }
  };

  return (
    <section class="settings-section" aria-labelledby="targets-heading">
      <h2 id="targets-heading">Local timescale targets</h2>
      {status?.kind === 'saved' && (
        <SuccessBanner key={status.at} focus>
          Local targets saved. Deadlines updated for {status.households} open household{status.households === 1 ? '' : 's'}.
        </SuccessBanner>
      )}
      {status?.kind === 'failed' && (
        <p class="error-message" role="alert">
          The targets could not be saved on this device. Try again.
        </p>
      )}
      <p>
        <Tag tone="local">Local target</Tag> These are this service's own targets, not national rules. Changing them recalculates
        every open household's next deadline.
      </p>
      {form === undefined ? (
        <p class="loading">Loading targets…</p>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate class="two-thirds">
          {LOCAL_TARGET_FIELDS.map((f) => (
            <TextField
              key={f.key}
              id={fieldId(f.key)}
              label={f.label}
              hint={`${f.hint}. A whole number from ${f.min} to ${f.max}.`}
              value={form[f.key]}
              onInput={(v) => setForm({ ...form, [f.key]: v })}
              inputMode="numeric"
              width="number"
              spellcheck={false}
              error={errors[f.key]}
            />
          ))}
          <button type="submit" class="button" disabled={status?.kind === 'saving'}>
            {status?.kind === 'saving' ? 'Saving and updating deadlines…' : 'Save local targets'}
          </button>
        </form>
      )}
      <NationalRules />
    </section>
  );
}
