import { batch, signal } from '@preact/signals';
import type { VaultState } from '../../data/crypto/session';
import { deviceWasWiped, loadVault, lock, onVaultChange } from '../../data/crypto/vault-state';
import { currentUser } from '../current-user';

/** Whether this device has passcodes and is unlocked; `null` until the database has opened. */
export const vaultState = signal<VaultState | null>(null);

/** Set once the device is wiped after wrong passcodes, in this tab or another, until the page loads again. */
export const deviceWiped = signal(false);

let stopWatching: (() => void) | undefined;

export async function loadVaultState(): Promise<void> {
  const state = await loadVault();
  // Once per database: a database opened again (tests, a restore) has a session of its own.
  stopWatching?.();
  stopWatching = onVaultChange((next) =>
    batch(() => {
      deviceWiped.value = deviceWasWiped();
      vaultState.value = next;
      // Whoever unlocks next says who they are with their passcode; the last name must not linger.
      if (next !== 'unlocked') currentUser.value = undefined;
    }),
  );
  vaultState.value = state;
}

/**
 * Locks the device: half-typed forms are first written as (sealed) drafts, so the person who
 * unlocks next finds them; then the key is dropped, and the pages, which hold decrypted records,
 * are unmounted in favour of the lock screen as the state changes.
 */
export async function lockNow(): Promise<void> {
  if (vaultState.value !== 'unlocked') return;
  // Loaded here, not with the first screen: only a lock needs it.
  await import('../../data/repositories/drafts').then((d) => d.writePendingDrafts()).catch(() => undefined);
  lock();
}
