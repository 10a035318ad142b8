import { backupStatus } from '../../data/backup';
import { BackupReminder, formatInstant } from '../components/BackupReminder';
import { useLiveQuery } from '../components/use-live-query';
import { BackupForm } from './BackupForm';
import { BackupSettingsForm } from './BackupSettingsForm';
import { RemovalNotesForm } from './RemovalNotesForm';
import { RestoreForm } from './RestoreForm';
import type { ReportErrors } from './section-errors';

/** Backups of the whole service's records on this device, restoring one, the reminder's setting and how long removal notes are kept. */
export function BackupSection({ report }: { report: ReportErrors }) {
  const status = useLiveQuery(() => backupStatus(), []).data;
  return (
    <section class="settings-section" id="backup" aria-labelledby="backup-heading">
      <h2 id="backup-heading">Backups</h2>
      {status === undefined ? (
        <p class="loading">Checking when this device was last backed up…</p>
      ) : (
        <>
          <p>{status.lastBackupAt ? `Last backup from this device: ${formatInstant(status.lastBackupAt)}.` : 'This device has not been backed up yet.'}</p>
          {status.reminder && <BackupReminder reminder={status.reminder} link={false} />}
        </>
      )}
      <BackupForm report={report} />
      <RestoreForm report={report} />
      <BackupSettingsForm report={report} />
      <RemovalNotesForm report={report} />
    </section>
  );
}
