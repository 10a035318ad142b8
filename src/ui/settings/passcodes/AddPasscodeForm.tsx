import { useState } from 'preact/hooks';
import { passcodeConfirmationError, passcodeError } from '../../../domain/passcode';
import { addPasscode, peopleWithPasscodes } from '../../../data/crypto/vault';
import { staffRepo } from '../../../data/repositories/staff';
import { writeErrorMessage } from '../../../data/write-errors';
import { SelectField, TextField, type Option } from '../../components/fields';
import { SaveFailed } from '../../components/SaveFailed';
import { SuccessBanner } from '../../components/SuccessBanner';
import { currentUser } from '../../current-user';
import type { ReportErrors } from '../section-errors';
import { useLoad } from '../../use-load';

const FIELDS = { person: 'add-passcode-person', passcode: 'add-passcode-new', again: 'add-passcode-again', yours: 'add-passcode-yours' } as const;
type Field = keyof typeof FIELDS;
const EMPTY: Record<Field, string> = { person: '', passcode: '', again: '', yours: '' };

/**
 * A passcode for a colleague (new, or one who forgot theirs): they type theirs on this device,
 * then the person who unlocked it confirms with their own, which is what opens the data key.
 */
export function AddPasscodeForm({ report, version, onAdded }: { report: ReportErrors; version: number; onAdded: () => void }) {
  const [people, setPeople] = useState<(Option & { name: string })[]>();
  const [form, setForm] = useState(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [failed, setFailed] = useState<string>();
  const [added, setAdded] = useState<{ name: string; at: number }>();
  const [busy, setBusy] = useState(false);

  useLoad(
    () => Promise.all([staffRepo.list(), peopleWithPasscodes()]),
    ([staff, holders]) =>
      setPeople(
        staff
          .filter((s) => s.active && s.id !== currentUser.value?.id)
          .map((s) => ({ value: s.id, name: s.name, label: holders.includes(s.id) ? `${s.name} (has a passcode: replace it)` : s.name })),
      ),
    [version],
  );

  const set = (field: Field) => (value: string) => setForm((f) => ({ ...f, [field]: value }));

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    const found: Partial<Record<Field, string>> = {
      person: form.person ? undefined : 'Choose who the passcode is for',
      passcode: passcodeError(form.passcode),
      again: passcodeError(form.passcode) ? undefined : passcodeConfirmationError(form.passcode, form.again),
      yours: form.yours ? undefined : 'Enter your own passcode to confirm',
    };
    await check(found);
  };

  const check = async (found: Partial<Record<Field, string>>) => {
    setErrors(found);
    report('add-passcode', (Object.keys(FIELDS) as Field[]).flatMap((f) => (found[f] ? [{ field: FIELDS[f], message: found[f] }] : [])));
    if (Object.values(found).some(Boolean)) return;
    setBusy(true);
    setFailed(undefined);
    try {
      const result = await addPasscode(form.person, form.passcode, form.yours);
      if (result.ok) {
        const name = people?.find((p) => p.value === form.person)?.name ?? '';
        setForm(EMPTY);
        setAdded({ name, at: Date.now() });
        onAdded();
      } else if (result.reason === 'wrongPasscode') await check({ yours: 'Your passcode is not right: check it and try again' });
      else setFailed(result.reason === 'invalid' ? result.message : 'The passcode could not be added. Lock the device and unlock it again, then try again.');
    } catch (error) {
      setFailed(writeErrorMessage(error, 'The passcode'));
    } finally {
      setBusy(false);
    }
  };

  if (!people) return <p class="loading">Loading…</p>;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate class="two-thirds" aria-labelledby="add-passcode-heading">
      <h3 id="add-passcode-heading">Add a passcode for a colleague</h3>
      {added && (
        <SuccessBanner key={added.at} focus>
          {added.name} can now unlock this device with their passcode
        </SuccessBanner>
      )}
      <SaveFailed message={failed} id="add-passcode-failed" />
      {people.length === 0 ? (
        <p>Add your colleague’s name under “People using this device” first.</p>
      ) : (
        <>
          <SelectField id={FIELDS.person} label="Who is the passcode for?" value={form.person} onChange={set('person')} options={people} placeholder="Choose a person" error={errors.person} />
          <TextField id={FIELDS.passcode} label="Their new passcode" hint="They type it themselves: 6 characters or more" type="password" autocomplete="new-password" spellcheck={false} value={form.passcode} onInput={set('passcode')} error={errors.passcode} />
          <TextField id={FIELDS.again} label="Their new passcode again" type="password" autocomplete="new-password" spellcheck={false} value={form.again} onInput={set('again')} error={errors.again} />
          <TextField
            id={FIELDS.yours}
            label={`Your own passcode, ${currentUser.value?.name ?? ''}`}
            hint="Confirms that you, who unlocked this device, are adding them"
            type="password"
            autocomplete="current-password"
            spellcheck={false}
            value={form.yours}
            onInput={set('yours')}
            error={errors.yours}
          />
          <button type="submit" class="button button--secondary" aria-disabled={busy}>
            {busy ? 'Adding…' : 'Add passcode'}
          </button>
        </>
      )}
    </form>
  );
}
