import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { newContext, signIn } from './support/browser';
import { startPreview, type Preview } from './support/preview';
import { serviceWorkerInControl } from './support/sw';
import { expectLargeTargets } from './support/targets';
import { ROUTES } from './support/routes';


async function openRoute(page: Page, path: string, heading: RegExp): Promise<void> {
  await page.goto(path);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  // Live queries fill the page just after the heading; wait until nothing says it is loading.
  await page.waitForFunction(() => !document.querySelector('main .loading'));
}

async function firstDemoHousehold(page: Page): Promise<string> {
  await openRoute(page, '/households?stage=stage2', /^Households$/);
  const href = await page.getByRole('main').locator('a[href^="/households/demo-"]').first().getAttribute('href');
  expect(href).toMatch(/^\/households\/demo-h\d+$/);
  return href!;
}

describe('every page, with the demo data loaded', () => {
  let preview: Preview;
  beforeAll(async () => {
    preview = await startPreview();
  });
  afterAll(async () => {
    await preview?.stop();
  });

  test('is accessible at tablet widths, opens with the server stopped, and keeps the data', async () => {
    const context = await newContext({ baseURL: preview.url });
    const page = await context.newPage();
    await page.goto('/');
    await signIn(page, 'Alex Synthetic-Manager');
    await serviceWorkerInControl(page);

    await openRoute(page, '/settings', /^Settings$/);
    await page.getByRole('button', { name: 'Load demo data' }).click();
    await page.getByRole('button', { name: 'Remove demo data' }).waitFor();
    const record = await firstDemoHousehold(page);

    for (const width of [768, 1366]) {
      await page.setViewportSize({ width, height: width === 768 ? 1024 : 900 });
      for (const { path, heading } of [...ROUTES, { path: record, heading: /./ }]) {
        await openRoute(page, path, heading);
        await expectNoAxeViolations(page, `${path} at ${width}px`);
        await expectLargeTargets(page, `${path} at ${width}px`);
      }
    }

    // Today shows real work to do from the demo data.
    await openRoute(page, '/', /^Today/);
    const today = (await page.getByRole('main').textContent()) ?? '';
    expect(today).toMatch(/Breached timescales/);
    expect(today).toMatch(/Checks outstanding over 4 weeks/);
    expect(today).not.toMatch(/NaN|Infinity|undefined/);

    // With the server gone, every page still opens from the service worker and shows the data.
    await preview.stop();
    await context.setOffline(true);
    for (const { path, heading } of [...ROUTES, { path: record, heading: /./ }]) {
      await openRoute(page, path, heading);
    }
    await openRoute(page, '/pipeline', /^Pipeline$/);
    expect(await page.getByRole('main').locator('a[href^="/households/demo-"]').count()).toBeGreaterThan(5);
    await context.setOffline(false);
    await preview.restart();
  }, 180_000); // every route, twice over with axe, then again offline: longer than one journey
});
