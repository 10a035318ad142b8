import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRemovalNoteDays, horizonAfter, olderThanPruning, pruneBefore } from '../../src/domain/backup/pruning';

const NOW = '2026-12-01T12:00:00.000Z';
const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.parse(NOW) - days * DAY).toISOString();

describe('when removal notes can go', () => {
  it('keeps every note on a device never backed up', () => {
    expect(pruneBefore({ now: NOW, keepDays: 400 })).toBeUndefined();
  });

  it('lets a note go only once it is older than the setting and a backup was made after it', () => {
    expect(pruneBefore({ now: NOW, keepDays: 400, lastBackupAt: daysAgo(1) })).toBe(daysAgo(400));
    // The last backup is older than the setting's limit: notes made since that backup stay.
    expect(pruneBefore({ now: NOW, keepDays: 400, lastBackupAt: daysAgo(500) })).toBe(daysAgo(500));
  });

  it('keeps every note on a syncing device that never finished a sync, and the ones not yet synced', () => {
    expect(pruneBefore({ now: NOW, keepDays: 400, lastBackupAt: daysAgo(1), sync: {} })).toBeUndefined();
    expect(pruneBefore({ now: NOW, keepDays: 400, lastBackupAt: daysAgo(1), sync: { lastSyncedAt: daysAgo(450) } })).toBe(daysAgo(450));
  });

  it('never lets a note go that is younger than the setting, made after the last backup or after the last sync', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2000 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.option(fc.option(fc.integer({ min: 0, max: 3000 }), { nil: undefined }), { nil: null }),
        (keepDays, backupDaysAgo, synced) => {
          const sync = synced === null ? undefined : { lastSyncedAt: synced === undefined ? undefined : daysAgo(synced) };
          const before = pruneBefore({ now: NOW, keepDays, lastBackupAt: daysAgo(backupDaysAgo), sync });
          if (sync && !sync.lastSyncedAt) {
            expect(before).toBeUndefined();
            return;
          }
          expect(before).toBeDefined();
          const at = Date.parse(before!);
          expect(at).toBeLessThanOrEqual(Date.parse(daysAgo(keepDays)));
          expect(at).toBeLessThanOrEqual(Date.parse(daysAgo(backupDaysAgo)));
          if (sync?.lastSyncedAt) expect(at).toBeLessThanOrEqual(Date.parse(sync.lastSyncedAt));
        },
      ),
    );
  });

  it('lets nothing go when the setting is not a whole number of days or a date is not one', () => {
    expect(pruneBefore({ now: NOW, keepDays: 0, lastBackupAt: daysAgo(1) })).toBeUndefined();
    expect(pruneBefore({ now: NOW, keepDays: Number.NaN, lastBackupAt: daysAgo(1) })).toBeUndefined();
    expect(pruneBefore({ now: NOW, keepDays: 400, lastBackupAt: 'yesterday' })).toBeUndefined();
  });
});

describe('the pruning horizon', () => {
  it('is the latest removal whose note went, and never moves earlier', () => {
    fc.assert(
      fc.property(fc.option(fc.integer({ min: 0, max: 3000 }), { nil: undefined }), fc.array(fc.integer({ min: 0, max: 3000 })), (previous, dropped) => {
        const was = previous === undefined ? undefined : daysAgo(previous);
        const horizon = horizonAfter(was, dropped.map(daysAgo));
        const all = [...(previous === undefined ? [] : [previous]), ...dropped];
        expect(horizon).toBe(all.length === 0 ? undefined : daysAgo(Math.min(...all)));
      }),
    );
  });

  it('warns plainly of a backup made before it, and says nothing of a later one', () => {
    const horizon = '2025-03-12T09:30:00.000Z';
    expect(olderThanPruning('2025-01-05T10:00:00.000Z', horizon)).toBe(
      'This backup is older than 12 March 2025, and this device no longer keeps its record of removals made before then. ' +
        'Records removed since the backup was made may reappear: check for them afterwards and remove them again.',
    );
    expect(olderThanPruning('2025-03-12T09:30:00.000Z', horizon)).toBeUndefined();
    expect(olderThanPruning('2026-01-05T10:00:00.000Z', horizon)).toBeUndefined();
    expect(olderThanPruning('2025-01-05T10:00:00.000Z', undefined)).toBeUndefined();
  });
});

describe('the removal-note days as typed in Settings', () => {
  it('takes whole days from a month to ten years, and says what is wrong with anything else', () => {
    expect(checkRemovalNoteDays(' 400 ')).toEqual({ ok: true, value: 400 });
    expect(checkRemovalNoteDays('3,650')).toEqual({ ok: true, value: 3650 });
    expect(checkRemovalNoteDays('30')).toEqual({ ok: true, value: 30 });
    expect(checkRemovalNoteDays('')).toEqual({ ok: false, message: 'Enter the number of days to keep removal notes' });
    for (const typed of ['29', '3651', '0']) expect(checkRemovalNoteDays(typed)).toEqual({ ok: false, message: 'The number of days must be between 30 and 3,650' });
    for (const typed of ['90.5', '-40', 'a year', '1e3']) expect(checkRemovalNoteDays(typed)).toEqual({ ok: false, message: 'The number of days must be a whole number, like 400' });
  });
});
