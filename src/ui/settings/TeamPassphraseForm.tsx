import { useState } from 'preact/hooks';
import type { SyncSettings } from '../../domain/sync/settings';
import { checkTeamPassphraseChange, type PassphraseChangeField } from '../../domain/sync/settings-checks';
import { TextField } from '../components/fields';
import { currentUser } from '../current-user';
import type { ReportErrors } from './section-errors';

const FIELDS: Record<PassphraseChangeField, string> = {
  passphrase: 'team-new-passphrase',
  again: 'team-new-passphrase-again',
  passcode: 'team-change-passcode',
};
const ORDER: PassphraseChangeField[] = ['passphrase', 'again', 'passcode'];

const REFUSED = {
  wrongPasscode: { passcode: 'That is not your passcode for this device' },
  notJoined: { passphrase: 'This device does not have the team’s current passphrase: enter it above and sync first' },
  changedElsewhere: { passphrase: 'Someone changed the team passphrase on another device just now: ask them for it' },
} as const;

/**
 * Changing the team's passphrase (someone who knew it left the team, say). The records' key stays
 * the same: only its wrapping on the server changes, and each other device asks for the new
 * passphrase at its next sync.
 */
export function TeamPassphraseForm({ settings, report }: { settings: SyncSettings; report: ReportErrors }) {
  const empty = { passphrase: '', again: '', passcode: '' };
  const [form, setForm] = useState(empty);
  const [errors, setErrors] = useState<Partial<Record<PassphraseChangeField, string>>>({});
  const [done, setDone] = useState(false);
  const [busy, setBusy] = useState(false);
  const set = (field: PassphraseChangeField) => (value: string) => setForm((f) => ({ ...f, [field]: value }));

  const show = (found: Partial<Record<PassphraseChangeField, string>>) => {
    setErrors(found);
    report(
      'team-passphrase',
      ORDER.flatMap((f) => (found[f] ? [{ field: FIELDS[f], message: found[f] }] : [])),
    );
  };

  const change = async () => {
    if (busy) return;
    setDone(false);
    const found = checkTeamPassphraseChange(form.passphrase, form.again, form.passcode);
    show(found);
    const person = currentUser.value;
    if (Object.keys(found).length > 0 || !person) return;
    setBusy(true);
    try {
      const [{ changeTeamPassphrase }, { teamDatabase }] = await Promise.all([import('../../data/sync/team-key'), import('../../data/sync/server')]);
      const changed = await changeTeamPassphrase(teamDatabase(settings), person.id, form.passcode, form.passphrase);
      if (!changed.ok) return show(REFUSED[changed.reason]);
      setForm(empty);
      setDone(true);
    } catch (error) {
      show({ passphrase: `The passphrase was not changed: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      noValidate
      aria-labelledby="team-passphrase-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void change();
      }}
    >
      <h3 id="team-passphrase-heading">Change the team passphrase</h3>
      <p class="two-thirds">
        For when someone who knew it has left the team. No record is sealed again: each other device asks for the new passphrase at its next
        sync, so tell your colleagues the new one yourself, never through whoever runs the server.
      </p>
      <TextField id={FIELDS.passphrase} label="New team passphrase" hint="12 characters or more: four words are easy to say and hard to guess." type="password" value={form.passphrase} onInput={set('passphrase')} error={errors.passphrase} autocomplete="new-password" />
      <TextField id={FIELDS.again} label="Type the new passphrase again" type="password" value={form.again} onInput={set('again')} error={errors.again} autocomplete="new-password" />
      <TextField id={FIELDS.passcode} label="Your passcode for this device" hint="The team’s key is unwrapped with it, to be wrapped again under the new passphrase." type="password" value={form.passcode} onInput={set('passcode')} error={errors.passcode} autocomplete="current-password" width="short" />
      {done && <p role="status">Team passphrase changed. Each other device will ask for the new one at its next sync.</p>}
      <button type="submit" class="button button--secondary" aria-disabled={busy}>
        {busy ? 'Changing…' : 'Change the team passphrase'}
      </button>
    </form>
  );
}
