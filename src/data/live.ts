import Dexie, { liveQuery } from 'dexie';
import { db } from './db';

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

/**
 * Calls `listener` after each committed write to any of `tables` in the app's database, in this tab
 * or another; returns the function that stops it.
 */
export function onTablesWritten(tables: ReadonlySet<string>, listener: () => void): () => void {
  const handler = (parts: Record<string, unknown>) => {
    const prefix = `idb://${db().name}/`;
    if (Object.keys(parts).some((part) => part.startsWith(prefix) && tables.has(part.slice(prefix.length).split('/')[0]!))) listener();
  };
  Dexie.on('storagemutated', handler);
  return () => Dexie.on('storagemutated').unsubscribe(handler);
}
