import type { BackupProgress as Progress, OnProgress } from '../../domain/backup/format';

/**
 * Readings are shown at most this often. Each showing lays the page out again: at 2,000 households
 * a backup's eighteen readings took 350 ms of the page's time, time the database's reads then waited for.
 */
const SHOW_EVERY_MS = 250;

/** Passes readings on to `show` no more often than every quarter second, but a new step and the last reading at once. */
export function shownEvery(show: OnProgress, now = () => performance.now()): OnProgress {
  let shownAt = -Infinity;
  let step: string | undefined;
  return (progress) => {
    const at = now();
    if (progress.step === step && progress.done < progress.total && at - shownAt < SHOW_EVERY_MS) return;
    step = progress.step;
    shownAt = at;
    show(progress);
  };
}

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
