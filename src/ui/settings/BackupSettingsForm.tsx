import { useState } from 'preact/hooks';
import { checkDeviceName, checkReminderDays } from '../../domain/backup/reminder';
import { deviceSettingsRepo } from '../../data/repositories/device-settings';
import { settingsRepo } from '../../data/repositories/settings';
import { byName } from '../current-user';
import { DraftNotice } from '../components/DraftNotice';
import { TextField } from '../components/fields';
import { useFormDraft } from '../components/use-form-draft';
import { NumberField } from './NumberField';
import type { ReportErrors } from './section-errors';
import { SettingForm, useSettingSave } from './SettingForm';
import { useLoad } from '../use-load';

interface Form {
  deviceName: string;
  reminderDays: string;
}

const FIELDS: Record<keyof Form, string> = { deviceName: 'backup-device-name', reminderDays: 'backup-reminder-days' };
const DRAFT_KEY = 'settings:backup';

/** This device's name (written into its backups) and how old a backup may get before a reminder. */
export function BackupSettingsForm({ report }: { report: ReportErrors }) {
  const [saved, setSaved] = useState<{ form: Form; at: number } | undefined>();
  useLoad(
    () => Promise.all([settingsRepo.deviceName(), settingsRepo.backupReminderDays()]),
    ([deviceName, days]) => setSaved({ form: { deviceName, reminderDays: String(days) }, at: 0 }),
  );
  return saved === undefined ? (
    <p class="loading">Loading backup settings…</p>
  ) : (
    <Editor key={saved.at} saved={saved} report={report} onSaved={(form) => setSaved({ form, at: Date.now() })} />
  );
}

function Editor(props: { saved: { form: Form; at: number }; report: ReportErrors; onSaved: (form: Form) => void }) {
  const draft = useFormDraft(DRAFT_KEY, () => props.saved.form);
  const form = draft.values;
  const save = useSettingSave({
    section: 'backup-settings',
    report: props.report,
    fieldIds: FIELDS,
    keys: ['deviceName', 'backupReminderDays'],
    what: 'The backup settings',
  });

  const submit = async () => {
    const checks = { deviceName: checkDeviceName(form.deviceName), reminderDays: checkReminderDays(form.reminderDays) };
    const saved = await save.submit(checks, (values, base) => deviceSettingsRepo.saveBackup(values, byName(), base));
    if (!saved) return;
    await draft.discard();
    props.onSaved({ deviceName: saved.deviceName, reminderDays: String(saved.reminderDays) });
  };

  return (
    <SettingForm
      id="backup-settings"
      heading="Reminders and this device’s name"
      save={save}
      onSubmit={() => void submit()}
      savedAt={props.saved.at}
      savedText="Backup settings saved"
      saveText="Save backup settings"
    >
      <DraftNotice draft={draft} focusId={FIELDS.deviceName} />
      <TextField
        id={FIELDS.deviceName}
        label="This device’s name"
        hint="Written into each backup, so a restore can say which device a file came from"
        value={form.deviceName}
        onInput={(v) => draft.change((f) => ({ ...f, deviceName: v }))}
        error={save.errors.deviceName}
      />
      <NumberField
        id={FIELDS.reminderDays}
        label="Remind us when the last backup is older than (days)"
        hint="Today and Settings show a reminder after this many days. A whole number from 1 to 365."
        value={form.reminderDays}
        onInput={(v) => draft.change((f) => ({ ...f, reminderDays: v }))}
        error={save.errors.reminderDays}
      />
    </SettingForm>
  );
}
