import { afterAll, beforeAll, beforeEach, onTestFinished } from 'vitest';
import { startPreview, type Preview } from '../preview';
import { chromiumSession } from './chromium';
import { Driver, type Engine, type Session } from './driver';
import { firefoxSession } from './firefox';
import { webkitSession } from './webkit';

export type { Engine } from './driver';
export { Driver } from './driver';
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

/**
 * For a describe block: one browser of `engine` and one preview server (which a test may stop),
 * shared by the block's tests in order. A failed test leaves a screenshot named after the engine.
 */
export function useEngine(engine: Engine): () => Driver {
  let preview: Preview | undefined;
  let driver: Driver | undefined;
  beforeAll(async () => {
    preview = await startPreview();
    driver = new Driver(engine, await SESSIONS[engine](), preview);
  }, ENGINE_TIMEOUT);
  beforeEach(() => {
    onTestFinished(async ({ task }) => {
      if (task.result?.state === 'fail') await driver?.screenshot(task.name).catch(() => undefined);
    });
  });
  afterAll(async () => {
    await driver?.close();
    await preview?.stop();
  }, ENGINE_TIMEOUT);
  return () => {
    if (!driver) throw new Error(`${engine} did not start`);
    return driver;
  };
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

/** Waits until the page's heading shows and nothing on it says it is loading. */
export async function settled(d: Driver, heading: RegExp | string): Promise<void> {
  await d.waitFor({ role: 'heading', level: 1, name: heading });
  await d.waitUntil('the page to finish loading', () => !document.querySelector('main .loading'));
}
