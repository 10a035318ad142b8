import { useRef, useState } from 'preact/hooks';
import { NEARLY_FULL, askToKeepData, canAskToKeepData, readStorage, type StorageInfo } from '../../data/persistence';
import { useLoad } from '../use-load';

const UNITS = ['bytes', 'kB', 'MB', 'GB', 'TB'];

function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${UNITS[unit]}`;
}

const usable = (n: number | undefined): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;

/** Whether the browser has promised to keep this device's data, how full it is, and asking it to keep it. */
export function StorageSection() {
  const [info, setInfo] = useState<StorageInfo | undefined>();
  const [refused, setRefused] = useState(false);

  useLoad(readStorage, setInfo);

  // Where focus goes once the browser agrees: the button pressed is gone, and focus with it.
  const agreed = useRef<HTMLParagraphElement>(null);
  const keep = async () => {
    setRefused(!(await askToKeepData()));
    setInfo(await readStorage());
    requestAnimationFrame(() => {
      if (document.activeElement === document.body) agreed.current?.focus();
    });
  };

  const space = info && usable(info.usage) && usable(info.quota) && info.quota > 0 ? { usage: info.usage, quota: info.quota } : undefined;
  return (
    <section class="settings-section" aria-labelledby="storage-heading">
      <h2 id="storage-heading">Storage on this device</h2>
      <p>Everything in this app is kept in this browser on this device only.</p>
      {info === undefined ? (
        <p class="loading">Checking storage…</p>
      ) : (
        <>
          {info.persisted === true && (
            <p ref={agreed} tabIndex={-1}>
              This browser has agreed to keep the data: it will not clear it to save space.
            </p>
          )}
          {info.persisted === false && (
            <p>
              <strong>This browser has not agreed to keep the data</strong>, so it may clear the data if the device runs short of space or
              the app is not used for a while. Back up regularly (see Backups below): a backup is what protects the records.
            </p>
          )}
          {info.persisted === undefined && (
            <p>This browser does not say whether it will keep the data. Back up regularly (see Backups below).</p>
          )}
          {space && (
            <p>
              Using {formatBytes(space.usage)} of about {formatBytes(space.quota)} available.
            </p>
          )}
          {space && space.usage >= NEARLY_FULL * space.quota && (
            <p class="warning-text">
              This device’s storage for the app is {Math.floor((space.usage / space.quota) * 100)}% full. Back up now, then free some space on
              the device: when it is full, nothing more can be saved.
            </p>
          )}
          {refused && (
            <p class="warning-text" role="alert">
              The browser did not agree to keep the data. Installing the app on the home screen, or using it often, usually changes that.
            </p>
          )}
          {canAskToKeepData() && info.persisted !== true && (
            <button type="button" class="button button--secondary" onClick={() => void keep()}>
              Keep data on this device
            </button>
          )}
        </>
      )}
    </section>
  );
}
