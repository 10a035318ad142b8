/**
 * One sync with the team database: this device's changes since it last read (pull), then what the
 * server lacks (push), then the checkpoint. Loaded only once sync is switched on.
 */
import { serverBase } from '../../domain/sync/settings-checks';
import type { SyncSettings } from '../../domain/sync/settings';
import { vaultState } from '../crypto/vault';
import { db } from '../db';
import { asPerson } from '../revisions';
import { readCheckpoint, writeCheckpoint } from './checkpoint';
import { BATCH, listChanges, pull, type PullResult } from './pull';
import { push } from './push';
import { checkDatabase, ServerError, teamDatabase } from './server';
import { readSyncState, writeSyncState, type SyncState } from './state';
import { checkTeamKey } from './team-key';
import { changesWaiting } from './waiting';
import { ForeignKeyError } from './wire';

export type SyncOutcome = ({ ok: true; sent: number } & PullResult) | { ok: false; message: string };

export interface SyncProgress {
  received: number;
  /** Pages of this device's records compared with the server. */
  pagesSent: number;
  /** On the first full sync, about how many records the server holds: for its progress bar. */
  total?: number;
}

function following(s: SyncSettings): string {
  return `${serverBase(s.address)}/${s.database.trim()}`;
}

async function save(state: SyncState, by: string): Promise<void> {
  await asPerson(by, [db().settings], () => writeSyncState(state));
}

/**
 * Waits for every request, then fails with the first one's failure in the order given (a missing
 * database is said before the team key it lacks), never leaving one still running unheard.
 */
async function allOrFirstFailure<T extends readonly unknown[]>(work: { [K in keyof T]: Promise<T[K]> }): Promise<T> {
  const settled = await Promise.allSettled(work);
  for (const r of settled) if (r.status === 'rejected') throw r.reason;
  return settled.map((r) => (r as PromiseFulfilledResult<unknown>).value) as unknown as T;
}

export async function syncNow(s: SyncSettings, by: string, onProgress: (p: SyncProgress) => void = () => undefined): Promise<SyncOutcome> {
  // Records go out sealed and come in to be opened: both need the key, which only an unlocked device holds.
  if (vaultState() !== 'unlocked') return { ok: false, message: 'Sync waits until this device is unlocked with a passcode' };
  const server = teamDatabase(s);
  let state = await readSyncState(following(s));
  const progress: SyncProgress = { received: 0, pagesSent: 0 };
  try {
    // The opening questions go together, the change feed's first page with them: one round trip, not four.
    const listed = listChanges(server, state.since);
    listed.catch(() => undefined);
    const [{ docCount }, , checkpoint] = await allOrFirstFailure([checkDatabase(s), checkTeamKey(server), readCheckpoint(server, state.deviceId)] as const);
    const rebuilt = !checkpoint && state.since !== 0;
    if (rebuilt) state = { ...state, since: 0 };
    if (state.since === 0) progress.total = docCount;
    const pulled = await pull(server, state, by, (received) => onProgress({ ...progress, received: (progress.received = received) }), rebuilt ? undefined : listed);
    state = pulled.state;
    // The checkpoint records what was read, so it is written while this device's own changes go out.
    const [sent, written] = await allOrFirstFailure([push(server, () => onProgress({ ...progress, pagesSent: ++progress.pagesSent })), writeCheckpoint(server, state.deviceId, checkpoint, state.since)] as const);
    if (sent >= BATCH) {
      // Many records sent (a device's first upload): they are read back now, all held and none fetched,
      // so the next sync, after a save, reads only what changed since.
      const after = await pull(server, state, by);
      state = after.state;
      pulled.result.received += after.result.received;
      pulled.result.conflicts += after.result.conflicts;
      await writeCheckpoint(server, state.deviceId, written, state.since);
    }
    state = { ...state, lastSyncedAt: new Date().toISOString(), failure: undefined };
    await save(state, by);
    return { ok: true, sent, ...pulled.result };
  } catch (e) {
    if (!(e instanceof ServerError || e instanceof ForeignKeyError)) throw e;
    // What was pulled before the failure is kept with its checkpoint; only the words are added.
    const latest = await readSyncState(following(s));
    await save({ ...latest, failure: e.message }, by);
    return { ok: false, message: e.message };
  }
}

export interface SyncFacts {
  lastSyncedAt?: string;
  failure?: string;
  /** Records changed or removed here since the last sync. */
  waiting: number;
}

/** What the header says of sync: see waiting.ts for the changes waiting. */
export async function syncFacts(s: SyncSettings): Promise<SyncFacts> {
  const state = await readSyncState(following(s));
  return { lastSyncedAt: state.lastSyncedAt, failure: state.failure, waiting: await changesWaiting(state.lastSyncedAt ?? '') };
}
