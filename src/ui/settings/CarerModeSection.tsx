import { useState } from 'preact/hooks';
import { ConfirmStep } from '../components/ConfirmStep';
import { useLiveQuery } from '../components/use-live-query';
import { SuccessBanner } from '../components/SuccessBanner';
import { setCarerMode } from '../carer/carer-mode';
import { byName } from '../current-user';
import { lockNow, vaultState } from '../lock/lock-state';
import { householdsOnDevice, removeHouseholdsFromDevice } from '../../data/repositories/device-households';
import { writeErrorMessage } from '../../data/write-errors';

const households = (n: number) => `${n} household${n === 1 ? '' : 's'}`;

/** Turns this device into a carer's device: only the library and the service's contacts. */
export function CarerModeSection() {
  const [failed, setFailed] = useState<string>();
  const [removed, setRemoved] = useState<{ count: number; at: number }>();
  const count = useLiveQuery(householdsOnDevice, []).data;

  const switchOn = async () => {
    try {
      // Settings is not a carer-mode page, so the app moves straight on to the library.
      await setCarerMode(true);
      // With passcodes, leaving carer mode must take one: the key goes now, not at the next idle lock.
      await lockNow();
      return true;
    } catch (error) {
      setFailed(`Carer mode is still off. ${writeErrorMessage(error)}`);
      return false;
    }
  };

  const remove = async () => {
    try {
      setRemoved({ count: await removeHouseholdsFromDevice(byName()), at: Date.now() });
      return true;
    } catch (error) {
      setFailed(`The records are still on this device. ${writeErrorMessage(error)}`);
      return false;
    }
  };

  return (
    <section class="settings-section" aria-labelledby="carer-mode-heading">
      <h2 id="carer-mode-heading">Carer mode</h2>
      <p>
        Carer mode is for foster carers’ own phones and tablets. The device then shows only the support library, bookmarks and your
        service’s contacts. Households, the pipeline, targets, reports and settings cannot be opened, by link or by typing an address.
      </p>
      <p>
        {vaultState.value === 'open'
          ? 'Anyone can leave carer mode on this device. Set a passcode first if only staff should be able to.'
          : 'Leaving carer mode takes a staff passcode.'}
      </p>
      {removed && (
        <SuccessBanner key={removed.at} focus>
          Records of {households(removed.count)} removed from this device
        </SuccessBanner>
      )}
      {count !== undefined && count > 0 && (
        <div class="notification notification--warning">
          <p class="notification__title">This device holds household records</p>
          <div class="notification__body">
            <p>
              It holds the records of {households(count)}. Carer mode hides records; it does not delete them, and a carer’s device should
              hold none. Remove them from this device first: make a backup, or check they are on another device, if they are needed.
            </p>
            <ConfirmStep
              openLabel="Remove household records from this device"
              confirmLabel={`Yes, remove ${households(count)} from this device`}
              busyLabel="Removing…"
              warning="Every household, carer and support group record on this device will be removed. Backups and other devices keep theirs."
              onConfirm={remove}
            />
          </div>
        </div>
      )}
      {failed && (
        <p class="error-message" role="alert">
          {failed}
        </p>
      )}
      <ConfirmStep
        openLabel="Switch this device to carer mode"
        confirmLabel="Yes, switch to carer mode"
        warning="Staff pages will be hidden on this device until someone leaves carer mode."
        onConfirm={switchOn}
      />
    </section>
  );
}
