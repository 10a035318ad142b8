import { useState } from 'preact/hooks';
import { passcodeConfirmationError, passcodeError } from '../../../domain/passcode';
import { setFirstPasscode } from '../../../data/crypto/vault';
import { writeErrorMessage } from '../../../data/write-errors';
import { TextField } from '../../components/fields';
import { SaveFailed } from '../../components/SaveFailed';
import { currentUser } from '../../current-user';
import type { ReportErrors } from '../section-errors';

const NEW = 'first-passcode';
const AGAIN = 'first-passcode-again';

/**
 * The device's first passcode, for the person using it. Said before it is set: a forgotten
 * passcode cannot be recovered. Setting it encrypts every record on the device, with progress.
 */
/** `onEncrypting(busy, done)`: told when encrypting starts, and when it ends with whether every record was sealed. */
export function FirstPasscodeForm({ report, onEncrypting }: { report: ReportErrors; onEncrypting: (busy: boolean, done: boolean) => void }) {
  const [passcode, setPasscode] = useState('');
  const [again, setAgain] = useState('');
  const [errors, setErrors] = useState<{ passcode?: string; again?: string }>({});
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [failed, setFailed] = useState<string>();
  const user = currentUser.value;

  const submit = async (e: Event) => {
    e.preventDefault();
    if (progress || !user) return;
    const found = { passcode: passcodeError(passcode), again: passcodeError(passcode) ? undefined : passcodeConfirmationError(passcode, again) };
    setErrors(found);
    report('first-passcode', [
      ...(found.passcode ? [{ field: NEW, message: found.passcode }] : []),
      ...(found.again ? [{ field: AGAIN, message: found.again }] : []),
    ]);
    if (found.passcode || found.again) return;
    setFailed(undefined);
    setProgress({ done: 0, total: 0 });
    onEncrypting(true, false);
    let sealed = false;
    try {
      const result = await setFirstPasscode(user.id, passcode, (done, total) => setProgress({ done, total }));
      sealed = result.ok;
      // Another tab set one first: this one now shows the device as it is.
      if (!result.ok) setFailed(result.reason === 'invalid' ? result.message : 'A passcode has already been set on this device. Reload to unlock with it.');
    } catch (error) {
      setFailed(writeErrorMessage(error, 'The passcode'));
    } finally {
      setProgress(undefined);
      onEncrypting(false, sealed);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate class="two-thirds" aria-labelledby="first-passcode-heading">
      <h3 id="first-passcode-heading">Set a passcode</h3>
      <p>
        No one has a passcode on this device, so anyone who picks it up can see every household, and the records are stored unencrypted. A
        passcode encrypts the records on this device and locks the app when it is not in use; whoever unlocks it is named on everything they
        change.
      </p>
      <div class="notification notification--warning">
        <p class="notification__title">Important</p>
        <div class="notification__body">
          <p>
            A forgotten passcode cannot be recovered. The records can then only be opened with a colleague’s passcode on this device, or from a
            backup. Once you have set yours, add a passcode for a colleague too.
          </p>
        </div>
      </div>
      <SaveFailed message={failed} id="first-passcode-failed" />
      <p>
        The passcode is for <strong>{user?.name}</strong>.
      </p>
      <TextField
        id={NEW}
        label="Your new passcode"
        hint="6 characters or more. A short phrase you will remember is stronger than a word."
        type="password"
        autocomplete="new-password"
        spellcheck={false}
        value={passcode}
        onInput={setPasscode}
        error={errors.passcode}
      />
      <TextField id={AGAIN} label="Type it again" type="password" autocomplete="new-password" spellcheck={false} value={again} onInput={setAgain} error={errors.again} />
      {progress && (
        <div class="backup-progress" role="status">
          <p>
            Encrypting this device’s records: {progress.done} of {progress.total}
          </p>
          <progress max={progress.total || 1} value={progress.done} />
        </div>
      )}
      <button type="submit" class="button" aria-disabled={Boolean(progress)}>
        {progress ? 'Encrypting…' : 'Set a passcode'}
      </button>
    </form>
  );
}
