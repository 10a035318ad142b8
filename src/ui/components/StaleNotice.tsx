import { useEffect, useRef } from 'preact/hooks';
import type { StaleWriteError } from '../../data/stale';

/**
 * A save refused because the record changed since the form opened: who changed what and when, in
 * the error summary's place at the top of the form, focused like it. What was typed stays in the
 * form; the button takes the record as it is now as the form's base, so the next save goes through.
 */
export function StaleNotice({ stale, onUseLatest, id }: { stale: StaleWriteError; onUseLatest: () => void; id: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [stale]);
  return (
    <div class="error-summary" ref={ref} tabIndex={-1} role="alert" aria-labelledby={`${id}-title`}>
      <h2 class="error-summary__title" id={`${id}-title`}>
        This record has changed
      </h2>
      <p>{stale.userMessage}</p>
      <p>What you typed is still here. Check it against the record as it is now, then save again.</p>
      <button type="button" class="button button--secondary" onClick={onUseLatest}>
        Use the latest and keep my changes
      </button>
    </div>
  );
}
