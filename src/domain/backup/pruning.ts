/**
 * When a removal note (the record that something was removed, so a merge or a sync removes it on
 * the other devices too) can go, and what a backup older than the notes still kept may bring back.
 *
 * A note matters while some copy of the service's records made before the removal may still be
 * merged in. It can go once it is older than the service's setting AND this device has made a
 * backup since (the removal is then in a backup too) AND, where this device syncs, it has synced
 * since (the server has the removal). A backup made before the newest note that went can bring back
 * records removed after it was made: the merge or restore says so before anything is done.
 */
import { formatDate } from '../dates';
import type { FieldCheck } from './reminder';

export const DEFAULT_REMOVAL_NOTE_DAYS = 400;
/** Under a month, a colleague's tablet back from a fortnight's leave could bring removed records back. */
export const MIN_REMOVAL_NOTE_DAYS = 30;
/** Ten years: past that, the notes outlive the records the service keeps at all. */
export const MAX_REMOVAL_NOTE_DAYS = 3650;

const DAY_MS = 24 * 60 * 60 * 1000;

export interface PruningFacts {
  now: string;
  /** The service's setting: removal notes younger than this many days always stay. */
  keepDays: number;
  lastBackupAt?: string;
  /** Present when this device syncs with the team's server: when it last finished a sync, if ever. */
  sync?: { lastSyncedAt?: string };
}

function earliest(instants: string[]): string {
  return instants.reduce((a, b) => (Date.parse(b) < Date.parse(a) ? b : a));
}

/**
 * Removal notes made before this instant can go; undefined when none can (never backed up, or a
 * syncing device never synced). Every date must be a valid instant, or nothing goes.
 */
export function pruneBefore(facts: PruningFacts): string | undefined {
  const { now, keepDays, lastBackupAt, sync } = facts;
  if (!lastBackupAt || !Number.isInteger(keepDays) || keepDays < 1) return undefined;
  const bounds = [new Date(Date.parse(now) - keepDays * DAY_MS).toISOString(), lastBackupAt];
  if (sync) {
    if (!sync.lastSyncedAt) return undefined;
    bounds.push(sync.lastSyncedAt);
  }
  if (bounds.some((b) => !Number.isFinite(Date.parse(b)))) return undefined;
  return new Date(Date.parse(earliest(bounds))).toISOString();
}

/**
 * The pruning horizon after notes removed at `dropped` went: the latest removal whose note is gone.
 * It only ever moves later.
 */
export function horizonAfter(previous: string | undefined, dropped: readonly string[]): string | undefined {
  const all = previous ? [previous, ...dropped] : [...dropped];
  return all.length ? all.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a)) : undefined;
}

/**
 * What a restore or merge says of a backup made before the horizon: records removed on this device
 * since it was made may come back, as this device no longer keeps the note that would stop them.
 */
export function olderThanPruning(backupCreatedAt: string, horizon: string | undefined): string | undefined {
  if (!horizon || !(Date.parse(backupCreatedAt) < Date.parse(horizon))) return undefined;
  return (
    `This backup is older than ${formatDate(horizon.slice(0, 10))}, and this device no longer keeps its record of removals made before then. ` +
    'Records removed since the backup was made may reappear: check for them afterwards and remove them again.'
  );
}

/** The service's setting as typed in Settings: whole days, from a month to ten years. */
export function checkRemovalNoteDays(typed: string): FieldCheck<number> {
  const text = typed.trim().replace(/,/g, '');
  if (text === '') return { ok: false, message: 'Enter the number of days to keep removal notes' };
  if (!/^\d+$/.test(text)) return { ok: false, message: 'The number of days must be a whole number, like 400' };
  const days = Number(text);
  if (days < MIN_REMOVAL_NOTE_DAYS || days > MAX_REMOVAL_NOTE_DAYS) {
    return { ok: false, message: `The number of days must be between ${MIN_REMOVAL_NOTE_DAYS} and ${MAX_REMOVAL_NOTE_DAYS.toLocaleString('en-GB')}` };
  }
  return { ok: true, value: days };
}
