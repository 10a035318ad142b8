import { LockedError } from '../crypto/session';
import { db, nowInstant } from '../db';
import { liveTabs, thisTab } from '../tab';

/**
 * Half-filled forms, so a reload, a crash or a new app version never loses what someone was
 * typing. Each tab keeps its own: a row's key is the form's key (`<form>:<householdId>[:<sub-id>]`)
 * then `#` and the tab's id, so two tabs typing into the same form never overwrite each other and
 * a prefix still finds one household's forms. The value is whatever the form keeps; callers check
 * its shape on reading.
 *
 * A copy can also sit in localStorage: written synchronously as the page is hidden or left (an
 * IndexedDB write started then may never finish), and when IndexedDB refuses a draft (storage full,
 * or the database closed for an upgrade in another tab). The newer copy wins when the form opens.
 *
 * Once the device has a passcode there is no such copy: localStorage is stored clear, and sealing
 * is asynchronous (Web Crypto), so a write as the page goes cannot be sealed. The trade: what was
 * typed in the last half second before a tab is killed may be lost, rather than a note about a
 * child sit readable on disk. Forms keep that window short by writing while typing (see
 * use-form-draft.ts), and hiding the page starts the sealed write at once.
 *
 * Drafts hold personal data, so one not touched for `DRAFT_DAYS` is discarded at start-up and
 * whenever drafts are listed.
 */
const TAB_SEPARATOR = '#';
const FALLBACK_PREFIX = 'fostering:draft:';
/**
 * Where the browser has no Web Locks to tell which tabs are open, another tab's draft counts as
 * left behind once it has not been written for this long: a tab still typing writes every half
 * second, while a draft from a closed or crashed tab stops changing. A tab left idle longer than
 * this may see its draft offered elsewhere, which loses nothing.
 */
const QUIET_MS = 10_000;

/** A draft untouched for this long is discarded: it holds personal data nobody is finishing. */
export const DRAFT_DAYS = 30;
const DAY_MS = 86_400_000;

/** Whether this device's data is sealed at rest: then nothing may be copied to localStorage. */
const sealedAtRest = (): boolean => db().session.state !== 'open';

const expired = (savedAt: string, now: number): boolean => now - Date.parse(savedAt) > DRAFT_DAYS * DAY_MS;

interface Copy {
  form: string;
  /** Undefined for drafts kept before drafts were kept per tab. */
  tab: string | undefined;
  value: unknown;
  savedAt: string;
  base: unknown;
  /** The row's key in the drafts table, or undefined for a localStorage copy. */
  row: string | undefined;
}

/** A form's values as typed, and what its save is based on (undefined for a form that has no base). */
export interface Draft {
  value: unknown;
  base: unknown;
}

const rowKey = (form: string, tab: string) => form + TAB_SEPARATOR + tab;

function split(key: string): { form: string; tab: string | undefined } {
  const at = key.lastIndexOf(TAB_SEPARATOR);
  return at < 0 ? { form: key, tab: undefined } : { form: key.slice(0, at), tab: key.slice(at + 1) };
}

