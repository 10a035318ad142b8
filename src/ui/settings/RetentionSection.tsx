import { useState } from 'preact/hooks';
import { retentionRepo } from '../../data/repositories/retention';
import { writeErrorMessage } from '../../data/write-errors';
import { parseRetention, RETENTION_MINIMUMS, type RetentionErrors, type RetentionForm } from '../../domain/retention';
import { byName } from '../current-user';
import { DraftNotice } from '../components/DraftNotice';
import { SaveFailed } from '../components/SaveFailed';
import { TextField } from '../components/fields';
import { SuccessBanner } from '../components/SuccessBanner';
import { useFormDraft } from '../components/use-form-draft';
import type { ReportErrors } from './section-errors';
import { useLoad } from '../use-load';

const FIELDS: Record<keyof RetentionForm, string> = { approvedYears: 'retention-approved-years', endedYears: 'retention-ended-years' };

/** How long ended households' records are kept (FSR 2011 reg 32), and the way to the review of what is due. */
export function RetentionSection({ report }: { report: ReportErrors }) {
  const [saved, setSaved] = useState<{ form: RetentionForm; at: number } | undefined>();
  useLoad(retentionRepo.rules, (r) => setSaved({ form: { approvedYears: String(r.approvedYears), endedYears: String(r.endedYears) }, at: 0 }));
  return (
    <section class="settings-section" aria-labelledby="retention-heading">
      <h2 id="retention-heading">Keeping records</h2>
      <p class="two-thirds">
        Once a household’s part with the service ends, its records are kept for these periods and then deleted. The regulations set the
        shortest: the service may keep records longer, never less. <a href="/retention">Review records due for deletion</a>.
      </p>
      {saved === undefined ? (
        <p class="loading">Loading retention periods…</p>
      ) : (
        <Editor key={saved.at} saved={saved} report={report} onSaved={(form) => setSaved({ form, at: Date.now() })} />
      )}
    </section>
  );
}

function Editor(props: { saved: { form: RetentionForm; at: number }; report: ReportErrors; onSaved: (form: RetentionForm) => void }) {
  const draft = useFormDraft('settings:retention', () => props.saved.form);
  const form = draft.values;
  const [errors, setErrors] = useState<RetentionErrors>({});
  const [failed, setFailed] = useState<string>();
  const [saving, setSaving] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (saving) return;
    const parsed = parseRetention(form);
    const found = parsed.ok ? {} : parsed.errors;
    setErrors(found);
    props.report(
      'retention',
      (Object.keys(FIELDS) as (keyof RetentionForm)[]).flatMap((f) => (found[f] ? [{ field: FIELDS[f], message: found[f] }] : [])),
    );
    if (!parsed.ok) return;
    setSaving(true);
    setFailed(undefined);
    try {
      await retentionRepo.saveRules(parsed.rules, byName());
      await draft.discard();
      props.onSaved({ approvedYears: String(parsed.rules.approvedYears), endedYears: String(parsed.rules.endedYears) });
    } catch (error) {
      setFailed(writeErrorMessage(error, 'The retention periods'));
      setSaving(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate class="two-thirds" aria-label="Retention periods">
      {props.saved.at > 0 && (
        <SuccessBanner key={props.saved.at} focus>
          Retention periods saved
        </SuccessBanner>
      )}
      <SaveFailed message={failed} id="retention-failed" />
      <DraftNotice draft={draft} focusId={FIELDS.approvedYears} />
      <TextField
        id={FIELDS.approvedYears}
        label="Approved carers: years after the approval ends"
        hint={`At least ${RETENTION_MINIMUMS.approvedYears} (Fostering Services Regulations 2011, regulation 32)`}
        value={form.approvedYears}
        onInput={(v) => draft.change((f) => ({ ...f, approvedYears: v }))}
        inputMode="numeric"
        width="number"
        spellcheck={false}
        error={errors.approvedYears}
      />
      <TextField
        id={FIELDS.endedYears}
        label="Refused, withdrawn or closed: years after it ended"
        hint={`At least ${RETENTION_MINIMUMS.endedYears}`}
        value={form.endedYears}
        onInput={(v) => draft.change((f) => ({ ...f, endedYears: v }))}
        inputMode="numeric"
        width="number"
        spellcheck={false}
        error={errors.endedYears}
      />
      <button type="submit" class="button button--secondary" disabled={saving}>
        {saving ? 'Saving…' : 'Save retention periods'}
      </button>
    </form>
  );
}
