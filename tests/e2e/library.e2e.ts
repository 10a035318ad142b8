import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { newContext, signIn } from './support/browser';
import { startPreview, type Preview } from './support/preview';
import { serviceWorkerInControl } from './support/sw';
import { expectLargeTargets } from './support/targets';

/**
 * A carer at 2 a.m. with no signal: the library opened once before, and now there is no network
 * at all. Every resource, the search and the bookmarks still work.
 */

const main = (page: Page) => page.getByRole('main');

/** The h1 carries the category as a caption before the title. */
async function openResource(page: Page, id: string, title: string): Promise<void> {
  await page.goto(`/library/${id}`);
  await page.getByRole('heading', { level: 1, name: new RegExp(`${title}$`) }).waitFor();
}

describe('the carers’ library offline', () => {
  let preview: Preview;
  beforeAll(async () => {
    preview = await startPreview();
  });
  afterAll(async () => {
    await preview?.stop();
  });

  test('opens resources, searches and keeps a bookmark with the server stopped', async () => {
    const context = await newContext({ baseURL: preview.url, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto('/');
    await signIn(page, 'Robin Synthetic-Carer');
    await serviceWorkerInControl(page);

    // One visit is enough: from here on there is no server and no network.
    await preview.stop();
    await context.setOffline(true);

    await page.goto('/library');
    await page.getByRole('heading', { level: 1, name: 'Support library' }).waitFor();
    await expectNoAxeViolations(page, '/library on a phone, offline');
    await expectLargeTargets(page, '/library on a phone');

    // Three resources, each in full, with the service's numbers plainly marked as not yet filled in.
    await openResource(page, 'emergency', 'What to do in an emergency');
    expect(await main(page).getByRole('link', { name: '999' }).first().getAttribute('href')).toBe('tel:999');
    await expect.poll(() => main(page).textContent()).toContain('not yet filled in by your fostering service');
    await expectNoAxeViolations(page, '/library/emergency offline');
    await openResource(page, 'keep', 'What KEEP is and what each session covers');
    await openResource(page, 'glossary', 'Glossary of fostering terms');
    // A resource’s text arrives after its heading: wait for the glossary’s table itself.
    await main(page).locator('table th').first().waitFor();
    expect(await main(page).locator('table th').count()).toBeGreaterThan(1);

    // Search ranks the resource whose title matches first.
    await page.goto('/library');
    await page.getByLabel('Search the library').fill('allowances');
    const first = main(page).locator('ol.library-list li a').first();
    await first.waitFor();
    expect(await first.textContent()).toMatch(/Allowances/);
    await expectNoAxeViolations(page, '/library search results offline');

    // Bookmark a page, reload with no network, and find it again.
    const title = (await first.textContent())!.trim();
    await first.click();
    await main(page).getByRole('button', { name: 'Bookmark this page' }).click();
    await main(page).getByRole('button', { name: 'Remove bookmark' }).waitFor();
    await page.goto('/library');
    await page.reload();
    const bookmarks = page.locator('section[aria-labelledby="library-bookmarks-heading"]');
    await bookmarks.getByRole('link', { name: title }).waitFor();
    const recent = page.locator('section[aria-labelledby="library-recent-heading"]');
    expect(await recent.getByRole('link').count()).toBeGreaterThanOrEqual(3);

    await context.setOffline(false);
    await preview.restart();
  });
});
