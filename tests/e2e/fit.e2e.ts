import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { newContext, signIn } from './support/browser';
import { main } from './support/journey';
import { serviceWorkerInControl } from './support/sw';
import { expectLargeTargets } from './support/targets';
import { demoRecordRoutes, overflow, type Route } from './support/fit';
import { ROUTES as EVERY_ROUTE } from './support/routes';

/** A carer's small phone, a carer's phone, a team tablet upright and in landscape, a manager's laptop. */
const WIDTHS = [320, 390, 768, 1024, 1366];

/** Every page, and one more library resource with long tables. */
const ROUTES: Route[] = [...EVERY_ROUTE, { path: '/library/allowances-and-fees', heading: /./ }];

/** A pasted link or a long word: nothing in it where a line may break. */
const UNBROKEN = 'x'.repeat(3_000);

async function openRoute(page: Page, path: string, heading: RegExp): Promise<void> {
  await page.goto(path);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  // Live queries fill the page just after the heading; wait until nothing says it is loading.
  await page.waitForFunction(() => !document.querySelector('main .loading'));
}

/** Opens each page at each width and lists every one that scrolls sideways. */
async function tooWide(page: Page, routes: Route[]): Promise<string[]> {
  const found: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: width < 700 ? 844 : 1024 });
    for (const { path, heading } of routes) {
      await openRoute(page, path, heading);
      found.push(...(await overflow(page)).map((wide) => `${path} at ${width}: ${wide}`));
    }
  }
  return found;
}

async function demoHousehold(page: Page, stage: string): Promise<string> {
  await openRoute(page, `/households?stage=${stage}`, /^Households$/);
  const href = await main(page).locator('a[href^="/households/demo-"]').first().getAttribute('href');
  expect(href).toMatch(/^\/households\/demo-h\d+$/);
  return href!;
}

describe('every page fits the screen, from a small phone to a laptop', () => {
  test('with the demo data, a 3,000-letter note, a long search and a long name', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto('/');
    await signIn(page, 'Alex Synthetic-Manager');
    await serviceWorkerInControl(page);
    await openRoute(page, '/settings', /^Settings$/);
    await page.getByRole('button', { name: 'Load demo data' }).click();
    await page.getByRole('button', { name: 'Remove demo data' }).waitFor();

    const records = await demoRecordRoutes(page);

    // A note with no spaces, on a household with its checks table.
    await openRoute(page, await demoHousehold(page, 'stage1'), /./);
    await main(page).getByLabel('Add a note').fill(UNBROKEN);
    await main(page).getByRole('button', { name: 'Add note' }).click();
    await main(page).locator('.note-list__text', { hasText: UNBROKEN }).waitFor();

    // A household whose name is one long word.
    await openRoute(page, '/enquiries/new', /^New enquiry$/);
    await main(page).getByLabel("Applicant's full name", { exact: true }).fill(`Morgan ${'Fictional'.repeat(10)}`);
    await main(page).getByLabel('Email address').fill(`${'morgan'.repeat(12)}@example.com`);
    await main(page).getByLabel('Phone number').fill('07700 900 462');
    await main(page).getByLabel('Postcode').fill('ls6 2ab');
    await main(page).getByLabel('Word of mouth').check();
    await main(page).getByLabel('Teenagers').check();
    await main(page).getByRole('button', { name: /Save enquiry|Continue/ }).click();
    // The made-up details may match a demo household's: this is a new one all the same.
    const anyway = main(page).getByRole('button', { name: 'Save as a new enquiry anyway' });
    await main(page).getByText('Enquiry saved').or(anyway).waitFor();
    if (await anyway.isVisible()) await anyway.click();
    await main(page).getByText('Enquiry saved').waitFor();
    const longName = { path: new URL(page.url()).pathname, heading: /Fictional/ };

    expect(await tooWide(page, [...ROUTES, ...records, longName])).toEqual([]);

    // A long pasted link in the library's search, at every width.
    const searches: string[] = [];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 844 });
      await openRoute(page, '/library', /^Support library$/);
      await page.getByLabel('Search the library').fill(`https://example.com/${UNBROKEN}`);
      await main(page).locator('.library-results__count').waitFor();
      searches.push(...(await overflow(page)).map((wide) => `library search at ${width}: ${wide}`));
    }
    expect(searches).toEqual([]);
  }, 400_000); // about a hundred and fifty page loads

  test('the board shows every stage at 1366, scrolls in its own region on a tablet, and is accessible', async () => {
    const context = await newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto('/');
    await signIn(page, 'Alex Synthetic-Manager');
    await openRoute(page, '/settings', /^Settings$/);
    await page.getByRole('button', { name: 'Load demo data' }).click();
    await page.getByRole('button', { name: 'Remove demo data' }).waitFor();

    await openRoute(page, '/pipeline', /^Pipeline$/);
    const board = page.getByRole('region', { name: /Pipeline board/ });
    const columns = board.getByRole('heading', { level: 2 });
    expect(await columns.count()).toBe(7);
    for (const heading of await columns.all()) {
      const box = (await heading.boundingBox())!;
      expect(box.x, `${await heading.textContent()} starts on screen`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${await heading.textContent()} ends on screen`).toBeLessThanOrEqual(1366);
    }

    // On an upright tablet the board scrolls sideways in a region no taller than the screen, so its
    // scroll bar is always in view, and each stage's heading stays in view as its cards scroll.
    await page.setViewportSize({ width: 768, height: 1024 });
    await openRoute(page, '/pipeline', /^Pipeline$/);
    const fit = await board.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { bottom: r.bottom, scrolls: el.scrollWidth > el.clientWidth, page: document.documentElement.scrollWidth };
    });
    expect(fit.scrolls).toBe(true);
    expect(fit.bottom).toBeLessThanOrEqual(1024);
    expect(fit.page).toBeLessThanOrEqual(768);

    const decision = board.getByRole('heading', { name: /^Decision/ });
    await decision.scrollIntoViewIfNeeded();
    expect(await decision.isVisible()).toBe(true);
    const firstColumn = board.locator('.board__column').first();
    const heading = firstColumn.getByRole('heading', { level: 2 });
    const before = (await heading.boundingBox())!.y;
    await board.evaluate((el) => el.scrollBy(0, 600));
    expect(Math.round((await heading.boundingBox())!.y)).toBe(Math.round(before));

    await expectNoAxeViolations(page, '/pipeline at 768px');
    await expectLargeTargets(page, '/pipeline at 768px');
  });
});
