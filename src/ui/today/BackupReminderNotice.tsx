import { backupStatus } from '../../data/backup/status';
import { BackupReminder } from '../components/BackupReminder';
import { useAnswered } from '../components/use-answered';
import { useLiveQuery } from '../components/use-live-query';

/**
 * Today's reminder to back up, shown only when one is due; `onAnswered` once it is known whether it
 * is. A page that waits for it asks at once; otherwise it asks after the page's own read.
 */
export function BackupReminderNotice({ onAnswered }: { onAnswered?: () => void }) {
  const status = useLiveQuery(() => backupStatus(), [], { afterPaint: !onAnswered });
  useAnswered(status.data !== undefined || status.error !== undefined, onAnswered);
  const reminder = status.data?.reminder;
  return reminder ? <BackupReminder reminder={reminder} /> : null;
}
