import { useState } from 'preact/hooks';
import { setFirstPasscode } from '../../data/crypto/vault';
import { passcodeConfirmationError, passcodeError } from '../../domain/passcode';
import { TextField } from '../components/fields';
import { currentUser } from '../current-user';
import type { ReportErrors } from './section-errors';
import { BackupProgress } from './BackupProgress';

type Errors = { passcode?: string; confirm?: string };

/**
 * Sync seals what it sends with this device's key, which only a passcode guards: a device with no
 * passcode sets one here before sync can be switched on. Setting it seals the records in place.
 */
export function SyncPasscodeFirst(props: { report: ReportErrors; onSet: () => void }) {
  const [passcode, setPasscode] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [sealing, setSealing] = useState<{ done: number; total: number }>();

  const submit = async () => {
    const found: Errors = { passcode: passcodeError(passcode), confirm: passcode ? passcodeConfirmationError(passcode, confirm) : undefined };
    setErrors(found);
    props.report('sync-passcode', [
      ...(found.passcode ? [{ field: 'sync-first-passcode', message: found.passcode }] : []),
      ...(found.confirm ? [{ field: 'sync-first-passcode-again', message: found.confirm }] : []),
    ]);
    const person = currentUser.value;
    if (found.passcode || found.confirm || !person) return;
    setSealing({ done: 0, total: 1 });
    const result = await setFirstPasscode(person.id, passcode, (done, total) => setSealing({ done, total }));
    setSealing(undefined);
    if (result.ok || result.reason === 'alreadySet') props.onSet();
    else setErrors({ passcode: result.reason === 'invalid' ? result.message : 'The passcode could not be set: try again' });
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <p class="two-thirds">
        <strong>Set a passcode for this device before switching sync on.</strong> What sync sends is sealed with this device’s key, so the
        server never holds a name; a passcode is what guards that key.
      </p>
      <TextField id="sync-first-passcode" label="Your new passcode" hint="6 characters or more. A few words are easy to remember." type="password" value={passcode} onInput={setPasscode} error={errors.passcode} autocomplete="new-password" width="short" />
      <TextField id="sync-first-passcode-again" label="Your new passcode again" type="password" value={confirm} onInput={setConfirm} error={errors.confirm} autocomplete="new-password" width="short" />
      {sealing && <BackupProgress id="sync-first-sealing" progress={{ step: 'Sealing this device’s records', ...sealing }} />}
      <button type="submit" class="button" disabled={sealing !== undefined}>
        Set passcode
      </button>
    </form>
  );
}
