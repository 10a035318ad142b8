import { afterAll, beforeAll, beforeEach, onTestFinished } from 'vitest';
import { startPreview, type Preview } from '../preview';
import { chromiumSession } from './chromium';
import { Driver, type Engine, type Session } from './driver';
import { firefoxSession } from './firefox';
import { webkitSession } from './webkit';

export type { Engine } from './driver';
export { Driver } from './driver';
export type { Preview } from '../preview';
export type { Target } from './locate';

/** Chromium (Chrome, Edge), WebKit (Safari, and every browser on an iPad), Firefox. */
export const ENGINES: Engine[] = ['Chromium', 'WebKit', 'Firefox'];

const SESSIONS: Record<Engine, () => Promise<Session<unknown>>> = {
  Chromium: chromiumSession,
  WebKit: webkitSession,
  Firefox: firefoxSession,
};

/** Starting a browser under load can take a minute, the first page load as long again. */
export const ENGINE_TIMEOUT = 240_000;

/** Where a block's browsers load the app from: a preview of the build unless a test serves it otherwise. */
export type Serve = () => Promise<Preview>;

/**
 * For a describe block: `count` browsers of `engine`, each a fresh profile (a device of its own),
 * on one server of the app (which a test may stop), shared by the block's tests in order. A failed
 * test leaves a screenshot of each, named after the engine.
 */
export function useBrowsers(engine: Engine, count: number, serve: Serve = () => startPreview()): (which: number) => Driver {
  let preview: Preview | undefined;
  const drivers: Driver[] = [];
  beforeAll(async () => {
    // The server starts while the browsers do (a browser takes seconds, the server one or two). The
    // browsers start one after another: two WebKit drivers at once can pick the same X display.
    const served = serve();
    served.catch(() => undefined); // a server that fails is reported below, once the browsers are up
    const sessions: Session<unknown>[] = [];
    try {
      for (let i = 0; i < count; i += 1) sessions.push(await SESSIONS[engine]());
      preview = await served;
    } catch (error) {
      for (const session of sessions) await session.close().catch(() => undefined);
      await served.then((p) => p.stop()).catch(() => undefined);
      throw error;
    }
    for (const session of sessions) drivers.push(new Driver(engine, session, preview));
  }, ENGINE_TIMEOUT * count);
  beforeEach(() => {
    onTestFinished(async ({ task }) => {
      if (task.result?.state !== 'fail') return;
      for (const [i, driver] of drivers.entries()) await driver.screenshot(count > 1 ? `${task.name} ${i + 1}` : task.name).catch(() => undefined);
    });
  });
  afterAll(async () => {
    for (const driver of drivers) await driver.close();
    await preview?.stop();
  }, ENGINE_TIMEOUT);
  return (which) => {
    const driver = drivers[which];
    if (!driver) throw new Error(`${engine} browser ${which + 1} did not start`);
    return driver;
  };
}

/** For a describe block: one browser of `engine` and one preview server, as `useBrowsers`. */
export function useEngine(engine: Engine): () => Driver {
  const browser = useBrowsers(engine, 1);
  return () => browser(0);
}

/**
 * Opens a page and waits, as a user does, until its heading shows and nothing on it says it is
 * loading: live queries fill the page just after the heading, and WebKit (like Safari) has no
 * scroll anchoring, so a button tapped while the page still grows above it is not where it was.
 */
export async function openRoute(d: Driver, path: string, heading: RegExp | string): Promise<void> {
  await d.open(path);
  await settled(d, heading);
}

/**
 * Goes to a page as a link in the app does, without loading the app again, for checking many pages
 * in turn. A page not yet showing the app, or another view of the page shown (only the query
 * differs), is opened afresh: only a new heading says the page changed.
 */
export async function visitRoute(d: Driver, path: string, heading: RegExp | string): Promise<void> {
  const inApp = await d.evaluate(
    (to: string) => document.querySelector('h1') !== null && new URL(to, location.href).pathname !== location.pathname,
    path,
  );
  if (!inApp) return openRoute(d, path, heading);
  await d.evaluate((to: string) => {
    // The heading shown now, so the wait knows the next page's (a page for another record may reuse the element).
    const h1 = document.querySelector('h1')!;
    Object.assign(window, { leftHeading: h1, leftHeadingText: h1.textContent });
    history.pushState(null, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
    return true;
  }, path);
  await d.waitUntil('the next page to show', () => {
    const { leftHeading, leftHeadingText } = window as unknown as { leftHeading: Element; leftHeadingText: string };
    const h1 = document.querySelector('h1');
    return h1 !== null && (h1 !== leftHeading || h1.textContent !== leftHeadingText);
  });
  await settled(d, heading);
}

/** Waits until the page's heading shows and nothing on it says it is loading. */
export async function settled(d: Driver, heading: RegExp | string): Promise<void> {
  await d.waitFor({ role: 'heading', level: 1, name: heading });
  await d.waitUntil('the page to finish loading', () => !document.querySelector('main .loading'));
}
