/**
 * Which browser tab this is, so each tab keeps its own drafts. The id lives in sessionStorage,
 * which survives a reload of the tab and is not shared with other tabs.
 */
const TAB_KEY = 'fostering:tab';
const LOCK_PREFIX = 'fostering-tab:';

let fallbackId: string | undefined;

function session(): Storage | undefined {
  try {
    return typeof sessionStorage === 'undefined' ? undefined : sessionStorage;
  } catch {
    // Storage blocked by the browser's settings.
    return undefined;
  }
}

export function thisTab(): string {
  const store = session();
  const stored = store?.getItem(TAB_KEY);
  if (stored) return stored;
  const id = crypto.randomUUID();
  if (store) store.setItem(TAB_KEY, id);
  else fallbackId ??= id;
  return store ? id : fallbackId!;
}

function locks(): LockManager | undefined {
  return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : undefined;
}

/**
 * Holds a Web Lock named after this tab for as long as the page lives, so other tabs can tell
 * that its drafts are still being typed. A tab duplicated by the browser copies sessionStorage
 * and so the id: if the lock is already held, this tab takes a new id of its own.
 */
export function holdTabLock(): void {
  const manager = locks();
  if (!manager) return;
  const hold = (id: string) =>
    manager.request(LOCK_PREFIX + id, { ifAvailable: true }, (lock) => {
      if (!lock) {
        const fresh = crypto.randomUUID();
        session()?.setItem(TAB_KEY, fresh);
        void hold(fresh);
        return undefined;
      }
      return new Promise<never>(() => undefined);
    });
  void hold(thisTab());
}

/** The tabs whose page is still open, or `undefined` where the browser has no Web Locks. */
export async function liveTabs(): Promise<Set<string> | undefined> {
  const manager = locks();
  if (!manager) return undefined;
  const { held = [], pending = [] } = await manager.query().catch(() => ({ held: [], pending: [] }));
  const names = [...held, ...pending].map((l) => l.name ?? '').filter((n) => n.startsWith(LOCK_PREFIX));
  return new Set(names.map((n) => n.slice(LOCK_PREFIX.length)));
}
