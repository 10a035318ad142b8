import { useState } from 'preact/hooks';
import { vaultState } from '../../lock/lock-state';
import type { ReportErrors } from '../section-errors';
import { AddPasscodeForm } from './AddPasscodeForm';
import { ChangePasscodeForm } from './ChangePasscodeForm';
import { FirstPasscodeForm } from './FirstPasscodeForm';
import { LockSettingsForm } from './LockSettingsForm';
import { PasscodeHolders } from './PasscodeHolders';

/** "Passcodes on this device": the first passcode while there is none; then who holds one, and the lock's settings. */
export default function PasscodesPanel({ report }: { report: ReportErrors }) {
  const [version, setVersion] = useState(0);
  const changed = () => setVersion((v) => v + 1);
  if (vaultState.value === 'open') return <FirstPasscodeForm report={report} />;
  return (
    <>
      <PasscodeHolders version={version} onChanged={changed} />
      <AddPasscodeForm report={report} version={version} onAdded={changed} />
      <ChangePasscodeForm report={report} />
      <LockSettingsForm report={report} />
    </>
  );
}
