import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { draftsRepo } from '../../data/repositories/drafts';
import { thisTab } from '../../data/tab';

export interface DraftSaver<T> {
  /** Saves after a short pause in typing; `null` removes the draft (the form is as it started). */
  save(value: T | null): void;
  /** Forgets any pending save and removes the stored draft. */
  discard(): Promise<void>;
  /** The last draft could not be stored anywhere: the form says so, as typing goes on. */
  unsaved: boolean;
}

/**
 * Keeps a half-filled form as this tab's draft: a moment after the last change, and at once
 * (synchronously, to localStorage) when the page is hidden or left, so a reload, a crash or a new
 * app version never loses it. `tab` is this tab's id, fixed as the form opens.
 */
export function useDraftSaver<T>(key: string, tab: string, delayMs = 500, base: () => unknown = () => undefined): DraftSaver<T> {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const pending = useRef<{ value: T | null } | undefined>(undefined);
  // Handed to IndexedDB but not yet written: what a page left now must still keep.
  const unwritten = useRef<{ value: T | null } | undefined>(undefined);
  const mounted = useRef(true);
  const [unsaved, setUnsaved] = useState(false);

  const write = () => {
    clearTimeout(timer.current);
    const next = pending.current;
    pending.current = undefined;
    if (!next) return;
    unwritten.current = next;
    const done = next.value === null ? draftsRepo.remove(key, tab) : draftsRepo.keep(key, next.value, tab, base());
    done.then(
      () => {
        if (unwritten.current === next) unwritten.current = undefined;
        if (mounted.current) setUnsaved(false);
      },
      // A leftover draft that cannot be removed is only a nuisance; one that cannot be kept is said.
      () => mounted.current && next.value !== null && setUnsaved(true),
    );
  };

  const keepNow = () => {
    clearTimeout(timer.current);
    const next = pending.current ?? unwritten.current;
    pending.current = undefined;
    if (next) draftsRepo.keepNow(key, next.value, tab, base());
  };

  // A layout effect, because its clean-up runs as the page is left; a plain effect's runs later.
  useLayoutEffect(() => {
    mounted.current = true;
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') keepNow();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', keepNow);
    const stopWatching = draftsRepo.watchPending(write);
    return () => {
      mounted.current = false;
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', keepNow);
      stopWatching();
      write();
    };
  }, [key]);

  return {
    unsaved,
    save(value) {
      pending.current = { value };
      clearTimeout(timer.current);
      timer.current = setTimeout(write, delayMs);
    },
    async discard() {
      clearTimeout(timer.current);
      pending.current = undefined;
      unwritten.current = undefined;
      setUnsaved(false);
      await draftsRepo.remove(key, tab);
    },
  };
}

/**
 * A stored draft laid over the form's starting values. Drafts outlive app versions, so only
 * fields the form still has, holding the same kind of value (text, a yes/no, a list of texts),
 * are taken; anything else keeps its starting value.
 */
export function draftValues<T>(raw: unknown, start: T): T | undefined {
  if (typeof start !== 'object' || start === null) return typeof raw === typeof start ? (raw as T) : undefined;
  if (!raw || typeof raw !== 'object') return undefined;
  const stored = raw as Record<string, unknown>;
  const values: Record<string, unknown> = { ...(start as Record<string, unknown>) };
  for (const [field, initial] of Object.entries(start)) {
    const value = stored[field];
    if (Array.isArray(initial)) {
      if (Array.isArray(value)) values[field] = value.filter((v) => typeof v === 'string');
    } else if (typeof value === typeof initial) {
      values[field] = value;
    }
  }
  return values as T;
}

/** Forms build their values from their starting values, so field order matches and this is enough. */
function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * What a form's save is based on (a revision, or where a household stood for a move), kept with
 * its draft: a draft reopened after a reload is still saved against the record as it was when the
 * typing began, so a change made since is refused rather than overwritten.
 */
export interface DraftBase {
  base: unknown;
  /** Takes a restored draft's base; one of the wrong kind (from an older version) is ignored. */
  adopt(stored: unknown): void;
}

