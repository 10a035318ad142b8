/** The sync status in the header, in words, once sync is switched on. */
import { formatDistanceStrict } from 'date-fns';

export interface SyncStatusFacts {
  online: boolean;
  /** When the last sync finished, or undefined before the first. */
  lastSyncedAt?: string;
  /** Changes made here since the last sync, waiting to be sent. */
  waiting: number;
  /** Conflicts found by a sync (or a merge) and not settled yet. */
  conflicts: number;
  /** The last sync's failure, in words, when it failed. */
  failure?: string;
}

function changes(n: number): string {
  return `${n} ${n === 1 ? 'change' : 'changes'} waiting`;
}

/**
 * The same status in a word or two, for a phone's header: the full words stay for screen readers
 * and behind the link to Settings.
 */
export function syncStatusShort(f: SyncStatusFacts, now: Date): string {
  if (f.conflicts > 0) return `${f.conflicts} ${f.conflicts === 1 ? 'conflict' : 'conflicts'}`;
  if (!f.online) return f.waiting > 0 ? `Offline · ${f.waiting}` : 'Offline';
  if (f.failure) return 'Not synced';
  const full = syncStatusText(f, now);
  return full.startsWith('Synced') ? 'Synced' : 'Not synced';
}

export function syncStatusText(f: SyncStatusFacts, now: Date): string {
  if (f.conflicts > 0) return `${f.conflicts} ${f.conflicts === 1 ? 'conflict' : 'conflicts'} to settle`;
  if (!f.online) return f.waiting > 0 ? `Offline: ${changes(f.waiting)}` : 'Offline: nothing waiting';
  if (f.failure) return f.waiting > 0 ? `Not synced: ${f.failure}; ${changes(f.waiting)}` : `Not synced: ${f.failure}`;
  if (!f.lastSyncedAt) return 'Not synced yet';
  const at = new Date(f.lastSyncedAt);
  if (Number.isNaN(at.getTime())) return 'Not synced yet';
  const seconds = (now.getTime() - at.getTime()) / 1000;
  return seconds < 60 ? 'Synced just now' : `Synced ${formatDistanceStrict(at, now, { roundingMethod: 'floor' })} ago`;
}
