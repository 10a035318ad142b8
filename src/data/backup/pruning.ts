/**
 * Removal notes are kept until they can no longer matter (domain/backup/pruning.ts), so the
 * deletions table does not grow for ever. Pruned after each backup: only then can a note go.
 */
import { pruneBefore, DEFAULT_REMOVAL_NOTE_DAYS, horizonAfter, olderThanPruning } from '../../domain/backup/pruning';
import { db, nowInstant } from '../db';
import { asPerson } from '../revisions';
import { SYNC_STATE } from '../sync/state';

/** The service's setting: days a removal note is kept at least. */
export const REMOVAL_NOTE_DAYS = 'removalNoteDays';

/**
 * The latest removal whose note this device no longer keeps. Backed up and restored with the
 * notes themselves, and never merged: it describes this device's own table of notes.
 */
export const PRUNED_THROUGH = 'removalNotesPrunedThrough';

async function setting(key: string): Promise<unknown> {
  return (await db().settings.get(key))?.value;
}

export async function pruningHorizon(): Promise<string | undefined> {
  const value = await setting(PRUNED_THROUGH);
  return typeof value === 'string' ? value : undefined;
}

/** What a restore or merge of a backup made at `createdAt` warns of, if anything. */
export async function pruningWarning(createdAt: string): Promise<string | undefined> {
  return olderThanPruning(createdAt, await pruningHorizon());
}

/** Whether this device syncs with the team's server, and when it last finished, from its own settings rows. */
async function syncFacts(): Promise<{ lastSyncedAt?: string } | undefined> {
  const settings = (await setting('syncSettings')) as { on?: unknown } | undefined;
  const state = (await setting(SYNC_STATE)) as { lastSyncedAt?: unknown } | undefined;
  if (settings?.on !== true && !state) return undefined;
  return { lastSyncedAt: typeof state?.lastSyncedAt === 'string' ? state.lastSyncedAt : undefined };
}

/** Drops the removal notes that can no longer matter, in one transaction; answers how many went. */
export async function pruneRemovalNotes(by: string, now: string = nowInstant()): Promise<number> {
  const d = db();
  return asPerson(by, [d.deletions, d.settings], async () => {
    const days = await setting(REMOVAL_NOTE_DAYS);
    const lastBackupAt = await setting('lastBackupAt');
    const before = pruneBefore({
      now,
      keepDays: typeof days === 'number' ? days : DEFAULT_REMOVAL_NOTE_DAYS,
      lastBackupAt: typeof lastBackupAt === 'string' ? lastBackupAt : undefined,
      sync: await syncFacts(),
    });
    if (!before) return 0;
    // A fresh collection each time: Dexie's `last` turns the collection it is called on around.
    const going = () => d.deletions.where('deletedAt').below(before);
    const latest = (await going().last())?.deletedAt;
    if (!latest) return 0;
    const dropped = await going().delete();
    const horizon = horizonAfter(await pruningHorizon(), [latest]);
    if (horizon) await d.settings.put({ key: PRUNED_THROUGH, value: horizon });
    return dropped;
  });
}
