import { backupReminder, type BackupReminder } from '../../domain/backup/reminder';
import { db, nowInstant } from '../db';
import { settingsRepo } from '../repositories/settings';

export interface BackupStatus {
  lastBackupAt?: string;
  reminderDays: number;
  reminder?: BackupReminder;
}

/** When this device was last backed up and whether the team should be reminded. Read live by Today and Settings. */
export async function backupStatus(now: string = nowInstant()): Promise<BackupStatus> {
  const [lastBackupAt, reminderDays, realHousehold] = await Promise.all([
    settingsRepo.lastBackupAt(),
    settingsRepo.backupReminderDays(),
    // One key, not a count: counting walks every real household, and Today's lists waited behind it.
    db().households.where('isDemo').equals(0).limit(1).primaryKeys(),
  ]);
  return { lastBackupAt, reminderDays, reminder: backupReminder({ lastBackupAt, reminderDays, hasRealData: realHousehold.length > 0, now }) };
}
