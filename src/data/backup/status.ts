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
  const [lastBackupAt, reminderDays, realHouseholds] = await Promise.all([
    settingsRepo.lastBackupAt(),
    settingsRepo.backupReminderDays(),
    db().households.where('isDemo').equals(0).count(),
  ]);
  return { lastBackupAt, reminderDays, reminder: backupReminder({ lastBackupAt, reminderDays, hasRealData: realHouseholds > 0, now }) };
}
