import { liveQuery } from 'dexie';

/**
 * Runs `querier` now and again after every committed write that could change its answer, in this
 * tab or another. The only door to Dexie's live queries, so the UI never imports Dexie.
 * Returns the function that stops watching.
 */
export function watchQuery<T>(
  querier: () => Promise<T> | T,
  observer: { next: (value: T) => void; error: (error: unknown) => void },
): () => void {
  const subscription = liveQuery(querier).subscribe(observer);
  return () => subscription.unsubscribe();
}

/**
 * Runs `write` on a task of its own: a live query may not write, and a promise callback would still
 * run in its zone. For reads that keep what they worked out for next time.
 */
export function outsideLiveQuery<T>(write: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => setTimeout(() => write().then(resolve, reject), 0));
}
