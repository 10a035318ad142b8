/**
 * Saves of the lock, backup and removal-note settings, each form's values in one transaction, refused when a
 * value changed since the form opened (another tab). Apart from `settingsRepo`, which the first
 * screen loads, as only Settings saves them.
 */
import { DEFAULT_BACKUP_REMINDER_DAYS } from '../../domain/backup/reminder';
import { DEFAULT_REMOVAL_NOTE_DAYS } from '../../domain/backup/pruning';
import { REMOVAL_NOTE_DAYS } from '../backup/pruning';
import { DEFAULT_IDLE_MINUTES } from '../../domain/lock-rules';
import { WIPE_AFTER_SETTING } from '../crypto/session';
import { db } from '../db';
import { asPerson } from '../revisions';
import { refuseIfStale } from '../stale';
import { change, IDLE_LOCK_SETTING, settingsRepo, type SettingKey } from './settings';

/** The revision of each setting the form opened on ('' for a default never saved); none skips the check. */
export type BaseRevisions = Partial<Record<SettingKey, string>>;

/** Refuses the save when `key` was saved since `base`, naming it in the message as `what`. */
async function refuseIfChanged(key: SettingKey, base: BaseRevisions | undefined, what: string): Promise<void> {
  const baseRev = base?.[key];
  if (baseRev === undefined) return;
  const row = await db().settings.get(key);
  if (row) refuseIfStale(row, baseRev, ['value'], what);
}

export const deviceSettingsRepo = {
  /** Minutes without use before the device locks, and wrong passcodes in a row that wipe it (0 is never). */
  async saveLock(values: { idleMinutes: number; wipeAfter: number }, by: string, base?: BaseRevisions): Promise<void> {
    const { idleMinutes, wipeAfter } = values;
    const d = db();
    await asPerson(by, [d.settings, d.events], async () => {
      await refuseIfChanged(IDLE_LOCK_SETTING, base, 'the minutes before the device locks');
      await refuseIfChanged(WIPE_AFTER_SETTING, base, 'when wrong passcodes wipe the device');
      await change(IDLE_LOCK_SETTING, idleMinutes, DEFAULT_IDLE_MINUTES, by, `Device locks after ${idleMinutes} minute${idleMinutes === 1 ? '' : 's'} without use`);
      await change(
        WIPE_AFTER_SETTING,
        wipeAfter,
        0,
        by,
        wipeAfter > 0 ? `Device wiped after ${wipeAfter} wrong passcodes in a row` : 'Device never wiped after wrong passcodes',
      );
    });
  },

  /** This device's name (written into its backups) and the days after a backup before a reminder. */
  async saveBackup(values: { deviceName: string; reminderDays: number }, by: string, base?: BaseRevisions): Promise<void> {
    const { deviceName, reminderDays } = values;
    const d = db();
    await asPerson(by, [d.settings, d.events], async () => {
      await refuseIfChanged('deviceName', base, 'this device’s name');
      await refuseIfChanged('backupReminderDays', base, 'the days before a backup reminder');
      await settingsRepo.saveDeviceName(deviceName, by);
      await change(
        'backupReminderDays',
        reminderDays,
        DEFAULT_BACKUP_REMINDER_DAYS,
        by,
        `Backup reminder set to ${reminderDays} day${reminderDays === 1 ? '' : 's'}`,
      );
    });
  },

  /** The service's days a removal note is kept at least (see domain/backup/pruning.ts). */
  async removalNoteDays(): Promise<number> {
    const value = (await db().settings.get(REMOVAL_NOTE_DAYS))?.value;
    return typeof value === 'number' ? value : DEFAULT_REMOVAL_NOTE_DAYS;
  },

  async saveRemovalNoteDays(days: number, by: string, base?: BaseRevisions): Promise<void> {
    const d = db();
    await asPerson(by, [d.settings, d.events], async () => {
      await refuseIfChanged(REMOVAL_NOTE_DAYS, base, 'the days removal notes are kept');
      await change(REMOVAL_NOTE_DAYS, days, DEFAULT_REMOVAL_NOTE_DAYS, by, `Removal notes kept for ${days} days`);
    });
  },
};
