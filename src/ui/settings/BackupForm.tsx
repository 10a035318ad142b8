import { useState } from 'preact/hooks';
import type { BackupProgress as Progress } from '../../domain/backup/format';
import { checkNewPassphrase, MIN_PASSPHRASE } from '../../domain/backup/reminder';
import { createBackup } from '../../data/backup';
import { byName } from '../current-user';
import { downloadBlob } from '../components/download';
import { TextField } from '../components/fields';
import { SuccessBanner } from '../components/SuccessBanner';
import { BackupProgress, shownEvery } from './BackupProgress';
import type { ReportErrors } from './section-errors';

/** Set by the build (vite.config.ts). */
declare const __APP_VERSION__: string;

type Outcome = { kind: 'saved'; fileName: string; households: number; records: number; encrypted: boolean; at: number } | { kind: 'failed' };

const FIELDS = { passphrase: 'backup-passphrase', confirmation: 'backup-passphrase-confirm' } as const;

/**
 * Writes every record on this device to one file in the downloads. The passphrase is never kept:
 * not in a draft, not in the file, not after the backup is made.
 */
export function BackupForm({ report }: { report: ReportErrors }) {
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<{ passphrase?: string; confirmation?: string }>({});
  const [progress, setProgress] = useState<Progress | undefined>();
  const [outcome, setOutcome] = useState<Outcome | undefined>();

  const submit = async (e: Event) => {
    e.preventDefault();
    if (progress) return;
    const found = checkNewPassphrase(passphrase, confirmation);
    setErrors(found);
    report(
      'backup',
      (['passphrase', 'confirmation'] as const).flatMap((f) => (found[f] ? [{ field: FIELDS[f], message: found[f] }] : [])),
    );
    if (found.passphrase || found.confirmation) return;
    setOutcome(undefined);
    setProgress({ step: 'Starting the backup', done: 0, total: 1 });
    try {
      const file = await createBackup({ passphrase: passphrase || undefined, by: byName(), appVersion: __APP_VERSION__, onProgress: shownEvery(setProgress) });
      downloadBlob(file.fileName, file.blob);
      const counts = file.header.counts;
      setOutcome({
        kind: 'saved',
        fileName: file.fileName,
        households: counts.households ?? 0,
        records: Object.values(counts).reduce((a, b) => a + b, 0),
        encrypted: passphrase !== '',
        at: Date.now(),
      });
      setPassphrase('');
      setConfirmation('');
    } catch {
      setOutcome({ kind: 'failed' });
    } finally {
      setProgress(undefined);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate class="two-thirds" aria-labelledby="backup-make-heading">
      <h3 id="backup-make-heading">Back up this device</h3>
      {outcome?.kind === 'saved' && (
        <SuccessBanner key={outcome.at} focus>
          Backup saved to your downloads as {outcome.fileName}: {outcome.households.toLocaleString('en-GB')} {outcome.households === 1 ? 'household' : 'households'} and{' '}
          {outcome.records.toLocaleString('en-GB')} records in all{outcome.encrypted ? ', protected by your passphrase' : ''}.
        </SuccessBanner>
      )}
      {outcome?.kind === 'failed' && (
        <p class="error-message" role="alert">
          The backup could not be made: the device could not read its records or save the file. Nothing was changed. Try again.
        </p>
      )}
      <p>
        The backup is one file with every household, check, note and setting on this device. Move it off the device (to the
        service’s secure drive, for example) so that it survives if the device is lost.
      </p>
      <TextField
        id={FIELDS.passphrase}
        label="Passphrase (optional)"
        hint={`Encrypts the file so only someone who knows the passphrase can restore it. At least ${MIN_PASSPHRASE} characters, for example three unrelated words. Without it the backup cannot be restored: no one can recover it.`}
        type="password"
        autocomplete="new-password"
        spellcheck={false}
        value={passphrase}
        onInput={setPassphrase}
        error={errors.passphrase}
      />
      <TextField
        id={FIELDS.confirmation}
        label="Passphrase again"
        type="password"
        autocomplete="new-password"
        spellcheck={false}
        value={confirmation}
        onInput={setConfirmation}
        error={errors.confirmation}
      />
      {progress && <BackupProgress id="backup-progress" progress={progress} />}
      <button type="submit" class="button" aria-disabled={progress !== undefined}>
        {progress ? 'Backing up…' : 'Back up now'}
      </button>
    </form>
  );
}
