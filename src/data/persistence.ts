/**
 * Whether the browser has promised not to clear this device's data when space runs short, and
 * how much space the app uses. Browsers grant persistence on their own terms (Chromium to sites
 * installed or used often, Firefox by asking, Safari not at all), so the app asks as soon as the
 * device holds real data and again when it is installed.
 */
export interface StorageInfo {
  /** Undefined where the browser does not say (older browsers, test environments). */
  persisted?: boolean;
  usage?: number;
  quota?: number;
}

function storageManager(): StorageManager | undefined {
  return typeof navigator !== 'undefined' && navigator.storage ? navigator.storage : undefined;
}

export async function readStorage(): Promise<StorageInfo> {
  const storage = storageManager();
  if (!storage) return {};
  const [persisted, estimate] = await Promise.all([
    typeof storage.persisted === 'function' ? storage.persisted().catch(() => undefined) : undefined,
    typeof storage.estimate === 'function' ? storage.estimate().catch(() => undefined) : undefined,
  ]);
  return { persisted, usage: estimate?.usage, quota: estimate?.quota };
}

export const canAskToKeepData = (): boolean => typeof storageManager()?.persist === 'function';

/** Asks the browser to keep the data; true once it has agreed. Never throws: a refusal is an answer. */
export async function askToKeepData(): Promise<boolean> {
  const storage = storageManager();
  if (!storage || typeof storage.persist !== 'function') return false;
  if (typeof storage.persisted === 'function' && (await storage.persisted().catch(() => false))) return true;
  return storage.persist().catch(() => false);
}

/** Share of the quota in use from which Settings warns that the device is filling up. */
export const NEARLY_FULL = 0.8;
