import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { projectRoot, type Preview } from '../preview';
import { callScript, describeTarget, locateScript, type Name, type Target } from './locate';

export type Engine = 'Chromium' | 'WebKit' | 'Firefox';

/** The keys a test presses: the ones forms and menus answer. */
export type Key = 'Escape' | 'Enter';

/**
 * What each engine's automation library does for the shared driver: load, run page script, click
 * and type on an element the page script found. `E` is that library's element handle.
 */
export interface Session<E> {
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  /** Evaluates a page expression, awaiting it if it is a promise; the result comes back as JSON. */
  run<T>(expression: string): Promise<T>;
  /** Evaluates a page expression that gives an element or null. */
  element(expression: string): Promise<E | undefined>;
  click(element: E): Promise<void>;
  /** Replaces the field's value with `text`, typed as a user would. */
  fill(element: E, text: string): Promise<void>;
  /** Presses one key with focus on the element. */
  press(element: E, key: Key): Promise<void>;
  /** Chooses `file` (a path on this machine) in a file field, as the file picker does. */
  upload(element: E, file: string): Promise<void>;
  /** The size of the page's viewport in CSS pixels, as media queries see it. */
  setViewport(width: number, height: number): Promise<void>;
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * Run in the page: keeps each blob the app saves with a download link, read as base64. The blob is
 * taken when its address is made (a fetch of a blob: address is refused by the app's policy).
 */
const KEEP_DOWNLOADS = `
  const blobs = new Map();
  const makeUrl = URL.createObjectURL;
  URL.createObjectURL = (object) => {
    const url = makeUrl.call(URL, object);
    if (object instanceof Blob) blobs.set(url, object);
    return url;
  };
  const base64 = async (blob) => {
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return btoa(text);
  };
  window.__keptDownloads = [];
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    const blob = this.download ? blobs.get(this.href) : undefined;
    if (!blob) return click.call(this);
    const name = this.download;
    window.__keptDownloads.push(base64(blob).then((data) => ({ name, base64: data })));
  };
`;

/**
 * Run in the page when a wait times out: which of the database's tables do not answer a read
 * within 3 s (a transaction of another page still holding them), and which Web Locks are held.
 */
const STORES_PROBE = `(async () => {
  const db = await new Promise((ok, fail) => {
    const open = indexedDB.open('fostering');
    open.onsuccess = () => ok(open.result);
    open.onerror = () => fail(open.error);
    open.onblocked = () => fail(new Error('opening the database is blocked'));
  });
  const stores = [...db.objectStoreNames];
  const answered = await Promise.all(stores.map((store) => Promise.race([
    new Promise((ok) => { const count = db.transaction(store, 'readonly').objectStore(store).count(); count.onsuccess = () => ok(true); count.onerror = () => ok(true); }),
    new Promise((ok) => setTimeout(() => ok(false), 3000)),
  ])));
  db.close();
  const locks = navigator.locks ? await navigator.locks.query() : { held: [], pending: [] };
  const silent = stores.filter((_, i) => !answered[i]);
  return (silent.length ? silent.join(', ') : 'none') + '; Web Locks held: ' + (locks.held.map((l) => l.name).join(', ') || 'none') + '; waiting: ' + (locks.pending.map((l) => l.name).join(', ') || 'none');
})()`;

/**
 * Run in the page when a wait times out: what a person would see there, for the error. The page's
 * heading, what it announces (its alerts: problems and banners) and where focus is.
 */
const PAGE_PROBE = `(() => {
  const said = (el) => (el?.innerText ?? '').replace(/\\s+/g, ' ').trim().slice(0, 200);
  const focus = document.activeElement;
  const focused = !focus || focus === document.body ? 'the page' : focus.id ? '#' + focus.id : focus.tagName.toLowerCase() + (focus.className ? '.' + String(focus.className).split(' ')[0] : '');
  const alerts = [...document.querySelectorAll('[role=alert], .error-message')].map(said).filter(Boolean);
  return 'the heading "' + said(document.querySelector('h1')) + '", ' + (alerts.length ? 'alerts "' + alerts.join('" and "') + '"' : 'no alert') + ', focus on ' + focused;
})()`;

/** A painted frame and the tasks after it: the page's effects that follow a render (focus moving to a summary or a heading) have run. */
const NEXT_FRAME = 'new Promise((done) => requestAnimationFrame(() => setTimeout(done)))';

/** Generous for WebKit and Firefox on a busy two-core machine; a condition ends the wait early. */
const WAIT_MS = 30_000;
const artifacts = resolve(projectRoot, 'tests/e2e/.artifacts');

/** One browser of one engine, driven the same way whatever the engine, on one preview server it may stop. */
export class Driver {
  constructor(
    readonly engine: Engine,
    private readonly session: Session<unknown>,
    private readonly preview: Preview,
  ) {}

  async open(path: string): Promise<void> {
    await this.session.goto(new URL(path, this.preview.url).href);
  }

  reload(): Promise<void> {
    return this.session.reload();
  }

  /** The page's path and query. */
  path(): Promise<string> {
    // Asked of the page: the app moves between its pages with history.pushState.
    return this.session.run<string>('location.pathname + location.search');
  }

  async click(target: Target): Promise<void> {
    await this.drawn(target);
    // In the middle of the screen first: WebKit's driver clicks where an element was before it scrolled.
    await this.session.click(await this.find(target, true));
  }

  async fill(target: Target, text: string): Promise<void> {
    await this.session.fill(await this.drawn(target), text);
  }

  /** Presses a key with focus on what the target finds, as a keyboard user does there. */
  async press(target: Target, key: Key): Promise<void> {
    await this.session.press(await this.drawn(target), key);
  }

  /** Chooses `file` (a path on this machine) in the file field the target finds. */
  async upload(target: Target, file: string): Promise<void> {
    await this.session.upload(await this.find(target), file);
  }

  /**
   * From now until the page is next loaded, each file the app saves to the downloads (a link with
   * `download` to a blob) is kept in the page instead, for `downloads()`: the three engines' drivers
   * have no common way to read the browser's downloads folder.
   */
  async keepDownloads(): Promise<void> {
    await this.runSource(KEEP_DOWNLOADS);
  }

  /** The files the app saved since `keepDownloads()`, in order, with their bytes. */
  async downloads(): Promise<{ name: string; bytes: Buffer }[]> {
    const kept = await this.session.run<{ name: string; base64: string }[]>('Promise.all(window.__keptDownloads ?? [])');
    return kept.map(({ name, base64 }) => ({ name, bytes: Buffer.from(base64, 'base64') }));
  }

  /** Types `yyyy-mm-dd` into the day, month and year boxes of the date field with this legend. */
  async fillDate(legend: Name, iso: string, within?: Target): Promise<void> {
    const [year = '', month = '', day = ''] = iso.split('-');
    const field: Target = { role: 'group', name: legend, within };
    await this.fill({ label: 'Day', within: field }, day);
    await this.fill({ label: 'Month', within: field }, month);
    await this.fill({ label: 'Year', within: field }, year);
  }

  /** Waits until the target is on screen. */
  async waitFor(target: Target): Promise<void> {
    await this.find(target);
  }

  /** Waits until the target is no longer on screen. */
  async waitForGone(target: Target): Promise<void> {
    await this.until(async () => !(await this.session.run<boolean>(`${locateScript(target)} !== null`)), `${describeTarget(target)} to go`);
  }

  waitForText(text: Name, within?: Target): Promise<void> {
    return this.waitFor({ text, within });
  }

  /** What the target (or the whole page) shows, as a user reads it. */
  async text(target?: Target): Promise<string> {
    if (target) await this.find(target);
    const expression = target ? `${locateScript(target)}.innerText` : 'document.body.innerText';
    return this.session.run<string>(expression);
  }

  /** Runs a whole script's source in the page, as the driver's own script: no eval the page's policy could refuse. */
  async runSource(source: string): Promise<void> {
    await this.session.run<boolean>(`(function () {\n${source}\n;return true;\n})()`);
  }

  /** Calls `fn` in the page with `args` (sent as JSON); `fn` must not use anything from outside it. */
  evaluate<A extends unknown[], T>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T> {
    return this.session.run<T>(callScript(fn as (...args: never[]) => unknown, args));
  }

  /** Waits until `fn`, called in the page, returns true. */
  async waitUntil<A extends unknown[]>(what: string, fn: (...args: A) => boolean | Promise<boolean>, ...args: A): Promise<void> {
    await this.until(() => this.evaluate(fn, ...args), what);
  }

  async setViewport(width: number, height: number): Promise<void> {
    await this.session.setViewport(width, height);
  }

  /** How wide the page is, scrolling included: wider than the viewport means it scrolls sideways. */
  scrollWidth(): Promise<number> {
    return this.session.run<number>('document.documentElement.scrollWidth');
  }

  /** Saves what the page shows under tests/e2e/.artifacts/, named after the engine and `name`. */
  async screenshot(name: string): Promise<string> {
    await mkdir(artifacts, { recursive: true });
    const slug = `${this.engine}-${name}`.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    const file = resolve(artifacts, `${slug}.png`);
    await this.session.screenshot(file);
    return file;
  }

  /** Stops the preview server: only the service worker can answer the app's requests now. */
  goOffline(): Promise<void> {
    return this.preview.stop();
  }

  goOnline(): Promise<void> {
    return this.preview.restart();
  }

  close(): Promise<void> {
    return this.session.close();
  }

  /**
   * Finds the target, then lets a frame be painted before a person acts on it: a focus move the
   * page makes after a render (to a banner or an error summary) scrolls the page and takes keys,
   * and a tap or a keystroke aimed in that moment would land elsewhere.
   */
  private async drawn(target: Target): Promise<unknown> {
    const found = await this.find(target);
    await this.session.run(NEXT_FRAME);
    return found;
  }

  private async find(target: Target, scrollTo = false): Promise<unknown> {
    const script = scrollTo
      ? `((el) => (el?.scrollIntoView({ block: 'center', inline: 'center', behavior: 'instant' }), el))(${locateScript(target)})`
      : locateScript(target);
    let found: unknown;
    await this.until(async () => {
      found = await this.session.element(script);
      return found !== undefined;
    }, describeTarget(target));
    return found;
  }

  /** Checks `condition` until it holds, up to the wait limit; the error names the engine. */
  private async until(condition: () => Promise<boolean>, what: string): Promise<void> {
    const deadline = Date.now() + WAIT_MS;
    // A page that is navigating has no script context for a moment: that is "not yet", not a failure.
    let lastError: unknown;
    const holds = () => condition().catch((error: unknown) => ((lastError = error), false));
    while (!(await holds())) {
      if (Date.now() > deadline) {
        const where = await this.path().catch(() => 'an unknown page');
        const shown = await this.session.run<string>(PAGE_PROBE).catch((error: unknown) => `nothing readable (${String(error)})`);
        const stuck = await this.session.run<string>(STORES_PROBE).catch((error: unknown) => `not known (${String(error)})`);
        throw new Error(`${this.engine}: timed out after ${WAIT_MS / 1000} s waiting for ${what} on ${where}; the page shows ${shown}; the database's tables that did not answer a read within 3 s: ${stuck}`, { cause: lastError });
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
