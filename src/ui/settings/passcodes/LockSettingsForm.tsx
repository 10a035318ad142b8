import { useState } from 'preact/hooks';
import { checkIdleMinutes, checkWipeAfter } from '../../../domain/lock-settings';
import { settingsRepo } from '../../../data/repositories/settings';
import { writeErrorMessage } from '../../../data/write-errors';
import { RadioGroup, TextField } from '../../components/fields';
import { SaveFailed } from '../../components/SaveFailed';
import { SuccessBanner } from '../../components/SuccessBanner';
import { byName } from '../../current-user';
import { idleLockMinutes } from '../../lock/use-idle-lock';
import type { ReportErrors } from '../section-errors';
import { useLoad } from '../../use-load';

const FIELDS = { idle: 'lock-idle-minutes', wipe: 'lock-wipe', wipeAfter: 'lock-wipe-after' } as const;

interface Form {
  idle: string;
  wipe: 'off' | 'on';
  wipeAfter: string;
}

/** How long the device waits before locking itself, and whether wrong passcodes wipe it (off unless the service chooses it). */
export function LockSettingsForm({ report }: { report: ReportErrors }) {
  const [form, setForm] = useState<Form>();
  const [errors, setErrors] = useState<{ idle?: string; wipeAfter?: string }>({});
  const [failed, setFailed] = useState<string>();
  const [savedAt, setSavedAt] = useState<number>();
  const [busy, setBusy] = useState(false);
  useLoad(
    () => Promise.all([settingsRepo.idleLockMinutes(), settingsRepo.wipeAfterFailures()]),
    ([idle, wipeAfter]) => setForm({ idle: String(idle), wipe: wipeAfter > 0 ? 'on' : 'off', wipeAfter: wipeAfter > 0 ? String(wipeAfter) : '10' }),
  );
  if (!form) return <p class="loading">Loading lock settings…</p>;
  const set = (field: keyof Form) => (value: string) => setForm((f) => f && { ...f, [field]: value });

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const idle = checkIdleMinutes(form.idle);
    const wipeAfter = form.wipe === 'on' ? checkWipeAfter(form.wipeAfter) : ({ ok: true, value: 0 } as const);
    const found = { idle: idle.ok ? undefined : idle.message, wipeAfter: wipeAfter.ok ? undefined : wipeAfter.message };
    setErrors(found);
    report('lock-settings', [
      ...(found.idle ? [{ field: FIELDS.idle, message: found.idle }] : []),
      ...(found.wipeAfter ? [{ field: FIELDS.wipeAfter, message: found.wipeAfter }] : []),
    ]);
    if (!idle.ok || !wipeAfter.ok) return;
    setBusy(true);
    setFailed(undefined);
    try {
      await settingsRepo.saveIdleLockMinutes(idle.value, byName());
      await settingsRepo.saveWipeAfterFailures(wipeAfter.value, byName());
      idleLockMinutes.value = idle.value;
      setSavedAt(Date.now());
    } catch (error) {
      setFailed(writeErrorMessage(error, 'The lock settings'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate class="two-thirds" aria-labelledby="lock-settings-heading">
      <h3 id="lock-settings-heading">When the device locks</h3>
      {savedAt && (
        <SuccessBanner key={savedAt} focus>
          Lock settings saved
        </SuccessBanner>
      )}
      <SaveFailed message={failed} id="lock-settings-failed" />
      <TextField
        id={FIELDS.idle}
        label="Lock after this many minutes without use"
        hint="A whole number from 1 to 60. The device also locks when the app has been in the background for more than a minute."
        inputMode="numeric"
        width="number"
        spellcheck={false}
        value={form.idle}
        onInput={set('idle')}
        error={errors.idle}
      />
      <RadioGroup
        id={FIELDS.wipe}
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
        <TextField
          id={FIELDS.wipeAfter}
          label="Wipe after this many wrong passcodes in a row"
          hint="From 5 to 50. Each wrong passcode makes the next try wait longer, up to a minute."
          inputMode="numeric"
          width="number"
          spellcheck={false}
          value={form.wipeAfter}
          onInput={set('wipeAfter')}
          error={errors.wipeAfter}
        />
      )}
      <button type="submit" class="button button--secondary" disabled={busy}>
        {busy ? 'Saving…' : 'Save lock settings'}
      </button>
    </form>
  );
}
