import { useState } from 'preact/hooks';
import { passcodeConfirmationError, passcodeError } from '../../../domain/passcode';
import { changePasscode } from '../../../data/crypto/vault';
import { writeErrorMessage } from '../../../data/write-errors';
import { TextField } from '../../components/fields';
import { SaveFailed } from '../../components/SaveFailed';
import { SuccessBanner } from '../../components/SuccessBanner';
import { currentUser } from '../../current-user';
import type { ReportErrors } from '../section-errors';

const FIELDS = { old: 'change-passcode-old', passcode: 'change-passcode-new', again: 'change-passcode-again' } as const;
type Field = keyof typeof FIELDS;
const EMPTY: Record<Field, string> = { old: '', passcode: '', again: '' };

/** Your own passcode, changed: the old one proves it is you; no record is written again. */
export function ChangePasscodeForm({ report }: { report: ReportErrors }) {
  const [form, setForm] = useState(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failed, setFailed] = useState<string>();
  const [changedAt, setChangedAt] = useState<number>();
  const [busy, setBusy] = useState(false);
  const set = (field: Field) => (value: string) => setForm((f) => ({ ...f, [field]: value }));

  const show = (found: Partial<Record<Field, string>>) => {
    setErrors(found);
    report('change-passcode', (Object.keys(FIELDS) as Field[]).flatMap((f) => (found[f] ? [{ field: FIELDS[f], message: found[f] }] : [])));
    return Object.values(found).some(Boolean);
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    const user = currentUser.value;
    if (busy || !user) return;
    const newError = passcodeError(form.passcode);
    if (
      show({
        old: form.old ? undefined : 'Enter your current passcode',
        passcode: newError,
        again: newError ? undefined : passcodeConfirmationError(form.passcode, form.again),
      })
    )
      return;
    setBusy(true);
    setFailed(undefined);
    try {
      const result = await changePasscode(user.id, form.old, form.passcode);
      if (result.ok) {
        setForm(EMPTY);
        setChangedAt(Date.now());
      } else if (result.reason === 'wrongPasscode') show({ old: 'Your current passcode is not right: check it and try again' });
      else setFailed(result.reason === 'invalid' ? result.message : 'You have no passcode on this device to change.');
    } catch (error) {
      setFailed(writeErrorMessage(error, 'The passcode'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate class="two-thirds" aria-labelledby="change-passcode-heading">
      <h3 id="change-passcode-heading">Change your passcode</h3>
      {changedAt && (
        <SuccessBanner key={changedAt} focus>
          Your passcode has been changed
        </SuccessBanner>
      )}
      <SaveFailed message={failed} id="change-passcode-failed" />
      <TextField id={FIELDS.old} label="Your current passcode" type="password" autocomplete="current-password" spellcheck={false} value={form.old} onInput={set('old')} error={errors.old} />
      <TextField id={FIELDS.passcode} label="Your new passcode" hint="6 characters or more" type="password" autocomplete="new-password" spellcheck={false} value={form.passcode} onInput={set('passcode')} error={errors.passcode} />
      <TextField id={FIELDS.again} label="Your new passcode again" type="password" autocomplete="new-password" spellcheck={false} value={form.again} onInput={set('again')} error={errors.again} />
      <button type="submit" class="button button--secondary" aria-disabled={busy}>
        {busy ? 'Changing…' : 'Change passcode'}
      </button>
    </form>
  );
}
