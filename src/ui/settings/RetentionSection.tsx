import { useState } from 'preact/hooks';
import { retentionRepo } from '../../data/repositories/retention';
import { checkRetentionYears, RETENTION_MINIMUMS, type RetentionForm } from '../../domain/retention';
import { byName } from '../current-user';
import { DraftNotice } from '../components/DraftNotice';
import { useFormDraft } from '../components/use-form-draft';
import { NumberField } from './NumberField';
import type { ReportErrors } from './section-errors';
import { SettingForm, useSettingSave } from './SettingForm';
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
  const save = useSettingSave({ section: 'retention', report: props.report, fieldIds: FIELDS, keys: ['retention'], what: 'The retention periods' });

  const submit = async () => {
    const checks = { approvedYears: checkRetentionYears('approvedYears', form.approvedYears), endedYears: checkRetentionYears('endedYears', form.endedYears) };
    const saved = await save.submit(checks, (rules, base) => retentionRepo.saveRules(rules, byName(), base?.retention));
    if (!saved) return;
    await draft.discard();
    props.onSaved({ approvedYears: String(saved.approvedYears), endedYears: String(saved.endedYears) });
  };

  return (
    <SettingForm
      id="retention"
      label="Retention periods"
      save={save}
      onSubmit={() => void submit()}
      savedAt={props.saved.at}
      savedText="Retention periods saved"
      saveText="Save retention periods"
    >
      <DraftNotice draft={draft} focusId={FIELDS.approvedYears} />
      <NumberField
        id={FIELDS.approvedYears}
        label="Approved carers: years after the approval ends"
        hint={`At least ${RETENTION_MINIMUMS.approvedYears} (Fostering Services Regulations 2011, regulation 32)`}
        value={form.approvedYears}
        onInput={(v) => draft.change((f) => ({ ...f, approvedYears: v }))}
        error={save.errors.approvedYears}
      />
      <NumberField
        id={FIELDS.endedYears}
        label="Refused, withdrawn or closed: years after it ended"
        hint={`At least ${RETENTION_MINIMUMS.endedYears}`}
        value={form.endedYears}
        onInput={(v) => draft.change((f) => ({ ...f, endedYears: v }))}
        error={save.errors.endedYears}
      />
    </SettingForm>
  );
}
