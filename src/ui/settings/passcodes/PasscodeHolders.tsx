import { useState } from 'preact/hooks';
import { removePasscode } from '../../../data/crypto/vault';
import { writeErrorMessage } from '../../../data/write-errors';
import { ConfirmStep } from '../../components/ConfirmStep';
import type { Option } from '../../components/fields';
import { currentUser } from '../../current-user';
import { passcodeHolders } from '../../lock/people-with-passcodes';
import { useLoad } from '../../use-load';

/** Who can unlock this device, and removing a person's passcode (someone who has left). */
export function PasscodeHolders({ version, onChanged }: { version: number; onChanged: () => void }) {
  const [people, setPeople] = useState<Option[]>();
  const [message, setMessage] = useState<string>();
  useLoad(passcodeHolders, setPeople, [version]);

  const remove = async (person: Option) => {
    try {
      const result = await removePasscode(person.value);
      if (result.ok) {
        setMessage(`${person.label}’s passcode removed: they can no longer unlock this device`);
        onChanged();
        return true;
      }
      setMessage(
        result.reason === 'lastPasscode'
          ? `${person.label}’s passcode is the last one on this device. The records are encrypted with it: without a passcode no one could open them again. Add someone else’s passcode first.`
          : `${person.label} has no passcode on this device any more.`,
      );
      onChanged();
      return false;
    } catch (error) {
      setMessage(writeErrorMessage(error, 'The passcode'));
      return false;
    }
  };

  if (!people) return <p class="loading">Loading…</p>;
  return (
    <>
      <h3>People who can unlock this device</h3>
      {message && (
        <p class="notification__body" role="status">
          {message}
        </p>
      )}
      <ul class="task-list">
        {people.map((p) => (
          <li key={p.value} class="task-list__item">
            <span>
              <strong>{p.label}</strong>
              {p.value === currentUser.value?.id && ' (you)'}
            </span>
            <ConfirmStep
              openLabel={`Remove ${p.label}’s passcode`}
              confirmLabel={`Yes, remove ${p.label}’s passcode`}
              warning={`${p.label} will no longer be able to unlock this device.`}
              onConfirm={() => remove(p)}
            />
          </li>
        ))}
      </ul>
    </>
  );
}
