import { useLayoutEffect, useRef } from 'preact/hooks';
import { draftsRepo } from '../../data/repositories/drafts';

export interface DraftSaver<T> {
  /** Saves after a short pause in typing; `null` removes the draft (the form is blank again). */
  save(value: T | null): void;
  /** Forgets any pending save and removes the stored draft. */
  discard(): Promise<void>;
}

/**
 * Keeps a half-filled form in the drafts table: a moment after the last change, and at once when
 * the page is hidden or left, so a reload, a crash or a new app version never loses it.
 */
export function useDraftSaver<T>(key: string, delayMs = 500): DraftSaver<T> {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<{ value: T | null } | undefined>(undefined);

  const write = () => {
    clearTimeout(timer.current);
    const next = pending.current;
    pending.current = undefined;
    if (!next) return;
    const done = next.value === null ? draftsRepo.remove(key) : draftsRepo.put(key, next.value);
    // A draft that cannot be written (storage full) must not interrupt typing; saving the
    // enquiry itself reports failures.
    done.catch(() => undefined);
  };

  // A layout effect, because its clean-up runs as the page is left; a plain effect's runs later.
  useLayoutEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') write();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', write);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', write);
      write();
    };
  }, [key]);

  return {
    save(value) {
      pending.current = { value };
      clearTimeout(timer.current);
      timer.current = setTimeout(write, delayMs);
    },
    async discard() {
      clearTimeout(timer.current);
      pending.current = undefined;
      await draftsRepo.remove(key);
    },
  };
}
