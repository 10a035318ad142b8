import { useState } from 'preact/hooks';
import { checkRemovalNoteDays, MAX_REMOVAL_NOTE_DAYS, MIN_REMOVAL_NOTE_DAYS } from '../../domain/backup/pruning';
import { deviceSettingsRepo } from '../../data/repositories/device-settings';
import { byName } from '../current-user';
import { DraftNotice } from '../components/DraftNotice';
import { useFormDraft } from '../components/use-form-draft';
import { NumberField } from './NumberField';
import type { ReportErrors } from './section-errors';
import { SettingForm, useSettingSave } from './SettingForm';
import { useLoad } from '../use-load';

interface Form {
  days: string;
}

const FIELDS: Record<keyof Form, string> = { days: 'removal-note-days' };
const DRAFT_KEY = 'settings:removal-notes';

/** How long the service keeps the notes that stop a removed record coming back with a merge or sync. */
export function RemovalNotesForm({ report }: { report: ReportErrors }) {
  const [saved, setSaved] = useState<{ form: Form; at: number } | undefined>();
  useLoad(
    () => deviceSettingsRepo.removalNoteDays(),
    (days) => setSaved({ form: { days: String(days) }, at: 0 }),
  );
  return saved === undefined ? (
    <p class="loading">Loading the removal notes setting…</p>
  ) : (
    <Editor key={saved.at} saved={saved} report={report} onSaved={(form) => setSaved({ form, at: Date.now() })} />
  );
}

function Editor(props: { saved: { form: Form; at: number }; report: ReportErrors; onSaved: (form: Form) => void }) {
  const draft = useFormDraft(DRAFT_KEY, () => props.saved.form);
  const form = draft.values;
  const save = useSettingSave({
    section: 'removal-notes',
    report: props.report,
    fieldIds: FIELDS,
    keys: ['removalNoteDays'],
    what: 'The removal notes setting',
  });

  const submit = async () => {
    const saved = await save.submit({ days: checkRemovalNoteDays(form.days) }, (values, base) =>
      deviceSettingsRepo.saveRemovalNoteDays(values.days, byName(), base),
    );
    if (!saved) return;
    await draft.discard();
    props.onSaved({ days: String(saved.days) });
  };

  return (
    <SettingForm
      id="removal-notes"
      heading="Removal notes"
      save={save}
      onSubmit={() => void submit()}
      savedAt={props.saved.at}
      savedText="Removal notes setting saved"
      saveText="Save removal notes setting"
    >
      <DraftNotice draft={draft} focusId={FIELDS.days} />
      <NumberField
        id={FIELDS.days}
        label="Keep removal notes for (days)"
        hint={
          'Removal notes tell other devices and older backups that a record was removed. They are kept for this many days, ' +
          'and only pruned once a backup (and a sync, where on) has been made since. ' +
          `A whole number from ${MIN_REMOVAL_NOTE_DAYS} to ${MAX_REMOVAL_NOTE_DAYS.toLocaleString('en-GB')}.`
        }
        value={form.days}
        onInput={(v) => draft.change((f) => ({ ...f, days: v }))}
        error={save.errors.days}
      />
    </SettingForm>
  );
}
