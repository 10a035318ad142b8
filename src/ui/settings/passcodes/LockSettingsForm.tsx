import { useState } from 'preact/hooks';
import { checkIdleMinutes, checkWipeAfter } from '../../../domain/lock-settings';
import { deviceSettingsRepo } from '../../../data/repositories/device-settings';
import { settingsRepo } from '../../../data/repositories/settings';
import { RadioGroup } from '../../components/fields';
import { byName } from '../../current-user';
import { idleLockMinutes } from '../../lock/use-idle-lock';
import { NumberField } from '../NumberField';
import type { ReportErrors } from '../section-errors';
import { SettingForm, useSettingSave } from '../SettingForm';
import { useLoad } from '../../use-load';

const FIELDS = { idle: 'lock-idle-minutes', wipeAfter: 'lock-wipe-after' } as const;
const WIPE = 'lock-wipe';

interface Form {
  idle: string;
  wipe: 'off' | 'on';
  wipeAfter: string;
}

/** How long the device waits before locking itself, and whether wrong passcodes wipe it (off unless the service chooses it). */
export function LockSettingsForm({ report }: { report: ReportErrors }) {
  const [form, setForm] = useState<Form>();
  const [savedAt, setSavedAt] = useState<number>();
  const save = useSettingSave({
    section: 'lock-settings',
    report,
    fieldIds: FIELDS,
    keys: ['idleLockMinutes', 'wipeAfterFailures'],
    what: 'The lock settings',
  });
  useLoad(
    () => Promise.all([settingsRepo.idleLockMinutes(), settingsRepo.wipeAfterFailures()]),
    ([idle, wipeAfter]) => setForm({ idle: String(idle), wipe: wipeAfter > 0 ? 'on' : 'off', wipeAfter: wipeAfter > 0 ? String(wipeAfter) : '10' }),
  );
  if (!form) return <p class="loading">Loading lock settings…</p>;
  const set = (field: keyof Form) => (value: string) => setForm((f) => f && { ...f, [field]: value });

  const submit = async () => {
    const idle = checkIdleMinutes(form.idle);
    const wipeAfter = form.wipe === 'on' ? checkWipeAfter(form.wipeAfter) : ({ ok: true, value: 0 } as const);
    const saved = await save.submit({ idle, wipeAfter }, (values, base) =>
      deviceSettingsRepo.saveLock({ idleMinutes: values.idle, wipeAfter: values.wipeAfter }, byName(), base),
    );
    if (!saved) return;
    idleLockMinutes.value = saved.idle;
    setSavedAt(Date.now());
  };

  return (
    <SettingForm
      id="lock-settings"
      heading="When the device locks"
      save={save}
      onSubmit={() => void submit()}
      savedAt={savedAt}
      savedText="Lock settings saved"
      saveText="Save lock settings"
    >
      <NumberField
        id={FIELDS.idle}
        label="Lock after this many minutes without use"
        hint="A whole number from 1 to 60. The device also locks when the app has been in the background for more than a minute."
        value={form.idle}
        onInput={set('idle')}
        error={save.errors.idle}
      />
      <RadioGroup
        id={WIPE}
        label="Wipe this device after too many wrong passcodes?"
        hint="For a device that could be stolen. When it happens, every record, draft and passcode on this device is deleted for good, whoever typed the wrong passcodes: only a backup brings them back."
        value={form.wipe}
        onChange={set('wipe')}
        options={[
          { value: 'off', label: 'No, only make each try wait longer' },
          { value: 'on', label: 'Yes, wipe it' },
        ]}
      />
      {form.wipe === 'on' && (
        <NumberField
          id={FIELDS.wipeAfter}
          label="Wipe after this many wrong passcodes in a row"
          hint="From 5 to 50. Each wrong passcode makes the next try wait longer, up to a minute."
          value={form.wipeAfter}
          onInput={set('wipeAfter')}
          error={save.errors.wipeAfter}
        />
      )}
    </SettingForm>
  );
}
