import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { ConfirmStep } from '../components/ConfirmStep';
import { PageHeading, usePageTitle } from '../components/PageTitle';
import { carerMode, setCarerMode } from './carer-mode';
import { writeErrorMessage } from '../../data/write-errors';
import { staffRepo } from '../../data/repositories/staff';
import { currentUser } from '../current-user';
import { vaultState } from '../lock/lock-state';
import { UnlockForm } from '../lock/UnlockForm';

/** `/carer-mode`: what carer mode is, and the only way back to the staff pages (after a warning). */
export default function CarerModePage() {
  const { route } = useLocation();
  const [failed, setFailed] = useState<string>();
  usePageTitle('Carer mode');

  const leave = async () => {
    try {
      await setCarerMode(false);
      route('/');
      return true;
    } catch (error) {
      setFailed(`Carer mode is still on. ${writeErrorMessage(error)}`);
      return false;
    }
  };

  /** With passcodes, only a member of staff can leave: their passcode unlocks the device and makes them its user. */
  const leaveAs = async (personId: string) => {
    const member = await staffRepo.unlockedAs(personId);
    if (!member) return setFailed('This person is no longer on the device’s name list: ask a colleague to unlock it.');
    currentUser.value = member;
    await leave();
  };

  if (carerMode.value !== true) {
    return (
      <div class="two-thirds">
        <PageHeading>Carer mode</PageHeading>
        <p>
          This device is not in carer mode. You can switch it to carer mode in <a href="/settings">Settings</a>.
        </p>
      </div>
    );
  }

  return (
    <div class="two-thirds">
      <PageHeading>Carer mode</PageHeading>
      <p>This device is in carer mode. It shows the support library and your fostering service’s contacts, and nothing else.</p>
      <p>Only leave carer mode if you work for the fostering service and this is a work device.</p>
      {failed && (
        <p class="error-message" role="alert">
          {failed}
        </p>
      )}
      {vaultState.value !== 'open' ? (
        <>
          <h2>Leave carer mode with a staff passcode</h2>
          <UnlockForm submitLabel="Unlock and leave carer mode" onUnlocked={leaveAs} />
        </>
      ) : (
        <ConfirmStep
          openLabel="Leave carer mode"
          confirmLabel="Yes, leave carer mode"
          warning="Outside carer mode, this device shows the records of households who are fostering or want to foster."
          onConfirm={leave}
        />
      )}
    </div>
  );
}
