import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

export interface LiveResult<T> {
  /** The latest result; kept while a new query runs so the page does not flash empty between keystrokes. */
  data: T | undefined;
  error: unknown;
}

/** Subscribes to a Dexie live query while the component is on screen, re-running it when `deps` change. */
export function useLiveQuery<T>(querier: () => Promise<T>, deps: unknown[]): LiveResult<T> {
  const [result, setResult] = useState<LiveResult<T>>({ data: undefined, error: undefined });
  useEffect(() => {
    const sub = liveQuery(querier).subscribe({
      next: (data) => setResult({ data, error: undefined }),
      error: (error) => setResult((r) => ({ data: r.data, error })),
    });
    return () => sub.unsubscribe();
  }, deps);
  return result;
}
