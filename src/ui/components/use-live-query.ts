import { useLayoutEffect, useState } from 'preact/hooks';
import { watchQuery } from '../../data/live';

export interface LiveResult<T> {
  /**
   * The latest answer. While a changed query runs, the previous answer stays, so a list does not
   * flash empty between keystrokes or when "Show more" is pressed.
   */
  data: T | undefined;
  error: unknown;
}

/**
 * A database query kept up to date while the component is on screen; re-run when `deps` change.
 * Asked for as the component is drawn, not after the frame that paints it, so the read does not
 * wait a frame (more when the page is busy) before it starts.
 */
export function useLiveQuery<T>(querier: () => Promise<T>, deps: unknown[]): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ data: undefined, error: undefined });
  useLayoutEffect(
    () =>
      watchQuery(querier, {
        next: (data) => setResult({ data, error: undefined }),
        error: (error) => setResult((r) => ({ data: r.data, error })),
      }),
    deps,
  );
  return result;
}
