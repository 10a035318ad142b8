import { useState } from 'preact/hooks';
import { vaultState } from '../../lock/lock-state';
import type { ReportErrors } from '../section-errors';
import { AddPasscodeForm } from './AddPasscodeForm';
import { ChangePasscodeForm } from './ChangePasscodeForm';
import { FirstPasscodeForm } from './FirstPasscodeForm';
import { LockSettingsForm } from './LockSettingsForm';
import { PasscodeHolders } from './PasscodeHolders';

/**
 * "Passcodes on this device": the first passcode while there is none; then who holds one, and the
 * lock's settings. The device unlocks as soon as the first passcode's key is made, but its form
 * stays, with its progress, until every record is encrypted: leaving earlier would leave records
 * readable on the tablet until the next unlock finishes the job.
 */
export default function PasscodesPanel({ report }: { report: ReportErrors }) {
  const [version, setVersion] = useState(0);
  const [encrypting, setEncrypting] = useState(false);
  const [encrypted, setEncrypted] = useState(false);
  const changed = () => setVersion((v) => v + 1);
  const first = (busy: boolean, done: boolean) => {
    setEncrypting(busy);
    setEncrypted(done);
  };
  if (vaultState.value === 'open' || encrypting) return <FirstPasscodeForm report={report} onEncrypting={first} />;
  return (
    <>
      {encrypted && (
        <div class="notification" role="status">
          <p class="notification__body">Your passcode is set and every record on this device is encrypted.</p>
        </div>
      )}
      <PasscodeHolders version={version} onChanged={changed} />
      <AddPasscodeForm report={report} version={version} onAdded={changed} />
      <ChangePasscodeForm report={report} />
      <LockSettingsForm report={report} />
    </>
  );
}
