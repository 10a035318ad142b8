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
