import { useState } from 'preact/hooks';
import { ConfirmStep } from '../components/ConfirmStep';
import { setCarerMode } from '../carer/carer-mode';
import { writeErrorMessage } from '../../data/write-errors';

/** Turns this device into a carer's device: only the library and the service's contacts. */
export function CarerModeSection() {
  const [failed, setFailed] = useState<string>();

  const switchOn = async () => {
    try {
      // Settings is not a carer-mode page, so the app moves straight on to the library.
      await setCarerMode(true);
      return true;
    } catch (error) {
      setFailed(`Carer mode is still off. ${writeErrorMessage(error)}`);
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
      <p>Carer mode hides records; it does not delete them. Give carers only devices that have never held household records.</p>
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
