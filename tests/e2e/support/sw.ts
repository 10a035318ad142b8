import type { Page } from 'playwright-core';

/** Waits until the service worker is active, i.e. it has precached the app shell. */
export async function serviceWorkerReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

/** Whether the service worker answers this page's requests. */
export function isControlled(page: Page): Promise<boolean> {
  return page.evaluate(() => navigator.serviceWorker.controller !== null);
}

/**
 * Waits until the service worker controls the page. In prompt mode it does not claim the page it was
 * installed from, so the first visit is reloaded once, as a user's next visit would be.
 */
export async function serviceWorkerInControl(page: Page): Promise<void> {
  await serviceWorkerReady(page);
  if (await isControlled(page)) return;
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}
