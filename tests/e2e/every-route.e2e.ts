import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { axeViolations } from './support/axe';
import { newContext, signIn, type ContextOptions } from './support/browser';
import { AXE_WIDTHS, brokenWords, demoRecordRoutes, heightFor, openRoute, overflow, visitRoute, WIDTHS, type Route } from './support/fit';
import { main } from './support/journey';
import { elsewhere, watchPolicy, type PolicyWatch } from './support/policy';
import { startPreview, type Preview } from './support/preview';
import { serviceWorkerInControl } from './support/sw';
import { MIN_TARGET, smallTargets } from './support/targets';
import { ROUTES } from './support/routes';

const PASSCODE = 'amber kettle on';

/** A pasted link or a long word: nothing in it where a line may break. */
const UNBROKEN = 'x'.repeat(3_000);
/** A library resource with long tables. */
const LONG_TABLES: Route = { path: '/library/allowances-and-fees', heading: /./ };
/** A carer's small phone, a carer's phone, a team tablet upright and in landscape, a manager's laptop. */
const EVERY_WIDTH = [...WIDTHS, 1024].sort((a, b) => a - b);

/**
 * What users type that a layout must survive: a 3,000-letter note with no spaces on `household`
 * (a record with its checks table), and a household whose name and email are one long word,
 * whose record is the route returned.
 */
async function addLongContent(page: Page, household: string): Promise<Route> {
  await openRoute(page, { path: household, heading: /./ });
  await main(page).getByLabel('Add a note').fill(UNBROKEN);
  await main(page).getByRole('button', { name: 'Add note' }).click();
  await main(page).locator('.note-list__text', { hasText: UNBROKEN }).waitFor();

  await openRoute(page, { path: '/enquiries/new', heading: /^New enquiry$/ });
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
  return { path: new URL(page.url()).pathname, heading: /Fictional/ };
}

/** Everything wrong with the page as it is now: sideways scrolling, small targets, axe-core findings. */
async function problems(page: Page, where: string): Promise<string[]> {
  const found = [
    ...(await overflow(page)),
    ...(await brokenWords(page)),
    ...(await smallTargets(page)).map((t) => `under ${MIN_TARGET} px: ${t}`),
    ...(AXE_WIDTHS.includes(page.viewportSize()!.width) ? await axeViolations(page) : []),
  ];
  return found.map((p) => `${where}: ${p}`);
}

/** Opens each page at one width and lists what is wrong on each. */
async function checkRoutes(page: Page, width: number, routes: Route[]): Promise<string[]> {
  await page.setViewportSize({ width, height: heightFor(width) });
  const found: string[] = [];
  for (const route of routes) {
    await visitRoute(page, route);
    found.push(...(await problems(page, `${route.path} at ${width}px`)));
  }
  return found;
}

