import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { newContext, openPage, pathOf, signIn } from './support/browser';
import { expectLargeTargets } from './support/targets';

const NOTICE = 'This page is not available in carer mode';
const DB_NAME = 'fostering';
const SERVICE_DETAILS = {
  name: 'Exampleshire Fostering',
  dutyPhone: '01632960123',
  outOfHoursPhone: '07700900456',
  email: 'fostering@example.org',
  localContacts: [{ name: 'Pat Placeholder', role: 'Supervising social worker', phone: '07700900789', email: 'pat@example.org' }],
};

/** Names of a few demo households, as the household list shows them to staff. */
async function someHouseholdNames(page: Page): Promise<string[]> {
  await page.goto('/households');
  const links = page.getByRole('main').locator('a[href^="/households/demo-"]');
  await links.first().waitFor();
  const names = (await links.allInnerTexts()).map((t) => t.trim()).filter(Boolean).slice(0, 10);
  expect(names.length).toBeGreaterThan(0);
  return names;
}

describe('carer mode', () => {
  test('hides every data route, including typed addresses, and asks before leaving', async () => {
    const page = await openPage('/');
    await signIn(page, 'Casey Synthetic-Worker');
    await page.goto('/settings');
    await page.getByRole('button', { name: 'Load demo data' }).click();
    await page.getByRole('button', { name: 'Remove demo data' }).waitFor();
    const names = await someHouseholdNames(page);

    await page.goto('/settings');
    await page.getByRole('button', { name: 'Switch this device to carer mode' }).click();
    await page.getByRole('button', { name: 'Yes, switch to carer mode' }).click();
    await expect.poll(() => pathOf(page)).toBe('/library');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Leave carer mode' }).waitFor();
    expect(await nav.getByRole('link').allInnerTexts()).toEqual(['Library', 'Contacts', 'Leave carer mode']);

    for (const path of ['/households', '/pipeline', '/', '/settings', '/targets', '/reports', '/households?x=/library', '/who']) {
      await page.goto(path);
      // The start address opens the library quietly; every other address says why it moved.
      if (path === '/') await expect.poll(() => pathOf(page)).toBe('/library');
      else await page.getByText(NOTICE).waitFor();
      expect(pathOf(page), `typed ${path}`).toBe('/library');
      await nav.getByRole('link', { name: 'Library' }).waitFor();
      const text = await page.locator('body').innerText();
      for (const name of names) expect(text, `${name} on screen after typing ${path}`).not.toContain(name);
      expect(text).not.toContain('Using this device');
    }

    // The record of a named household, typed in full.
    await page.goto(`/households/demo-h1`);
    await page.getByText(NOTICE).waitFor();
    expect(pathOf(page)).toBe('/library');

    await page.goto('/carer-mode');
    await page.getByRole('button', { name: 'Leave carer mode' }).click();
    await page.getByText(/Outside carer mode, this device shows the records/).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Leave carer mode' }).click();
    await page.getByRole('button', { name: 'Yes, leave carer mode' }).click();
    await page.getByRole('banner').getByText('Using this device: Casey Synthetic-Worker').waitFor();
    await page.goto('/households');
    await page.getByRole('main').getByText(names[0]!).first().waitFor();
  });

  test('a staff tab follows carer mode switched on in another, and no reload shows a staff page', async () => {
    const context = await newContext();
    const staff = await context.newPage();
    await staff.goto('/');
    await signIn(staff, 'Casey Synthetic-Worker');
    await staff.goto('/settings');
    await staff.getByRole('button', { name: 'Load demo data' }).click();
    await staff.getByRole('button', { name: 'Remove demo data' }).waitFor();
    const names = await someHouseholdNames(staff);

    const other = await context.newPage();
    await other.goto('/settings');
    await other.getByRole('button', { name: 'Switch this device to carer mode' }).click();
    await other.getByRole('button', { name: 'Yes, switch to carer mode' }).click();
    await expect.poll(() => pathOf(other)).toBe('/library');

    // The first tab, left on the household list, moves without being touched.
    await expect.poll(() => pathOf(staff)).toBe('/library');
    await staff.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Leave carer mode' }).waitFor();
    for (const name of names) expect(await staff.locator('body').innerText()).not.toContain(name);

    // Each reload starts from what the device last said, before its database opens: never from staff pages.
    await staff.addInitScript(() => {
      const w = window as unknown as { staffSeen: boolean };
      w.staffSeen = false;
      new MutationObserver(() => {
        if (document.body?.innerText.includes('Using this device')) w.staffSeen = true;
      }).observe(document, { childList: true, subtree: true, characterData: true });
    });
    for (const path of ['/', '/households']) {
      await staff.goto(path);
      await staff.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Leave carer mode' }).waitFor();
      await expect.poll(() => pathOf(staff)).toBe('/library');
      expect(await staff.evaluate(() => (window as unknown as { staffSeen: boolean }).staffSeen), `staff header drawn on ${path}`).toBe(false);
    }
  });

  test('the contacts page passes axe-core and has 44 px targets', async () => {
    const page = await openPage('/');
    await signIn(page, 'Casey Synthetic-Worker');
    await page.goto('/settings');
    await page.getByRole('button', { name: 'Switch this device to carer mode' }).click();
    await page.getByRole('button', { name: 'Yes, switch to carer mode' }).click();
    await expect.poll(() => pathOf(page)).toBe('/library');

    await page.goto('/contacts');
    await page.getByText('Your fostering service has not added its contact details to this device yet.').waitFor();
    await expectNoAxeViolations(page, '/contacts with no details');

    // Settings has no form for these details yet: write them as the app would store them.
    await page.evaluate(async ({ dbName, details }) => {
      const open = indexedDB.open(dbName);
      const database = await new Promise<IDBDatabase>((done) => (open.onsuccess = () => done(open.result)));
      const tx = database.transaction('settings', 'readwrite');
      tx.objectStore('settings').put({ key: 'serviceDetails', value: details });
      await new Promise((done) => (tx.oncomplete = done));
      database.close();
    }, { dbName: DB_NAME, details: SERVICE_DETAILS });
    await page.reload();
    await page.getByRole('link', { name: /Out of hours/ }).waitFor();
    expect(await page.getByRole('link', { name: /Duty line/ }).getAttribute('href')).toBe('tel:01632960123');
    await expectNoAxeViolations(page);
    await expectLargeTargets(page);
  });
});