function local(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

function fallbackCopies(prefix: string): Copy[] {
  const store = local();
  if (!store) return [];
  const copies: Copy[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (!key?.startsWith(FALLBACK_PREFIX + prefix)) continue;
    try {
      const { value, savedAt, base } = JSON.parse(store.getItem(key) ?? '') as { value: unknown; savedAt: unknown; base: unknown };
      if (typeof savedAt === 'string') copies.push({ ...split(key.slice(FALLBACK_PREFIX.length)), value, savedAt, base, row: undefined });
    } catch {
      // A copy that cannot be read is no draft.
    }
  }
  return copies;
}

/** Whether the copy was written; false when localStorage is missing or full too. */
function writeFallback(form: string, tab: string, draft: Draft, savedAt: string): boolean {
  if (sealedAtRest()) return false;
  try {
    local()!.setItem(FALLBACK_PREFIX + rowKey(form, tab), JSON.stringify({ value: draft.value, savedAt, base: draft.base }));
    return true;
  } catch {
    return false;
  }
}

/** Removes one tab's localStorage copy of a form, unless it is newer than `upTo`. */
function removeFallback(form: string, tab: string | undefined, upTo?: string): void {
  const key = FALLBACK_PREFIX + (tab === undefined ? form : rowKey(form, tab));
  const store = local();
  if (!store) return;
  if (upTo !== undefined) {
    const copy = fallbackCopies(form).find((c) => c.form === form && c.tab === tab);
    if (copy && copy.savedAt > upTo) return;
  }
  store.removeItem(key);
}

/**
 * Drafts this tab could not write because it was locked meanwhile: another tab set or changed a
 * passcode, and the form's last keystrokes came after. They are held in memory only, never clear
 * on disk, and written sealed as this tab is unlocked (`writeHeldDrafts`), before its pages open
 * again. A tab closed while locked loses them: the price of never storing them clear.
 */
const heldWhileLocked = new Map<string, { form: string; tab: string; draft: Draft; savedAt: string }>();

/** Holds a draft refused by a lock; false for any other refusal. */
function holdIfLocked(error: unknown, form: string, tab: string, draft: Draft, savedAt: string): boolean {
  if (!(error instanceof LockedError)) return false;
  heldWhileLocked.set(rowKey(form, tab), { form, tab, draft, savedAt });
  return true;
}

/** Writes the drafts held while this tab was locked; called once it is unlocked. */
export async function writeHeldDrafts(): Promise<void> {
  for (const [key, held] of heldWhileLocked) {
    await putRow(held.form, held.tab, held.draft, held.savedAt);
    heldWhileLocked.delete(key);
  }
}

async function allCopies(prefix: string): Promise<Copy[]> {
  await discardOldDrafts(prefix);
  const rows = await db().drafts.where('key').startsWith(prefix).toArray();
  return [...rows.map((r) => ({ ...split(r.key), value: r.value, savedAt: r.savedAt, base: r.base, row: r.key })), ...fallbackCopies(prefix)];
}

/**
 * Discards the drafts (of forms whose key starts with `prefix`) not touched for `DRAFT_DAYS`, in
 * IndexedDB and in localStorage. Returns how many went.
 */
export async function discardOldDrafts(prefix = '', now = Date.now()): Promise<number> {
  let gone = 0;
  const store = local();
  if (store) {
    for (const copy of fallbackCopies(prefix)) {
      if (!expired(copy.savedAt, now)) continue;
      store.removeItem(FALLBACK_PREFIX + (copy.tab === undefined ? copy.form : rowKey(copy.form, copy.tab)));
      gone++;
    }
  }
  const cutoff = new Date(now - DRAFT_DAYS * DAY_MS).toISOString();
  const drafts = db().drafts;
  const stale = await (prefix ? drafts.where('key').startsWith(prefix) : drafts.toCollection())
    .filter((row) => row.savedAt < cutoff)
    .primaryKeys();
  if (stale.length) await db().drafts.bulkDelete(stale);
  return gone + stale.length;
}

/** A draft from another tab that is no longer open, or kept before drafts were kept per tab. */
function leftBehind(copy: Copy, alive: Set<string> | undefined, now: number): boolean {
  if (copy.tab === undefined) return true;
  if (alive) return !alive.has(copy.tab);
  return now - Date.parse(copy.savedAt) > QUIET_MS;
}

const newest = (copies: Copy[]): Copy | undefined =>
  copies.reduce<Copy | undefined>((best, c) => (!best || c.savedAt > best.savedAt || (c.savedAt === best.savedAt && c.row) ? c : best), undefined);

/** The drafts this tab may show: its own, and those left behind by tabs that are gone. */
async function offered(prefix: string, tab: string): Promise<{ own: Copy[]; orphans: Copy[] }> {
  const copies = await allCopies(prefix);
  const own = copies.filter((c) => c.tab === tab);
  const others = copies.filter((c) => c.tab !== tab);
  const alive = others.length > 0 ? await liveTabs() : undefined;
  const now = Date.now();
  return { own, orphans: others.filter((c) => leftBehind(c, alive, now)) };
}

const inFlight = new Set<Promise<unknown>>();
const pendingSavers = new Set<() => void>();

function track<T>(work: Promise<T>): Promise<T> {
  inFlight.add(work);
  const done = () => inFlight.delete(work);
  work.then(done, done);
  return work;
}

async function putRow(form: string, tab: string, draft: Draft, savedAt: string): Promise<void> {
  await db().drafts.put({ key: rowKey(form, tab), value: draft.value, savedAt, base: draft.base });
}

export const draftsRepo = {
  /** This tab's stored draft of one form. */
  get: async (form: string, tab = thisTab()): Promise<unknown> => (await db().drafts.get(rowKey(form, tab)))?.value,
  put: (form: string, value: unknown, tab = thisTab(), base?: unknown): Promise<void> => putRow(form, tab, { value, base }, nowInstant()),

  /**
   * Stores a draft; when IndexedDB refuses it, keeps it in localStorage instead. Fails only when
   * neither would take it.
   */
  keep: (form: string, value: unknown, tab = thisTab(), base?: unknown): Promise<void> => {
    const savedAt = nowInstant();
    return track(
      putRow(form, tab, { value, base }, savedAt).then(
        () => removeFallback(form, tab, savedAt),
        (error: unknown) => {
          if (!holdIfLocked(error, form, tab, { value, base }, savedAt) && !writeFallback(form, tab, { value, base }, savedAt)) throw error;
        },
      ),
    );
  },

  /**
   * As the page is hidden or left: a synchronous localStorage copy, which survives a reload that
   * cuts the IndexedDB write short, and that write started too. `null` forgets the draft.
   */
  keepNow: (form: string, value: unknown, tab = thisTab(), base?: unknown): void => {
    if (value === null) {
      removeFallback(form, tab);
      void track(db().drafts.delete(rowKey(form, tab))).catch(() => undefined);
      return;
    }
    const savedAt = nowInstant();
    // Skipped once a passcode exists (see the top of this file): the sealed write below is all there is.
    writeFallback(form, tab, { value, base }, savedAt);
    void track(putRow(form, tab, { value, base }, savedAt).then(() => removeFallback(form, tab, savedAt))).catch((error: unknown) => {
      holdIfLocked(error, form, tab, { value, base }, savedAt);
    });
  },

  /** Forgets this tab's draft of one form. */
  remove: (form: string, tab = thisTab()): Promise<void> => {
    removeFallback(form, tab);
    return track(db().drafts.delete(rowKey(form, tab)));
  },

  /**
   * The draft to show as the form opens: this tab's newest copy, or else the newest one left
   * behind by a tab that is gone (or kept before drafts were per tab), which becomes this tab's
   * own so that no other tab is offered it too.
   */
  take: async (form: string, tab = thisTab()): Promise<Draft | undefined> => {
    const exact = (c: Copy) => c.form === form;
    const { own, orphans } = await offered(form, tab);
    const mine = own.filter(exact);
    const chosen = newest(mine) ?? newest(orphans.filter(exact));
    if (!chosen) return undefined;
    const ownRow = rowKey(form, tab);
    if (chosen.row !== ownRow) {
      await db()
        .transaction('rw', db().drafts, async () => {
          await db().drafts.put({ key: ownRow, value: chosen.value, savedAt: chosen.savedAt, base: chosen.base });
          if (chosen.row) await db().drafts.delete(chosen.row);
        })
        .then(() => {
          if (!chosen.row) removeFallback(form, chosen.tab);
        })
        // Still shown; the copy stays where it was until a write succeeds.
        .catch(() => undefined);
    }
    for (const c of mine) if (!c.row && c !== chosen) removeFallback(form, tab);
    return { value: chosen.value, base: chosen.base };
  },

  /** The forms whose key starts with `prefix` (such as one household's) with a draft this tab may show. */
  keysStartingWith: async (prefix: string, tab = thisTab()): Promise<string[]> => {
    const { own, orphans } = await offered(prefix, tab);
    return [...new Set([...own, ...orphans].map((c) => c.form))];
  },

  /**
   * Forgets every tab's drafts of forms about records that are gone: a form's key names its
   * household and sub-record (`<form>:<householdId>[:<sub-id>]`), so a removed household, person or
   * check takes its half-typed forms with it rather than leave personal text behind.
   */
  forgetRecords: async (ids: string[]): Promise<void> => {
    if (ids.length === 0) return;
    const gone = new Set(ids);
    const about = (form: string) => form.split(':').slice(1).some((part) => gone.has(part));
    const store = local();
    if (store) {
      const keys = Array.from({ length: store.length }, (_, i) => store.key(i) ?? '');
      for (const key of keys) if (key.startsWith(FALLBACK_PREFIX) && about(split(key.slice(FALLBACK_PREFIX.length)).form)) store.removeItem(key);
    }
    await db().drafts.filter((row) => about(split(row.key).form)).delete();
  },

  /** A form's saver, whose waiting draft `writePendingDrafts` writes at once. Returns the way to stop. */
  watchPending: (write: () => void): (() => void) => {
    pendingSavers.add(write);
    return () => pendingSavers.delete(write);
  },
};

/**
 * Moves drafts kept in localStorage before this device had a passcode into the sealed drafts
 * table, and removes the clear copies. Called once the device is unlocked.
 */
export async function sealFallbackDrafts(): Promise<void> {
  const store = local();
  const copies = fallbackCopies('');
  if (!store || copies.length === 0) return;
  const keyOf = (c: Copy) => (c.tab === undefined ? c.form : rowKey(c.form, c.tab));
  const kept = new Set((await db().drafts.toCollection().primaryKeys()) as string[]);
  const moved = copies.filter((c) => !kept.has(keyOf(c)));
  await db().drafts.bulkPut(moved.map((c) => ({ key: keyOf(c), value: c.value, savedAt: c.savedAt, base: c.base })));
  for (const c of copies) store.removeItem(FALLBACK_PREFIX + keyOf(c));
}

/** Writes every draft still waiting for a pause in typing and waits for all draft writes, as before a reload. */
export async function writePendingDrafts(): Promise<void> {
  for (const write of pendingSavers) write();
  await Promise.allSettled([...inFlight]);
}
