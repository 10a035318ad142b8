import type { DBCore } from 'dexie';
import type { DataKeys } from './keys';

/** Builds the sealing layer over the layers below (middleware.ts `sealingCore`). */
export type SealingFactory = (session: KeySession, core: DBCore) => DBCore;

/**
 * Whether this device's data is encrypted and, if so, whether a person has unlocked it:
 * - 'open': no passcode set on this device yet; records are stored clear, as before encryption;
 * - 'locked': a passcode exists and no one has unlocked, so sealed data can be neither read nor written;
 * - 'unlocked': a person's passcode opened the data key; writes are sealed and reads opened.
 */
export type VaultState = 'open' | 'locked' | 'unlocked';

/** The service's setting: wipe the device after this many wrong passcodes in a row; absent or 0 is never. */
export const WIPE_AFTER_SETTING = 'wipeAfterFailures';

/** A read or write of sealed data while the device is locked: the UI answers with the lock screen. */
export class LockedError extends Error {
  constructor() {
    super('This device is locked: unlock it with your passcode');
    this.name = 'LockedError';
  }
}

/**
 * The keys of one open database, held in memory only while unlocked. One per database instance,
 * so the middleware and the vault of the same database agree, and tests with fresh databases never
 * share a key.
 */
export class KeySession {
  #state: VaultState = 'open';
  #keys: DataKeys | undefined;
  #retiring: DataKeys | undefined;
  #personId: string | undefined;
  /** When the unlocking person's wrapping of the key was set, and any this tab has set since. */
  readonly #wrappings = new Set<string>();
  #wiped = false;
  readonly #listeners = new Set<(state: VaultState) => void>();
  #sealing: SealingFactory | undefined;

  /** The sealing layer, once loaded: always before the state leaves 'open'. */
  get sealing(): SealingFactory | undefined {
    return this.#sealing;
  }

  /** Loads the sealing code; called when the database finds passcodes, and before the first one is set. */
  async loadSealing(): Promise<void> {
    this.#sealing ??= (await import('./middleware')).sealingCore;
  }

  get state(): VaultState {
    return this.#state;
  }

  get personId(): string | undefined {
    return this.#personId;
  }

  /** The keys, or a `LockedError` when the data is encrypted and no one has unlocked it. */
  keys(): DataKeys {
    if (!this.#keys) throw new LockedError();
    return this.#keys;
  }

  /**
   * The key this device sealed with before it took the team's key, while records are re-sealed
   * under the team's: a row that does not open with the current key is tried with this one.
   */
  get retiring(): DataKeys | undefined {
    return this.#retiring;
  }

  /**
   * Whether the device was wiped while this session watched it: a keyring that had people and now
   * has none. Nothing else empties it (the last passcode cannot be removed; the team's key replaces
   * the keyring in one transaction; backups, merges and sync never carry it).
   */
  get wiped(): boolean {
    return this.#wiped;
  }

  /** Set when the database opens: a keyring with anyone in it means the data is (being) encrypted. */
  settle(hasPasscodes: boolean): void {
    if (hasPasscodes && !this.#sealing) throw new Error('The sealing layer must load before a locked device is read');
    if (this.#state === 'unlocked' && hasPasscodes) return;
    if (!hasPasscodes && this.#state !== 'open') this.#wiped = true;
    this.#forget();
    this.#set(hasPasscodes ? 'locked' : 'open');
  }

  /** `setAt` is when the person's wrapping of the key, opened with their passcode, was set. */
  unlock(keys: DataKeys, personId: string, setAt: string | undefined, retiring?: DataKeys): void {
    if (!this.#sealing) throw new Error('The sealing layer must load before the device is unlocked');
    this.#keys = keys;
    this.#retiring = retiring;
    this.#personId = personId;
    this.#wrappings.clear();
    this.#wrappings.add(setAt ?? '');
    this.#set('unlocked');
  }

  /** This tab is about to wrap the unlocked person's key again (a new passcode), set at `setAt`. */
  rewrapping(setAt: string): void {
    if (this.#state === 'unlocked') this.#wrappings.add(setAt);
  }

  /**
   * Whether the unlocked person's wrapping, as stored now, is one this tab set or unlocked with.
   * Any other means another tab wrapped the key again (a new passcode, the team's key) or removed it.
   */
  holdsWrapping(stored: { setAt?: string } | undefined): boolean {
    return stored !== undefined && this.#wrappings.has(stored.setAt ?? '');
  }

  /** Drops both keys: nothing sealed can be opened again without a passcode. */
  lock(): void {
    if (this.#state === 'open') return;
    this.#forget();
    this.#set('locked');
  }

  #forget(): void {
    this.#keys = undefined;
    this.#retiring = undefined;
    this.#personId = undefined;
    this.#wrappings.clear();
  }

  /** Every record is sealed under the current key: the old one is no longer needed. */
  retire(): void {
    this.#retiring = undefined;
  }

  subscribe(listener: (state: VaultState) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #set(state: VaultState): void {
    if (state === this.#state) return;
    this.#state = state;
    for (const listener of this.#listeners) listener(state);
  }
}
