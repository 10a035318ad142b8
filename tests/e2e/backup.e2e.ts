import { buffer } from 'node:stream/consumers';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { openPage, signIn } from './support/browser';
import { expectLargeTargets } from './support/targets';

const PASSPHRASE = 'kettle lantern orchard';

const backups = (page: Page) => page.getByRole('region', { name: 'Backups' });

/**
 * What a user sees of the service's households: the first page of the list (its count and rows),
 * and one household's record. The filters are left out: their worker list names whoever uses the device.
 */
async function whatTheTeamSees(page: Page, householdId: string) {
  await page.goto('/households');
  const main = page.getByRole('main');
  await main.getByRole('link', { name: /^D-/ }).first().waitFor();
  const listText = (await main.textContent())!.replace(/^.*?Search(?=Show)/, '');
  await page.goto(`/households/${householdId}`);
  await page.getByRole('heading', { level: 2, name: 'Timeline' }).waitFor();
  // Every section has read its records (notes, timeline), so the two pages are compared whole.
  await page.waitForFunction(() => !document.querySelector('main')?.textContent?.includes('Loading'));
  // Parts of the record (the checks' actions) arrive after the timeline on a busy machine: read until it settles.
  let record = await page.getByRole('main').textContent();
  for (;;) {
    await page.waitForTimeout(500);
    const again = await page.getByRole('main').textContent();
    if (again === record) return { listText, record };
    record = again;
  }
}

describe('backup and restore', () => {
  test('a backup made on one device restores on a fresh profile to the same households and the same record', async () => {
    const page = await openPage('/settings');
    await signIn(page, 'Morgan Synthetic-Manager');
    await page.getByRole('button', { name: 'Load demo data' }).click();
    await page.getByRole('button', { name: 'Remove demo data' }).waitFor();
    const demoCount = await page.getByText(/demo households are loaded/).textContent();

    await expectNoAxeViolations(page, '/settings with backups');
    await expectLargeTargets(page, '/settings with backups');

    await backups(page).getByLabel('Passphrase (optional)').fill(PASSPHRASE);
    await backups(page).getByLabel('Passphrase again').fill(PASSPHRASE);
    const [download] = await Promise.all([page.waitForEvent('download'), backups(page).getByRole('button', { name: 'Back up now' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^fostering-backup-\d{4}-\d{2}-\d{2}-\d{4}\.backup$/);
    const file = await buffer(await download.createReadStream());
    await backups(page).getByText(/^Backup saved to your downloads/).waitFor();
    await backups(page).getByText(/^Last backup from this device: /).waitFor();

    await page.goto('/households');
    const householdId = (await page.getByRole('main').getByRole('link', { name: /^D-/ }).first().getAttribute('href'))!.split('/').pop()!;
    const before = await whatTheTeamSees(page, householdId);

    // A new tablet: a fresh browser profile with nothing in it.
    const fresh = await openPage('/settings');
    await signIn(fresh, 'Ria Synthetic-Worker');
    await backups(fresh).getByLabel('Backup file').setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/octet-stream', buffer: file });
    await backups(fresh).getByLabel('Passphrase, if the backup has one').fill(PASSPHRASE);
    await backups(fresh).getByRole('button', { name: 'Check the backup' }).click();
    await backups(fresh).getByRole('heading', { name: 'Check before you restore' }).waitFor();
    const households = Number(demoCount!.match(/\d+/)![0]);
    await backups(fresh).getByText(`Adds ${households} households, replaces none, removes none`).waitFor();
    await expectNoAxeViolations(fresh, '/settings with a restore summary');
    await expectLargeTargets(fresh, '/settings with a restore summary');

    await backups(fresh).getByRole('button', { name: 'Yes, replace everything with this backup' }).click();
    await backups(fresh).getByText(`Backup restored: this device now holds ${households} households, exactly as in the backup.`).waitFor();
    expect(await fresh.getByText(/demo households are loaded/).textContent()).toBe(demoCount);

    expect(await whatTheTeamSees(fresh, householdId)).toEqual(before);
  });

  test('a file that is not a backup is refused beside the file field, and the backups section fits a 390 px phone', async () => {
    const page = await openPage('/settings', { viewport: { width: 390, height: 844 } });
    await signIn(page, 'Morgan Synthetic-Manager');
    await backups(page).getByLabel('Backup file').setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) });
    await backups(page).getByRole('button', { name: 'Check the backup' }).click();
    await backups(page).locator('#restore-file-error').getByText(/not a backup from this app/).waitFor();
    await page.getByRole('alert').filter({ hasText: 'There is a problem' }).getByRole('link', { name: /not a backup from this app/ }).waitFor();
    const tooWide = await page.evaluate(() =>
      [...document.querySelectorAll('#backup, #backup *')].filter((el) => el.getBoundingClientRect().right > 390).map((el) => `${el.tagName}#${el.id}.${el.className}`).slice(0, 8),
    );
    expect(tooWide).toEqual([]);
    await expectNoAxeViolations(page, '/settings with a refused file at 390px');
  });
});
