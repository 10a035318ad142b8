import type { BackupProgress as Progress } from '../../domain/backup/format';

/** How far a backup or restore has got: the step in words, and records done of the total. */
export function BackupProgress({ id, progress }: { id: string; progress: Progress }) {
  const { step, done, total } = progress;
  return (
    <div class="backup-progress">
      <p id={`${id}-step`} aria-live="polite">
        {step}…
      </p>
      <progress id={id} max={Math.max(total, 1)} value={Math.min(done, total)} aria-labelledby={`${id}-step`} />
      {total > 1 && (
        <p class="muted">
          {done.toLocaleString('en-GB')} of {total.toLocaleString('en-GB')} records
        </p>
      )}
    </div>
  );
}
