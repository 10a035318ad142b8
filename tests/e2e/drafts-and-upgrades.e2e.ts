import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { newContext, signIn } from './support/browser';

const main = (page: Page) => page.getByRole('main');
const noteBox = (page: Page) => main(page).getByLabel('Add a note');

/** Signs in and saves a first enquiry, as a new user would; returns the household record's path. */
async function firstHousehold(context: BrowserContext): Promise<{ page: Page; path: string }> {
  const page = await context.newPage();
  await page.goto('/');
  await signIn(page, 'Rowan Draft-Tester');
  await page.goto('/enquiries/new');
  await main(page).getByLabel("Applicant's full name", { exact: true }).fill('Kit Madeupname');
  await main(page).getByLabel('Email address').fill('kit.madeupname@example.com');
  await main(page).getByLabel('Phone number').fill('07700 900 712');
  await main(page).getByLabel('Postcode').fill('AA1 1AA');
  await main(page).getByLabel('Word of mouth').check();
  await main(page).getByLabel('Teenagers').check();
  await main(page).getByRole('button', { name: 'Save enquiry' }).click();
  await page.getByRole('heading', { level: 1, name: /Kit Madeupname/ }).waitFor();
  return { page, path: new URL(page.url()).pathname };
}

/** The notes stored in the app's database, read as another tab would. */
function storedNotes(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((done, fail) => {
        const open = indexedDB.open('fostering');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('notes').objectStore('notes').count();
          count.onsuccess = () => {
            open.result.close();
            done(count.result);
          };
        };
      }),
  );
}

describe('drafts, tabs and upgrades', () => {
  test('a note typed and reloaded at once is still there, and Settings says whether the browser keeps the data', async () => {
    const context = await newContext();
    const { page, path } = await firstHousehold(context);

    await noteBox(page).fill('Typed a moment before the reload');
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Kit Madeupname/ }).waitFor();
    await main(page).getByText('We restored what you had typed.').waitFor();
    expect(await noteBox(page).inputValue()).toBe('Typed a moment before the reload');
    expect(new URL(page.url()).pathname).toBe(path);

    // The first enquiry asked the browser to keep the data; Settings reports its answer in words.
    await page.goto('/settings');
    const storage = page.getByRole('region', { name: 'Storage on this device' });
    await storage.getByText(/Using .* available\./).waitFor();
    const granted = await page.evaluate(() => navigator.storage.persisted());
    // Headless Chromium in a fresh (incognito) profile does not grant persistence.
    expect(granted).toBe(false);
    expect(await storage.innerText()).toContain('This browser has not agreed to keep the data, so it may clear the data');
    expect(await storage.innerText()).toContain('Back up regularly (see Backups below)');
    await expectNoAxeViolations(page, '/settings');
  });

  test('two tabs typing into the same household’s note keep their own text', async () => {
    const context = await newContext();
    const { page: first, path } = await firstHousehold(context);
    const second = await context.newPage();
    await second.goto(path);
    await second.getByRole('heading', { level: 1, name: /Kit Madeupname/ }).waitFor();

    await noteBox(first).fill('Written in the first tab');
    await noteBox(second).fill('Written in the second tab');
    await first.reload();
    await second.reload();
    await main(first).getByText('We restored what you had typed.').waitFor();
    await main(second).getByText('We restored what you had typed.').waitFor();
    expect(await noteBox(first).inputValue()).toBe('Written in the first tab');
    expect(await noteBox(second).inputValue()).toBe('Written in the second tab');
  });

  test('an upgrade in another tab stops this tab writing, with a banner and the reload message on save', async () => {
    const context = await newContext();
    const { page, path } = await firstHousehold(context);
    await noteBox(page).fill('Typed while another tab updates the app');

    // A newer version of the app in another tab: the same database at a higher version.
    const other = await context.newPage();
    await other.goto('/manifest.webmanifest');
    await other.evaluate(async () => {
      const current = (await indexedDB.databases()).find((d) => d.name === 'fostering')!.version!;
      await new Promise<void>((done, fail) => {
        const open = indexedDB.open('fostering', current + 10);
        open.onsuccess = () => {
          open.result.close();
          done();
        };
        open.onerror = () => fail(open.error);
      });
    });

    const banner = page.getByRole('alert').filter({ hasText: 'The app was updated in another tab.' });
    await banner.waitFor();
    expect(await banner.getByRole('button', { name: 'Reload' }).isVisible()).toBe(true);

    await main(page).getByRole('button', { name: 'Add note' }).click();
    await main(page).getByText(/This was not saved because the app was updated in another tab\..*Reload the page/).first().waitFor();
    expect(await noteBox(page).inputValue()).toBe('Typed while another tab updates the app');
    expect(await storedNotes(other)).toBe(0);

    // Reloading runs the (same) code against the upgraded database, and the draft is kept.
    await page.reload();
    await main(page).getByText('We restored what you had typed.').waitFor();
    expect(await noteBox(page).inputValue()).toBe('Typed while another tab updates the app');
    expect(new URL(page.url()).pathname).toBe(path);
  });
});
