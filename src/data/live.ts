import { signal, type ReadonlySignal } from '@preact/signals';
import { liveQuery } from 'dexie';

export interface LiveSignal<T> {
  value: ReadonlySignal<T>;
  error: ReadonlySignal<unknown>;
}

/**
 * A signal fed by a Dexie live query, subscribed only while something on screen reads it.
 * Dexie has no signals adapter; this is the whole bridge.
 */
export function liveSignal<T>(querier: () => Promise<T> | T, initial: T): LiveSignal<T> {
  let sub: { unsubscribe(): void } | undefined;
  const error = signal<unknown>(undefined);
  const value = signal<T>(initial, {
    watched() {
      sub = liveQuery(querier).subscribe({
        next: (v) => {
          value.value = v;
          error.value = undefined;
        },
        error: (e) => {
          error.value = e;
        },
      });
    },
    unwatched() {
      sub?.unsubscribe();
      sub = undefined;
    },
  });
  return { value, error };
}
