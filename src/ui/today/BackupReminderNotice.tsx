import { backupStatus } from '../../data/backup/status';
import { BackupReminder } from '../components/BackupReminder';
import { useLiveQuery } from '../components/use-live-query';

/** Today's reminder to back up, shown only when one is due. */
export function BackupReminderNotice() {
  const reminder = useLiveQuery(() => backupStatus(), [], { afterPaint: true }).data?.reminder;
  return reminder ? <BackupReminder reminder={reminder} /> : null;
}
