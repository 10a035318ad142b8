import { supportSettingsRepo, type SupportSettings } from '../../data/repositories/support-settings';
import { MAX_KEEP_COMPLETION_PERCENT, MIN_KEEP_COMPLETION_PERCENT } from '../../domain/support/keep';
import { KEEP_COMPLETION_FIELDS, validateKeepCompletion, type KeepCompletionInput } from '../../domain/support/support-settings';
import { TextField } from '../components/fields';
import { byName } from '../current-user';
import { CarerFormCard, useCarerForm } from './CarerForm';
import { Opens } from './Opens';

const ID = 'keep-completion';

function KeepCompletionForm({ data, onDone }: { data: SupportSettings; onDone: () => void }) {
  const form = useCarerForm(
    'support-keep-completion',
    (): KeepCompletionInput => ({ percent: String(data.keepCompletionPercent) }),
    validateKeepCompletion,
    (percent, baseRev) => supportSettingsRepo.saveKeepCompletion(percent, baseRev, byName()),
    onDone,
    data.keepCompletionRev ? { revision: { rev: data.keepCompletionRev } } : {},
  );
  return (
    <CarerFormCard id={ID} title="Change the completion share" save="Save completion share" form={form} order={KEEP_COMPLETION_FIELDS} onCancel={onDone}>
      <TextField
        id={`${ID}-percent`}
        label="Share of sessions that counts as completing KEEP (%)"
        hint={`A whole number from ${MIN_KEEP_COMPLETION_PERCENT} to ${MAX_KEEP_COMPLETION_PERCENT}. Catch-ups count as sessions attended.`}
        inputMode="numeric"
        width="number"
        value={form.values.percent}
        onInput={form.set('percent')}
        error={form.errors.percent}
      />
    </CarerFormCard>
  );
}

/** The one share every KEEP group is judged by: carers' completion, and attendance low enough to stand out on Today. */
export function KeepCompletionSetting({ data }: { data: SupportSettings }) {
  return (
    <section aria-labelledby="keep-completion-heading">
      <h2 id="keep-completion-heading">KEEP completion</h2>
      <p>
        A carer completes KEEP by attending at least <strong>{data.keepCompletionPercent}%</strong> of their group’s sessions, catch-ups counting. A group whose
        attendance falls below the same share shows on Today. KEEP group pages and the reports use it, for groups past and present.
      </p>
      <Opens label="Change the completion share">{(done) => <KeepCompletionForm data={data} onDone={done} />}</Opens>
    </section>
  );
}
