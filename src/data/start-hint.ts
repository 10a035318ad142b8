/**
 * What the first screen needs before the database has opened: that this device has no passcode,
 * whether it is in carer mode, and who was last using it. The database says all three (the
 * keyring, the settings, the staff), and its answer always wins; but on a repeat visit opening it
 * takes a quarter of a second or more at 10,000 households, and every page waited for it before
 * showing even its heading. With this, the page's frame comes with the first paint and its records
 * follow.
 *
 * Kept in localStorage, and only while the device has no passcode: localStorage is stored clear, so
 * a device with one keeps nothing here and waits for the database, as drafts do (drafts.ts).
 */
const START_KEY = 'fostering:start';

export interface StartHint {
  carerMode: boolean;
  /** Who was last using the device; absent when nobody had said. */
  user?: { id: string; name: string };
}

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    // Storage blocked by the browser's settings.
    return undefined;
  }
}

function isUser(value: unknown): value is StartHint['user'] {
  if (typeof value !== 'object' || value === null) return false;
  const { id, name } = value as Record<string, unknown>;
  return typeof id === 'string' && id !== '' && typeof name === 'string' && name !== '';
}

/** The last start's state, or undefined when there is none or it cannot be read as one. */
export function readStartHint(): StartHint | undefined {
  let value: unknown;
  try {
    value = JSON.parse(storage()?.getItem(START_KEY) ?? 'null');
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const { carerMode, user } = value as Record<string, unknown>;
  if (typeof carerMode !== 'boolean' || (user !== undefined && !isUser(user))) return undefined;
  return user ? { carerMode, user: { id: user.id, name: user.name } } : { carerMode };
}

/** Keeps the state for the next start; `undefined` (a device with passcodes) keeps nothing. */
export function saveStartHint(hint: StartHint | undefined): void {
  const store = storage();
  try {
    if (hint) store?.setItem(START_KEY, JSON.stringify(hint));
    else store?.removeItem(START_KEY);
  } catch {
    // Storage full: the next start waits for the database, as it did before there was a hint.
  }
}

/**
 * Calls back when another tab changes the hint: that tab switched carer mode, set a passcode or
 * named someone else. Returns the stop.
 */
export function onStartHintChange(changed: () => void): () => void {
  if (typeof window === 'undefined') return () => undefined;
  const listener = (e: StorageEvent) => {
    if (e.key === START_KEY || e.key === null) changed();
  };
  window.addEventListener('storage', listener);
  return () => window.removeEventListener('storage', listener);
}
