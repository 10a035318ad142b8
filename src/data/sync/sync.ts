/**
 * One sync with the team database: this device's changes since it last read (pull), then what the
 * server lacks (push), then the checkpoint. Loaded only once sync is switched on.
 */
import { REVISED } from '../../domain/merge/tables';
import type { Revised } from '../../domain/revision';
import { isShared } from '../../domain/sync/documents';
import { serverBase } from '../../domain/sync/settings-checks';
import type { SyncSettings } from '../../domain/sync/settings';
import { vaultState } from '../crypto/vault';
import { db } from '../db';
import { asPerson } from '../revisions';
import { readCheckpoint, writeCheckpoint } from './checkpoint';
import { pull, type PullResult } from './pull';
import { push } from './push';
import { checkDatabase, ServerError, teamDatabase } from './server';
import { readSyncState, writeSyncState, type SyncState } from './state';
import { checkTeamKey } from './team-key';
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

export async function syncNow(s: SyncSettings, by: string, onProgress: (p: SyncProgress) => void = () => undefined): Promise<SyncOutcome> {
  // Records go out sealed and come in to be opened: both need the key, which only an unlocked device holds.
  if (vaultState() !== 'unlocked') return { ok: false, message: 'Sync waits until this device is unlocked with a passcode' };
  const server = teamDatabase(s);
  let state = await readSyncState(following(s));
  const progress: SyncProgress = { received: 0, pagesSent: 0 };
  try {
    const { docCount } = await checkDatabase(s);
    await checkTeamKey(server);
    const checkpoint = await readCheckpoint(server, state.deviceId);
    if (!checkpoint && state.since !== 0) state = { ...state, since: 0 };
    if (state.since === 0) progress.total = docCount;
    const pulled = await pull(server, state, by, (received) => onProgress({ ...progress, received: (progress.received = received) }));
    state = pulled.state;
    const sent = await push(server, () => onProgress({ ...progress, pagesSent: ++progress.pagesSent }));
    await writeCheckpoint(server, state.deviceId, checkpoint, state.since);
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

/**
 * What the header says of sync. Changes waiting are the records changed or removed here since the
 * last sync finished (entries only ever added travel with the change they belong to).
 */
export async function syncFacts(s: SyncSettings): Promise<SyncFacts> {
  const state = await readSyncState(following(s));
  const since = state.lastSyncedAt ?? '';
  const d = db();
  let waiting = await d.deletions.filter((r) => r.deletedAt > since).count();
  for (const table of REVISED) {
    waiting += await d
      .table(table)
      .filter((row: Record<string, unknown> & Revised) => (row.revision?.changedAt ?? '') > since && isShared(table, row))
      .count();
  }
  return { lastSyncedAt: state.lastSyncedAt, failure: state.failure, waiting };
}
