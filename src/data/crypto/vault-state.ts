/**
 * What the first screen needs of the key session: whether the device is open, locked or unlocked,
 * who unlocked it, and locking. Kept apart from vault.ts, whose key wrapping and encrypting in
 * place load only when someone unlocks or sets a passcode.
 */
import { db } from '../db';
import type { VaultState } from './session';

/** The state once the database is open (it is 'open' until then, which is not yet known). */
export async function loadVault(): Promise<VaultState> {
  await db().open();
  return db().session.state;
}

export function vaultState(): VaultState {
  return db().session.state;
}

/** Whether the device's records and passcodes were wiped after wrong passcodes, in this tab or another. */
export function deviceWasWiped(): boolean {
  return db().session.wiped;
}

/** Called with each new state; returns the function that stops it. */
export function onVaultChange(listener: (state: VaultState) => void): () => void {
  return db().session.subscribe(listener);
}

/** The person whose passcode unlocked the device: the "who" of what is written now. */
export function unlockedBy(): string | undefined {
  return db().session.personId;
}

/** Staff ids of everyone with a passcode on this device, for the lock screen's list. */
export async function peopleWithPasscodes(): Promise<string[]> {
  return (await db().keyring.toCollection().primaryKeys()) as string[];
}

/** Drops the data key and the index key from memory; sealed records cannot be read until someone unlocks. */
export function lock(): void {
  db().session.lock();
}
