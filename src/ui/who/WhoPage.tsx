import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { StaffMember } from '../../domain/household';
import { staffRepo } from '../../data/repositories/staff';
import { DraftNotice } from '../components/DraftNotice';
import { ErrorSummary } from '../components/ErrorSummary';
import { TextField } from '../components/fields';
import { PageHeading, usePageTitle } from '../components/PageTitle';
import { useFormDraft } from '../components/use-form-draft';
import { chooseUser, currentUser } from '../current-user';
import { validateStaffName } from '../../domain/settings-validation';
import { vaultState } from '../lock/lock-state';
import { LockButton } from '../lock/LockButton';

/** With passcodes on the device, who is working is whoever unlocked it: no name can be picked. */
function SwitchByPasscode() {
  usePageTitle('Who is using this device?');
  return (
    <div class="two-thirds">
      <PageHeading>Who is using this device?</PageHeading>
      <p>
        This device has passcodes, so it knows who is using it from the passcode that unlocked it: <strong>{currentUser.value?.name}</strong>.
      </p>
      <p>To hand it to a colleague, lock it; they unlock it with their own passcode.</p>
      <LockButton />
    </div>
  );
}

/** Only paths inside the app, so a crafted `next` cannot send anyone elsewhere. */
function safeNext(next: string | undefined): string {
  return next && next.startsWith('/') && !next.startsWith('//') && next !== '/who' ? next : '/';
}

/**
 * "Who is using this device": no login, a name list kept on the device. The chosen name goes on
 * every event the app records.
 */
export default function WhoPage() {
  const passcodes = vaultState.value === 'locked' || vaultState.value === 'unlocked';
  return passcodes ? <SwitchByPasscode /> : <NamePicker />;
}

function NamePicker() {
  const { query, route } = useLocation();
  const [staff, setStaff] = useState<StaffMember[] | undefined>();
  const draft = useFormDraft('who:new-name', () => '');
  const name = draft.values;
  const [error, setError] = useState<string | undefined>();
  usePageTitle('Who is using this device?', Boolean(error));

  // Everyone on the list counts against a new name, including people who have left, so a returning
  // colleague is not added twice; only people still working here are offered as buttons.
  const [allNames, setAllNames] = useState<string[]>([]);
  useEffect(() => {
    void staffRepo.list().then((all) => {
      setAllNames(all.map((s) => s.name));
      setStaff(all.filter((s) => s.active));
    });
  }, []);

  const pick = async (member: StaffMember) => {
    // Someone who picks their name has no use for a new name half-typed here.
    await draft.discard();
    await chooseUser(member);
    route(safeNext(query.next), true);
  };

  const add = async (e: Event) => {
    e.preventDefault();
    // The same rule as Settings, in the words of someone adding themselves.
    const result = validateStaffName(name, allNames);
    if (!result.ok) {
      const message = result.errors.name;
      if (!name.trim()) return setError('Enter your name');
      return setError(message?.endsWith('is already on the list') ? `${message}: choose it above, or ask for it to be marked as working here again in Settings` : message);
    }
    setError(undefined);
    const member = await staffRepo.add(result.value);
    await pick(member);
  };

  return (
    <div class="two-thirds">
      <ErrorSummary errors={error ? [{ field: 'new-name', message: error }] : []} />
      <PageHeading>Who is using this device?</PageHeading>
      <p>Your name is recorded against everything you add or change. There is no password: choose your name from the list, or add it.</p>
      {staff === undefined ? (
        <p class="loading">Loading names…</p>
      ) : staff.length > 0 ? (
        <ul class="choices" style={{ listStyle: 'none', padding: 0 }} aria-label="People who use this device">
          {staff.map((s) => (
            <li key={s.id}>
              <button type="button" class="button button--secondary" onClick={() => void pick(s)}>
                {s.name}
                {currentUser.value?.id === s.id && <span> (current)</span>}
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p>No one has used the app on this device yet.</p>
      )}
      <form onSubmit={add} noValidate>
        <h2>Add your name</h2>
        <DraftNotice draft={draft} focusId="new-name" />
        <TextField id="new-name" label="Your full name" value={name} onInput={draft.change} autocomplete="name" error={error} spellcheck={false} />
        <button type="submit" class="button">
          Add and continue
        </button>
      </form>
    </div>
  );
}
