import { useEffect, useState } from 'preact/hooks';

interface StorageInfo {
  /** Undefined where the browser does not say (older browsers, test environments). */
  persisted?: boolean;
  usage?: number;
  quota?: number;
}

function storageManager(): StorageManager | undefined {
  return typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : undefined;
}

async function readStorage(): Promise<StorageInfo> {
  const storage = storageManager();
  if (!storage) return {};
  const [persisted, estimate] = await Promise.all([
    typeof storage.persisted === 'function' ? storage.persisted().catch(() => undefined) : undefined,
    typeof storage.estimate === 'function' ? storage.estimate().catch(() => undefined) : undefined,
  ]);
  return { persisted, usage: estimate?.usage, quota: estimate?.quota };
}

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

/** Whether the browser has promised to keep this device's data, and asking it to. */
export function StorageSection() {
  const [info, setInfo] = useState<StorageInfo | undefined>();
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    void readStorage().then(setInfo);
  }, []);

  const canAsk = typeof storageManager()?.persist === 'function';
  const keep = async () => {
    const granted = await storageManager()!.persist().catch(() => false);
    setRefused(!granted);
    setInfo(await readStorage());
  };

  return (
    <section class="settings-section" aria-labelledby="storage-heading">
      <h2 id="storage-heading">Storage on this device</h2>
      <p>Everything in this app is kept in this browser on this device only.</p>
      {info === undefined ? (
        <p class="loading">Checking storage…</p>
      ) : (
        <>
          {info.persisted === true && <p>This browser has agreed to keep the data: it will not clear it to save space.</p>}
          {info.persisted === false && <p>This browser may clear the data if the device runs short of space.</p>}
          {info.persisted === undefined && <p>This browser does not say whether it will keep the data.</p>}
          {usable(info.usage) && usable(info.quota) && info.quota > 0 && (
            <p>
              Using {formatBytes(info.usage)} of about {formatBytes(info.quota)} available.
            </p>
          )}
          {refused && (
            <p class="warning-text" role="alert">
              The browser did not agree to keep the data. Installing the app on the home screen, or using it often, usually changes that.
            </p>
          )}
          {canAsk && info.persisted !== true && (
            <button type="button" class="button button--secondary" onClick={() => void keep()}>
              Keep data on this device
            </button>
          )}
        </>
      )}
    </section>
  );
}
