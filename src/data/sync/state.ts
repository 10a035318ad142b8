/**
 * This device's own record of its syncing: which server and database it follows, how far it has
 * read that database's changes, and when it last finished. Kept in the settings table as a device
 * setting, so it never travels to another device.
 */
import { db } from '../db';

export const SYNC_STATE = 'syncState';

export interface SyncState {
  /** Names this device to the server, for its checkpoint document. */
  deviceId: string;
  /** The address and database the checkpoint belongs to: another one starts from the beginning. */
  following: string;
  /** The server's change sequence this device has read up to. */
  since: string | number;
  lastSyncedAt?: string;
  /** What stopped the last sync, in words. */
  failure?: string;
  /**
   * Set while the whole feed is read (a first full sync): the households' derived fields are worked
   * out once at its end, not again with each batch that brings another of their records. A sync cut
   * short leaves it set, so the next one finishes the job.
   */
  derivedWaiting?: boolean;
}

export async function readSyncState(following: string): Promise<SyncState> {
  const stored = (await db().settings.get(SYNC_STATE))?.value as SyncState | undefined;
  const deviceId = stored?.deviceId ?? crypto.randomUUID();
  if (!stored || stored.following !== following) return { deviceId, following, since: 0, lastSyncedAt: stored?.lastSyncedAt };
  return stored;
}

/** Call inside a transaction over settings that names a person (see `asPerson`). */
export async function writeSyncState(state: SyncState): Promise<void> {
  await db().settings.put({ key: SYNC_STATE, value: state });
}
