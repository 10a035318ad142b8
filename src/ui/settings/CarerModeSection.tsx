import { useEffect, useRef, useState } from 'preact/hooks';
import { setCarerMode } from '../carer/carer-mode';

/** Turns this device into a carer's device: only the library and the service's contacts. */
export function CarerModeSection() {
  const [confirming, setConfirming] = useState(false);
  const [failed, setFailed] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const switchOn = async () => {
    try {
      // Settings is not a carer-mode page, so the app moves straight on to the library.
      await setCarerMode(true);
    } catch {
      setFailed(true);
      setConfirming(false);
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
          Carer mode is still off: the device could not save the change. Try again.
        </p>
      )}
      {confirming ? (
        <div class="settings-confirm" ref={confirmRef} tabIndex={-1}>
          <p class="warning-text">Staff pages will be hidden on this device until someone leaves carer mode.</p>
          <div class="button-group">
            <button type="button" class="button button--warning" onClick={() => void switchOn()}>
              Yes, switch to carer mode
            </button>
            <button type="button" class="button button--secondary" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="button button--secondary" onClick={() => setConfirming(true)}>
          Switch this device to carer mode
        </button>
      )}
    </section>
  );
}
