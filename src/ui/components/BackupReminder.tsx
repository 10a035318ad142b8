import type { BackupReminder as Reminder } from '../../domain/backup/reminder';

export function formatInstant(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' });
}

function daysText(days: number): string {
  return `${days} day${days === 1 ? '' : 's'}`;
}

/**
 * The reminder that this device's records exist nowhere else: "never backed up", or how long ago
 * the last backup was. `link` is left out on the page the link would lead to.
 */
export function BackupReminder({ reminder, link = true }: { reminder: Reminder; link?: boolean }) {
  return (
    <div class="backup-reminder" role="region" aria-label="Backup reminder">
      <p class="warning-text">
        {reminder.kind === 'never'
          ? 'This device has never been backed up. If the browser’s data is cleared or the device is lost, every record on it is lost.'
          : `The last backup of this device was ${daysText(reminder.days)} ago (${formatInstant(reminder.lastBackupAt)}). Anything recorded since then exists only on this device.`}
      </p>
      {link && (
        <p>
          <a href="/settings#backup">Back up now in Settings</a>
        </p>
      )}
    </div>
  );
}
