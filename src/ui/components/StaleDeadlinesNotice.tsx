import { useState } from 'preact/hooks';
import { settingsRepo } from '../../data/repositories/settings';
import { writeErrorMessage } from '../../data/write-errors';
import { useAnswered } from './use-answered';
import { useLiveQuery } from './use-live-query';

/**
 * Said wherever stored due dates are listed, while a change of local targets has not yet reached
 * every open household: the dates shown are not presented as current. It clears itself once the
 * redating (retried at start-up, or now from here) has finished. `onAnswered` once it is known
 * whether they are (null: they are not): a page that waits for it asks at once, as its small read
 * then holds the page's own back least; otherwise it asks after the page's own read.
 */
export function StaleDeadlinesNotice({ onAnswered }: { onAnswered?: () => void }) {
  const stale = useLiveQuery(() => settingsRepo.deadlinesStaleSince().then((since) => since ?? null), [], { afterPaint: !onAnswered });
  useAnswered(stale.data !== undefined || stale.error !== undefined, onAnswered);
  const since = stale.data;
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'working' } | { kind: 'failed'; message: string }>({ kind: 'idle' });
  if (!since) return null;
  const redate = async () => {
    if (state.kind === 'working') return;
    setState({ kind: 'working' });
    try {
      // Loaded on the press: the redating code brings the household repository, which Today's and the
      // board's first paint would otherwise wait for.
      const { refreshOpenDeadlines } = await import('../../data/repositories/deadlines');
      await refreshOpenDeadlines();
      setState({ kind: 'idle' });
    } catch (error) {
      setState({ kind: 'failed', message: writeErrorMessage(error, 'The due dates') });
    }
  };
  return (
    <div class="backup-reminder" role="region" aria-label="Due dates out of date">
      <p class="warning-text">
        The local targets changed and some open households’ due dates have not been worked out again yet. Until they are, the due dates
        and “at risk” shown here may be out of date.
      </p>
      {state.kind === 'failed' && (
        <p class="error-message" role="alert">
          {state.message}
        </p>
      )}
      <button type="button" class="button button--secondary" aria-disabled={state.kind === 'working'} onClick={() => void redate()}>
        {state.kind === 'working' ? 'Working out due dates…' : 'Work out the due dates now'}
      </button>
    </div>
  );
}
