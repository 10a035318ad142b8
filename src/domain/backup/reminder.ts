/** When to remind the team to back up, and the settings that control it. */

export const DEFAULT_BACKUP_REMINDER_DAYS = 7;
export const MAX_BACKUP_REMINDER_DAYS = 365;
export const MAX_DEVICE_NAME = 60;

const DAY_MS = 24 * 60 * 60 * 1000;

export type BackupReminder = { kind: 'never' } | { kind: 'overdue'; days: number; lastBackupAt: string };

/**
 * A reminder when the last backup is older than the service's setting, or "never backed up" once
 * the device holds real (not demo) households. Undefined when there is nothing to say.
 */
export function backupReminder(input: { lastBackupAt?: string; reminderDays: number; hasRealData: boolean; now: string }): BackupReminder | undefined {
  const { lastBackupAt, reminderDays, hasRealData, now } = input;
  if (!lastBackupAt) return hasRealData ? { kind: 'never' } : undefined;
  const elapsed = Date.parse(now) - Date.parse(lastBackupAt);
  if (!Number.isFinite(elapsed)) return hasRealData ? { kind: 'never' } : undefined;
  return elapsed > reminderDays * DAY_MS ? { kind: 'overdue', days: Math.floor(elapsed / DAY_MS), lastBackupAt } : undefined;
}

export type FieldCheck<T> = { ok: true; value: T } | { ok: false; message: string };

export function checkReminderDays(typed: string): FieldCheck<number> {
  const text = typed.trim();
  if (text === '') return { ok: false, message: 'Enter the number of days between backups' };
  if (!/^\d+$/.test(text)) return { ok: false, message: 'The number of days must be a whole number, like 7' };
  const days = Number(text);
  if (days < 1 || days > MAX_BACKUP_REMINDER_DAYS) return { ok: false, message: `The number of days must be between 1 and ${MAX_BACKUP_REMINDER_DAYS}` };
  return { ok: true, value: days };
}

export function checkDeviceName(typed: string): FieldCheck<string> {
  const name = typed.trim().replace(/\s+/g, ' ');
  if (name === '') return { ok: false, message: 'Enter a name for this device, like “Recruitment tablet 2”' };
  if (name.length > MAX_DEVICE_NAME) return { ok: false, message: `The device name must be ${MAX_DEVICE_NAME} characters or fewer` };
  return { ok: true, value: name };
}

/** A passphrase is optional; when given it must be long enough to resist guessing, and typed twice alike. */
export const MIN_PASSPHRASE = 10;

export function checkNewPassphrase(passphrase: string, confirmation: string): { passphrase?: string; confirmation?: string } {
  if (passphrase === '') return confirmation === '' ? {} : { passphrase: 'Enter the passphrase, or clear the confirmation to back up without one' };
  if (passphrase.length < MIN_PASSPHRASE) return { passphrase: `The passphrase must be ${MIN_PASSPHRASE} characters or more` };
  if (confirmation !== passphrase) return { confirmation: 'The two passphrases do not match' };
  return {};
}