export interface FormDraft<T> {
  values: T;
  /** False until any stored draft has been read. */
  ready: boolean;
  /** The form is showing a draft from an earlier visit: say so, and offer to discard it. */
  restored: boolean;
  /** What was typed last could not be kept as a draft (storage full): say so beside the form. */
  unsaved: boolean;
  change(next: T | ((current: T) => T)): void;
  /**
   * Back to the starting values and no stored draft: after a successful save, on cancel, and
   * when the user discards a restored draft. Never fails: a leftover draft is only a nuisance.
   */
  discard(): Promise<void>;
}

/**
 * A form's values, kept as this tab's draft whenever they differ from where the form started, and
 * restored when the form opens again in this tab (or in any tab, once the tab that typed it has
 * gone). `key` names the form and its household
 * (`<form>:<householdId>[:<sub-id>]`), so a draft never shows in another household's form; give
 * the component a new `key` prop rather than changing it. Typing before the draft has been read
 * wins over the draft. A form holding lists of records passes `read`, which rebuilds its values
 * from a stored draft (or gives `undefined` for an unusable one), since `draftValues` only keeps
 * lists of texts.
 */
export function useFormDraft<T>(
  key: string,
  start: () => T,
  read: (raw: unknown, start: T) => T | undefined = draftValues,
  guard?: DraftBase,
): FormDraft<T> {
  const [initial] = useState(start);
  const [values, setValues] = useState<T>(initial);
  const [ready, setReady] = useState(false);
  const [restored, setRestored] = useState(false);
  // The values as of the latest keystroke, which the draft must hold even if the form is left
  // before the next render.
  const latest = useRef(initial);
  const changed = useRef(false);
  const [tab] = useState(thisTab);
  const base = useRef<unknown>(undefined);
  base.current = guard?.base;
  const saver = useDraftSaver<T>(key, tab, undefined, () => base.current);

  // "Use the latest" gives the form a new base: the draft keeps it, so a reload does not bring back the old one.
  const firstBase = useRef(guard?.base);
  useEffect(() => {
    if (guard?.base !== firstBase.current && !same(latest.current, initial)) saver.save(latest.current);
  }, [guard?.base]);

  useEffect(() => {
    let open = true;
    const done = () => open && setReady(true);
    draftsRepo.take(key, tab).then((stored) => {
      if (!open) return;
      const fromDraft = stored && read(stored.value, initial);
      if (!changed.current && fromDraft !== undefined && !same(fromDraft, initial)) {
        if (stored?.base !== undefined) guard?.adopt(stored.base);
        latest.current = fromDraft;
        setValues(fromDraft);
        setRestored(true);
      }
      done();
    }, done);
    return () => {
      open = false;
    };
  }, [key]);

  return {
    values,
    ready,
    restored,
    unsaved: saver.unsaved,
    change(next) {
      const value = typeof next === 'function' ? (next as (current: T) => T)(latest.current) : next;
      changed.current = true;
      latest.current = value;
      setValues(value);
      saver.save(same(value, initial) ? null : value);
    },
    async discard() {
      changed.current = true;
      latest.current = initial;
      setValues(initial);
      setRestored(false);
      await saver.discard().catch(() => undefined);
    },
  };
}

/** Whether one form has a stored draft, read once as its section first shows, so the section can open it again. */
export function useStoredDraft(key: string, found: () => void): void {
  useStoredDrafts(key, (rest) => {
    if (rest.includes('')) found();
  });
}

/**
 * Which of a section's forms have a stored draft, read once as the section first shows, so the
 * section can open them again. `found` gets each draft's key with `prefix` taken off.
 */
export function useStoredDrafts(prefix: string, found: (rest: string[]) => void): void {
  const latest = useRef(found);
  latest.current = found;
  useEffect(() => {
    let open = true;
    draftsRepo.keysStartingWith(prefix, thisTab()).then(
      (keys) => open && keys.length > 0 && latest.current(keys.map((k) => k.slice(prefix.length))),
      () => undefined,
    );
    return () => {
      open = false;
    };
  }, [prefix]);
}
