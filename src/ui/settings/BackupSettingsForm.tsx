import { useState } from 'preact/hooks';
import { checkDeviceName, checkReminderDays } from '../../domain/backup/reminder';
import { settingsRepo } from '../../data/repositories/settings';
import { byName } from '../current-user';
import { writeErrorMessage } from '../../data/write-errors';
import { DraftNotice } from '../components/DraftNotice';
import { SaveFailed } from '../components/SaveFailed';
import { TextField } from '../components/fields';
import { SuccessBanner } from '../components/SuccessBanner';
import { useFormDraft } from '../components/use-form-draft';
import type { ReportErrors } from './section-errors';
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
  const [errors, setErrors] = useState<Partial<Form>>({});
  const [failed, setFailed] = useState<string>();
  const [saving, setSaving] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (saving) return;
    const name = checkDeviceName(form.deviceName);
    const days = checkReminderDays(form.reminderDays);
    const found: Partial<Form> = { deviceName: name.ok ? undefined : name.message, reminderDays: days.ok ? undefined : days.message };
    setErrors(found);
    props.report(
      'backup-settings',
      (['deviceName', 'reminderDays'] as const).flatMap((f) => (found[f] ? [{ field: FIELDS[f], message: found[f] }] : [])),
    );
    if (!name.ok || !days.ok) return;
    setSaving(true);
    setFailed(undefined);
    try {
      await settingsRepo.saveDeviceName(name.value, byName());
      await settingsRepo.saveBackupReminderDays(days.value, byName());
      await draft.discard();
      props.onSaved({ deviceName: name.value, reminderDays: String(days.value) });
    } catch (error) {
      setFailed(writeErrorMessage(error, 'The backup settings'));
      setSaving(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate class="two-thirds" aria-labelledby="backup-settings-heading">
      <h3 id="backup-settings-heading">Reminders and this device’s name</h3>
      {props.saved.at > 0 && (
        <SuccessBanner key={props.saved.at} focus>
          Backup settings saved
        </SuccessBanner>
      )}
      <SaveFailed message={failed} id="backup-settings-failed" />
      <DraftNotice draft={draft} focusId={FIELDS.deviceName} />
      <TextField
        id={FIELDS.deviceName}
        label="This device’s name"
        hint="Written into each backup, so a restore can say which device a file came from"
        value={form.deviceName}
        onInput={(v) => draft.change((f) => ({ ...f, deviceName: v }))}
        error={errors.deviceName}
      />
      <TextField
        id={FIELDS.reminderDays}
        label="Remind us when the last backup is older than (days)"
        hint="Today and Settings show a reminder after this many days. A whole number from 1 to 365."
        value={form.reminderDays}
        onInput={(v) => draft.change((f) => ({ ...f, reminderDays: v }))}
        inputMode="numeric"
        width="number"
        spellcheck={false}
        error={errors.reminderDays}
      />
      <button type="submit" class="button button--secondary" disabled={saving}>
        {saving ? 'Saving…' : 'Save backup settings'}
      </button>
    </form>
  );
}
