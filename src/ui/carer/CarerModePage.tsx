import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { PageHeading, usePageTitle } from '../components/PageTitle';
import { carerMode, setCarerMode } from './carer-mode';

/** `/carer-mode`: what carer mode is, and the only way back to the staff pages (after a warning). */
export default function CarerModePage() {
  const { route } = useLocation();
  const [confirming, setConfirming] = useState(false);
  const [failed, setFailed] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  usePageTitle('Carer mode');
  // The button that opened the question is gone: move focus to the question itself.
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const leave = async () => {
    try {
      await setCarerMode(false);
      route('/');
    } catch {
      setFailed(true);
      setConfirming(false);
    }
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
          Carer mode is still on: the device could not save the change. Try again.
        </p>
      )}
      {confirming ? (
        <div class="settings-confirm" ref={confirmRef} tabIndex={-1}>
          <p class="warning-text">Outside carer mode, this device shows the records of households who are fostering or want to foster.</p>
          <div class="button-group">
            <button type="button" class="button button--warning" onClick={() => void leave()}>
              Yes, leave carer mode
            </button>
            <button type="button" class="button button--secondary" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <button type="button" class="button button--secondary" onClick={() => setConfirming(true)}>
          Leave carer mode
        </button>
      )}
    </div>
  );
}
