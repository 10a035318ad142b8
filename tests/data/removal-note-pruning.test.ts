import { describe, expect, it } from 'vitest';
import { createBackup, pruneRemovalNotes, pruningWarning } from '../../src/data/backup';
import { db, type DeletionRow } from '../../src/data/db';
import { asPerson } from '../../src/data/revisions';

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();

function note(recordId: string, deletedAt: string): DeletionRow {
  return { table: 'households', recordId, householdId: recordId, rev: `3-${recordId}`, deletedAt, deletedBy: 'Ali Colleague' };
}

async function given(notes: DeletionRow[], settings: Record<string, unknown> = {}) {
  await asPerson('Sam Example', [db().deletions, db().settings], async () => {
    await db().deletions.bulkPut(notes);
    for (const [key, value] of Object.entries(settings)) await db().settings.put({ key, value });
  });
}

const kept = async () => (await db().deletions.toArray()).map((n) => n.recordId).sort();

describe('removal notes that can no longer matter', () => {
  it('go when a backup is made: those older than 400 days, and no others', async () => {
    await given([note('h-old', daysAgo(500)), note('h-older', daysAgo(900)), note('h-recent', daysAgo(30))]);

    await createBackup({ by: 'Sam Example', appVersion: 'test' });

    expect(await kept()).toEqual(['h-recent']);
    // A backup made before the newest removal whose note went may bring that household back.
    expect(await pruningWarning(daysAgo(600))).toMatch(/^This backup is older than .*Records removed since the backup was made may reappear/);
    expect(await pruningWarning(daysAgo(499))).toBeUndefined();
  });

  it('all stay on a device never backed up, and on one that syncs but never finished a sync', async () => {
    await given([note('h-old', daysAgo(500))]);
    expect(await pruneRemovalNotes('Sam Example')).toBe(0);

    await given([], { lastBackupAt: daysAgo(1), syncSettings: { on: true, address: 'https://couch.example.org', database: 'fostering' } });
    expect(await pruneRemovalNotes('Sam Example')).toBe(0);
    expect(await kept()).toEqual(['h-old']);
    expect(await pruningWarning(daysAgo(2000))).toBeUndefined();
  });

  it('follow the service’s setting, and stay while made after the last backup', async () => {
    await given([note('h-60', daysAgo(60)), note('h-20', daysAgo(20)), note('h-5', daysAgo(5))], { removalNoteDays: 10, lastBackupAt: daysAgo(30) });

    expect(await pruneRemovalNotes('Sam Example')).toBe(1);

    expect(await kept()).toEqual(['h-20', 'h-5']);
  });
});
