import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { watchQuery } from '../../data/live';

export interface LiveResult<T> {
  /**
   * The latest answer. While a changed query runs, the previous answer stays, so a list does not
   * flash empty between keystrokes or when "Show more" is pressed.
   */
  data: T | undefined;
  error: unknown;
}

export interface LiveQueryOptions {
  /**
   * For a read beside the page's own (a notice, a filter's choices): it is asked for after the frame
   * that paints the page. Dexie starts each live query on a timer, in the order they were asked for,
   * and a notice inside a page is drawn, and asks, first: its read would go ahead of the page's own.
   */
  afterPaint?: boolean;
}

/**
 * A database query kept up to date while the component is on screen; re-run when `deps` change.
 * Asked for as the component is drawn, not after the frame that paints it: Dexie starts it on a
 * timer of its own, and asked for later it would wait a frame more (more when the page is busy).
 */
export function useLiveQuery<T>(querier: () => Promise<T>, deps: unknown[], options: LiveQueryOptions = {}): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ data: undefined, error: undefined });
  // The same hook on every render of a component: a call site never changes its option.
  const useStart = options.afterPaint ? useEffect : useLayoutEffect;
  useStart(
    () =>
      watchQuery(querier, {
        next: (data) => setResult({ data, error: undefined }),
        error: (error) => setResult((r) => ({ data: r.data, error })),
      }),
    deps,
  );
  return result;
}