describe('every page, with the demo data and long content loaded', () => {
  let preview: Preview;
  /** The demo data, loaded once and handed to each width's own context. */
  let seeded: BrowserContextOptions['storageState'];
  let routes: Route[] = [];
  /** Pages a bookmark opens with no server: the rest are reached offline as the app's links go. */
  let openedAfresh: Set<string>;
  /** Every context's policy violations and requests, checked once every page has been seen. */
  const policy: PolicyWatch = { violations: [], requests: [] };
  const watchedContext = async (options: ContextOptions) => {
    const context = await newContext(options);
    await watchPolicy(context, policy);
    return context;
  };

  beforeAll(async () => {
    preview = await startPreview();
  });
  afterAll(async () => {
    await preview?.stop();
  });

  test('the demo data loads, and Today shows real work to do', async () => {
    const context = await watchedContext({ baseURL: preview.url });
    const page = await context.newPage();
    await page.goto('/');
    await signIn(page, 'Alex Synthetic-Manager');
    await openRoute(page, { path: '/settings', heading: /^Settings$/ });
    await page.getByRole('button', { name: 'Load demo data' }).click();
    await page.getByRole('button', { name: 'Remove demo data' }).waitFor();
    const records = await demoRecordRoutes(page);
    routes = [...ROUTES, ...records, LONG_TABLES, await addLongContent(page, records[1]!.path)];
    // Today, a household, a carer household, a library resource and a page that does not exist.
    openedAfresh = new Set(['/', records[0]!.path, records.find((r) => r.path.startsWith('/carers/'))!.path, '/library/emergency', '/no-such-page']);

    await openRoute(page, ROUTES[0]!);
    const today = (await main(page).textContent()) ?? '';
    expect(today).toMatch(/Breached timescales/);
    expect(today).toMatch(/Checks outstanding over 4 weeks/);
    expect(today).not.toMatch(/NaN|Infinity|undefined/);
    seeded = await context.storageState({ indexedDB: true });
  });

  // One context per width: the pages' problems at each width are listed together.
  const passes = WIDTHS.map((width) => [
    AXE_WIDTHS.includes(width) ? 'fits, has 44 px targets and is accessible' : 'fits and has 44 px targets (its layout is 320 px’s)',
    width,
  ] as const);
  test.each(passes)('every page %s at %i px', async (_checks, width) => {
    expect(routes.length).toBeGreaterThan(ROUTES.length);
    const page = await (await watchedContext({ baseURL: preview.url, storageState: seeded })).newPage();
    expect(await checkRoutes(page, width, routes)).toEqual([]);
  }, 180_000); // about thirty pages, each with axe-core

  test('no page scrolls sideways on a tablet in landscape (1024 px), and a long pasted link in the library search fits every width', async () => {
    const page = await (await watchedContext({ baseURL: preview.url, storageState: seeded })).newPage();
    await page.setViewportSize({ width: 1024, height: heightFor(1024) });
    const found: string[] = [];
    for (const route of routes) {
      await visitRoute(page, route);
      found.push(...[...(await overflow(page)), ...(await brokenWords(page))].map((wide) => `${route.path} at 1024px: ${wide}`));
    }
    await visitRoute(page, { path: '/library', heading: /^Support library$/ });
    await page.getByLabel('Search the library').fill(`https://example.com/${UNBROKEN}`);
    await main(page).locator('.library-results__count').waitFor();
    for (const width of EVERY_WIDTH) {
      await page.setViewportSize({ width, height: heightFor(width) });
      found.push(...(await overflow(page)).map((wide) => `the library search at ${width}px: ${wide}`));
    }
    expect(found).toEqual([]);
  }, 180_000);

  test('the lock screen fits and is accessible at every width', async () => {
    const page = await (await watchedContext({ baseURL: preview.url, storageState: seeded })).newPage();
    await openRoute(page, { path: '/settings', heading: /^Settings$/ });
    const passcodes = page.getByRole('region', { name: 'Passcodes on this device' });
    await passcodes.getByLabel('Your new passcode').fill(PASSCODE);
    await passcodes.getByLabel('Type it again').fill(PASSCODE);
    await passcodes.getByRole('button', { name: 'Set a passcode' }).click();
    await passcodes.getByText('Your passcode is set and every record on this device is encrypted.').waitFor({ timeout: 60_000 });
    await passcodes.getByRole('heading', { name: 'People who can unlock this device' }).waitFor();
    // Checked where it is: reopening a page locks a device with passcodes.
    await page.setViewportSize({ width: 1366, height: heightFor(1366) });
    const found = await problems(page, 'Settings with a passcode at 1366px');

    await page.getByRole('banner').getByRole('button', { name: 'Lock' }).click();
    await page.getByRole('heading', { level: 1, name: 'This device is locked' }).waitFor();
    await page.getByLabel('Your passcode').waitFor();
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: heightFor(width) });
      found.push(...(await problems(page, `the lock screen at ${width}px`)));
    }
    expect(found).toEqual([]);
  }, 120_000);

  test("carer mode's pages fit and are accessible at every width", async () => {
    const page = await (await watchedContext({ baseURL: preview.url, storageState: seeded })).newPage();
    await openRoute(page, { path: '/settings', heading: /^Settings$/ });
    await page.getByRole('button', { name: 'Switch this device to carer mode' }).click();
    await page.getByRole('button', { name: 'Yes, switch to carer mode' }).click();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Leave carer mode' }).waitFor();
    const carerRoutes: Route[] = [
      { path: '/library', heading: /^Support library$/ },
      { path: '/library/emergency', heading: /What to do in an emergency$/ },
      { path: '/contacts', heading: /^Contacts$/ },
      { path: '/carer-mode', heading: /^Carer mode$/ },
    ];
    const found: string[] = [];
    for (const width of WIDTHS) found.push(...(await checkRoutes(page, width, carerRoutes)));
    expect(found).toEqual([]);
  }, 120_000);

  test('opens every page with the server stopped, and keeps the data', async () => {
    const context = await watchedContext({ baseURL: preview.url, storageState: seeded });
    const page = await context.newPage();
    await page.goto('/');
    await serviceWorkerInControl(page);
    await preview.stop();
    await context.setOffline(true);
    // Each page's code comes from the service worker whichever way it is reached (its precache's
    // requests are among those the policy check reads).
    for (const route of routes) await (openedAfresh.has(route.path) ? openRoute : visitRoute)(page, route);
    await openRoute(page, { path: '/pipeline', heading: /^Pipeline$/ });
    expect(await main(page).locator('a[href^="/households/demo-"]').count()).toBeGreaterThan(5);
    await context.setOffline(false);
    await preview.restart();
  }, 120_000);

  test('no page broke a rule of the Content Security Policy or asked anything of another origin', () => {
    expect(policy.requests.length).toBeGreaterThan(routes.length);
    expect(policy.violations).toEqual([]);
    expect(elsewhere(policy.requests, new URL(preview.url).origin)).toEqual([]);
  });
});
