import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { openPage, pathOf, signIn } from './support/browser';
import { expectLargeTargets } from './support/targets';

const resource = (id: string, title: string) => ({
  id,
  title,
  category: 'Support for you',
  summary: `About ${title}.`,
  body: `${title}: see [the guidance](https://www.gov.uk/foster-carers).`,
  lastReviewed: '2026-01-01',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

const FIRST = {
  kind: 'fostering-service-pack',
  version: 1,
  exportedAt: '2026-10-01T10:00:00.000Z',
  service: { name: 'Exampleshire Fostering', dutyPhone: '01632 960123', outOfHoursPhone: '07700 900456', ladoPhone: '', email: 'fostering@example.org', localContacts: [] },
  resources: [resource('local-hub-evenings', 'Hub evenings'), resource('local-old-leaflet', 'Old leaflet')],
};

/** A later pack, as anyone could write it: new numbers, one resource dropped. */
const SECOND = {
  ...FIRST,
  exportedAt: '2026-11-01T10:00:00.000Z',
  service: { ...FIRST.service, outOfHoursPhone: '07700 900999' },
  resources: [resource('local-hub-evenings', 'Hub evenings')],
};

async function choosePack(page: Page, pack: object): Promise<void> {
  await page.getByLabel('Service pack file').setInputFiles({ name: 'pack.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(pack)) });
  await page.getByRole('button', { name: 'Check the service pack' }).click();
}

describe('a service pack on a carer’s device', () => {
  test('is previewed and can be declined, leaving the contacts and resources as they were', async () => {
    const page = await openPage('/');
    await signIn(page, 'Robin Synthetic-Carer');
    await page.goto('/settings');
    await page.getByRole('button', { name: 'Switch this device to carer mode' }).click();
    await page.getByRole('button', { name: 'Yes, switch to carer mode' }).click();
    await expect.poll(() => pathOf(page)).toBe('/library');

    await choosePack(page, FIRST);
    await page.getByRole('button', { name: 'Yes, apply this pack' }).click();
    await page.getByText(/Service pack imported: 2 resources added/).waitFor();

    await choosePack(page, SECOND);
    const preview = page.getByRole('region', { name: 'What this service pack would change' });
    const outOfHours = preview.getByRole('row', { name: /Out-of-hours phone/ });
    expect(await outOfHours.textContent()).toMatch(/07700 900456.*07700 900999/);
    await preview.getByRole('heading', { name: /Resources removed: 1/ }).waitFor();
    expect(await preview.getByRole('listitem').allInnerTexts()).toEqual(['Old leaflet']);
    await expectNoAxeViolations(page, 'the service pack preview');
    await expectLargeTargets(page, 'the service pack preview');

    await preview.getByRole('button', { name: 'Cancel' }).click();
    await page.getByText('The service pack was not applied. Nothing on this device was changed.').waitFor();
    expect(await page.getByRole('link', { name: 'Old leaflet' }).count()).toBe(1);
    await page.goto('/contacts');
    expect(await page.getByRole('link', { name: /Out of hours/ }).textContent()).toContain('07700 900456');

    // A pack whose address would copy mail to someone else is refused, naming the entry.
    await page.goto('/library');
    await choosePack(page, { ...SECOND, service: { ...SECOND.service, email: 'fostering@example.org?bcc=someone@example.net' } });
    const refused = page.getByRole('alert').filter({ hasText: 'The service pack was not imported' });
    expect(await refused.textContent()).toContain('Enter the email address in the right format');
    expect(await page.getByRole('link', { name: 'Old leaflet' }).count()).toBe(1);
  });
});
