import { useEffect, useState } from 'preact/hooks';
import { unlock } from '../../data/crypto/vault';
import { settingsRepo } from '../../data/repositories/settings';
import { ErrorSummary, type SummaryError } from '../components/ErrorSummary';
import { RadioGroup, TextField, type Option } from '../components/fields';
import { passcodeHolders } from './people-with-passcodes';
import { waitMessage } from './wait-message';
import { useLoad } from '../use-load';

const PERSON = 'unlock-person';
const PASSCODE = 'unlock-passcode';

/**
 * `waitFor`: what the message goes on to say while the next try must wait ("Wait 30 seconds…"),
 * said once as the wait starts; once it has passed the message says the person can try again.
 */
type Problem = { field: typeof PERSON | typeof PASSCODE; message: string; waitFor?: string };

/**
 * Choose who you are, type your passcode. Wrong passcodes are said beside the field; after a few,
 * the device makes the next try wait (counted in the database, so a reload does not reset it) and
 * the button waits with it. Calls `onUnlocked` with the person once the key is open.
 */
export function UnlockForm({ submitLabel, onUnlocked }: { submitLabel: string; onUnlocked: (personId: string) => Promise<void> }) {
  const [people, setPeople] = useState<Option[]>();
  const [person, setPerson] = useState('');
  const [passcode, setPasscode] = useState('');
  const [problem, setProblem] = useState<Problem>();
  const [waitUntil, setWaitUntil] = useState(0);
  const [now, setNow] = useState(Date.now());
  const [busy, setBusy] = useState(false);
  const [progress, setProgress] = useState<{ done: number; total: number }>();

  useLoad(
    () => Promise.all([passcodeHolders(), settingsRepo.currentStaffId()]),
    ([list, last]) => {
      setPeople(list);
      // The last person to use the device is the likeliest to pick it up again.
      setPerson(list.find((p) => p.value === last)?.value ?? (list.length === 1 ? list[0]!.value : ''));
    },
  );

  const waiting = waitUntil > now;
  useEffect(() => {
    if (!waiting) return;
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, [waiting]);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy || waiting) return;
    if (!person) return setProblem({ field: PERSON, message: 'Choose who you are' });
    if (!passcode) return setProblem({ field: PASSCODE, message: 'Enter your passcode' });
    setBusy(true);
    try {
      const outcome = await unlock(person, passcode, (done, total) => setProgress({ done, total }));
      if (outcome.ok) {
        setPasscode('');
        await onUnlocked(person);
        return;
      }
      setPasscode('');
      // The whole app says so in place of every page (lock-state.ts): this form is gone with the lock screen.
      if (outcome.reason === 'wiped') return;
      if (outcome.reason === 'noPasscode') return setProblem({ field: PERSON, message: 'This person no longer has a passcode on this device: choose another' });
      const at = Date.now();
      setNow(at);
      setWaitUntil(at + outcome.retryInMs);
      if (outcome.reason === 'slowed') setProblem({ field: PASSCODE, message: 'Too many wrong passcodes.', waitFor: waitMessage(outcome.retryInMs) });
      else if (outcome.retryInMs > 0) setProblem({ field: PASSCODE, message: 'Wrong passcode.', waitFor: waitMessage(outcome.retryInMs) });
      else setProblem({ field: PASSCODE, message: 'Wrong passcode. Check it and try again' });
    } finally {
      setBusy(false);
    }
  };

  if (people === undefined) return <p class="loading">Loading…</p>;

  // One message, the same in the summary and beside the field, said once as the wait starts and
  // once as it ends (the summary takes focus when its words change); only the button counts down.
  const message = problem?.waitFor ? `${problem.message} ${waiting ? problem.waitFor : 'You can try again now'}` : problem?.message;
  const errors: SummaryError[] = problem && message ? [{ field: problem.field, message }] : [];
  const passcodeError = problem?.field === PASSCODE ? message : undefined;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <ErrorSummary errors={errors} id="unlock-errors" />
      {people.length === 1 ? (
        <p>
          Passcode holder: <strong>{people[0]!.label}</strong>
        </p>
      ) : (
        <RadioGroup id={PERSON} label="Who are you?" value={person} onChange={setPerson} options={people} error={problem?.field === PERSON ? problem.message : undefined} />
      )}
      <TextField id={PASSCODE} label="Your passcode" type="password" autocomplete="current-password" value={passcode} onInput={setPasscode} spellcheck={false} error={passcodeError} />
      {progress && progress.done < progress.total && (
        <p role="status">
          Encrypting this device’s records: <progress max={progress.total} value={progress.done} /> {progress.done} of {progress.total}
        </p>
      )}
      <button type="submit" class="button" disabled={busy || waiting} aria-disabled={busy || waiting}>
        {busy ? 'Checking…' : waiting ? `Wait ${Math.max(1, Math.ceil((waitUntil - now) / 1000))} s` : submitLabel}
      </button>
    </form>
  );
}
