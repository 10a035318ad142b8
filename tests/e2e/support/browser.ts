import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, inject, onTestFinished } from 'vitest';
import { chromiumArgs, chromiumPath } from './chromium';
import { projectRoot } from './preview';

/** Tablet first: the recruitment team works on tablets in landscape. */
export const TABLET = { width: 1024, height: 768 } as const;

const artifacts = resolve(projectRoot, 'tests/e2e/.artifacts');

let shared: Promise<Browser> | undefined;
afterAll(async () => {
  await (await shared)?.close();
});

/** The Chromium launched once by the global setup, connected once per test file. */
function browser(): Promise<Browser> {
  shared ??= chromium.connect(inject('wsEndpoint'));
  return shared;
}

export interface ContextOptions {
  viewport?: { width: number; height: number };
  /** Another preview server, e.g. one a test stops to go offline. */
  baseURL?: string;
  /** Another context's storage (with its IndexedDB), to reuse data it loaded rather than load it again. */
  storageState?: BrowserContextOptions['storageState'];
}

/**
 * A fresh profile for the current test: its own IndexedDB and service worker, closed when the test
 * ends. When the test fails, a screenshot of each open page goes to tests/e2e/.artifacts/.
 */
export async function newContext(options: ContextOptions = {}): Promise<BrowserContext> {
  const context = await (await browser()).newContext(contextSettings(options));
  closeAfterTest(context);
  return context;
}

/**
 * A real (not incognito) profile in its own Chromium, for the few checks Chromium skips in
 * incognito, such as whether the app can be installed. Slower than `newContext`: use sparingly.
 */
export async function newProfile(options: ContextOptions = {}): Promise<BrowserContext> {
  const dir = await mkdtemp(join(tmpdir(), 'e2e-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    ...contextSettings(options),
    executablePath: chromiumPath,
    args: chromiumArgs,
    headless: true,
  });
  closeAfterTest(context, () => rm(dir, { recursive: true, force: true }));
  return context;
}

function contextSettings(options: ContextOptions) {
  return {
    baseURL: options.baseURL ?? inject('baseURL'),
    viewport: options.viewport ?? TABLET,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    serviceWorkers: 'allow' as const,
    storageState: options.storageState,
  };
}

function closeAfterTest(context: BrowserContext, cleanUp?: () => Promise<void>): void {
  onTestFinished(async ({ task }) => {
    if (task.result?.state === 'fail') await screenshotPages(context, task.name);
    await context.close();
    await cleanUp?.();
  });
}

async function screenshotPages(context: BrowserContext, testName: string): Promise<void> {
  await mkdir(artifacts, { recursive: true });
  const slug = testName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  await Promise.all(
    context.pages().map((page, i) => page.screenshot({ path: resolve(artifacts, `${slug}-${i}.png`), fullPage: true }).catch(() => undefined)),
  );
}

/** Opens `path` in a new page of a fresh context (see `newContext`). */
export async function openPage(path = '/', options: ContextOptions = {}): Promise<Page> {
  const page = await (await newContext(options)).newPage();
  await page.goto(path);
  return page;
}

/**
 * Completes "Who is using this device?" as a new user would. A new user is sent there (keeping the
 * page they asked for); someone already named is taken there, as the header's "Change" link does.
 */
export async function signIn(page: Page, name: string): Promise<void> {
  const nameField = page.getByLabel('Your full name');
  await nameField.or(page.getByRole('banner').getByText('Using this device:')).first().waitFor();
  if (!(await nameField.isVisible())) await page.goto('/who');
  await nameField.fill(name);
  await page.getByRole('button', { name: 'Add and continue' }).click();
  await page.getByRole('banner').getByText(`Using this device: ${name}`).waitFor();
}

/** The page's path and query, for asserting where the app sent the user. */
export function pathOf(page: Page): string {
  const url = new URL(page.url());
  return url.pathname + url.search;
}
