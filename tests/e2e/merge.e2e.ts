import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { newContext, signIn } from './support/browser';
import { startPreview, type Preview } from './support/preview';
import { expectLargeTargets } from './support/targets';

/**
 * The same made-up family entered twice (as on two tablets) is found by the duplicate rules and
 * merged by hand into one household whose timeline keeps both histories.
 */

const main = (page: Page) => page.getByRole('main');

async function recordEnquiry(page: Page, name: string, phone: string): Promise<void> {
  await page.goto('/enquiries/new');
  await page.getByRole('heading', { level: 1, name: /enquiry/i }).waitFor();
  await main(page).getByLabel("Applicant's full name", { exact: true }).fill(name);
  await main(page).getByLabel('Email address').fill('rowan.fictional@example.com');
  await main(page).getByLabel('Phone number').fill(phone);
  await main(page).getByLabel('Postcode').fill('LS6 2AB');
  await main(page).getByLabel('Word of mouth').check();
  await main(page).getByLabel('Teenagers').check();
  await main(page).getByRole('button', { name: /Save enquiry|Continue/ }).click();
  const anyway = main(page).getByRole('button', { name: 'Save as a new enquiry anyway' });
  const saved = main(page).getByText('Enquiry saved');
  await Promise.race([anyway.waitFor(), saved.waitFor()]);
  if (await anyway.isVisible()) await anyway.click();
  await saved.waitFor();
}

describe('merging a household entered twice', () => {
  let preview: Preview;
  beforeAll(async () => {
    preview = await startPreview();
  });
  afterAll(async () => {
    await preview?.stop();
  });

  test('the duplicate is offered for merging, the check-answers page is accessible, and the kept household shows both histories', async () => {
    const context = await newContext({ baseURL: preview.url });
    const page = await context.newPage();
    await page.goto('/');
    await signIn(page, 'Jo Synthetic-Worker');

    await recordEnquiry(page, 'Rowan Fictional', '07700 900 461');
    await recordEnquiry(page, 'Rowan Fictional', '07700 900 462');
    const notice = main(page).getByRole('heading', { name: 'This may be the same people as another household' });
    await notice.waitFor();
    await main(page).getByRole('link', { name: 'Merge with H-0001' }).click();

    await page.getByRole('heading', { level: 1, name: 'Merge H-0002 with H-0001' }).waitFor();
    await main(page).getByRole('table', { name: 'The two households' }).waitFor();
    await expectNoAxeViolations(page, 'Merge two households');
    await expectLargeTargets(page, 'Merge two households');
    await main(page).getByRole('group', { name: /Phone: which to keep/ }).getByLabel('07700 900462 (H-0002)').check();
    await main(page).getByRole('button', { name: 'Merge into H-0001' }).click();

    await page.getByRole('heading', { level: 1, name: 'Rowan Fictional' }).waitFor();
    const timeline = main(page).getByRole('region', { name: 'Timeline' });
    await timeline.getByText(/Merged with H-0002/).waitFor();
    await timeline.getByText('Enquiry recorded (H-0001)').waitFor();
    await timeline.getByText('Enquiry recorded (H-0002)').waitFor();
    await main(page).getByText('07700 900462').first().waitFor();
    // One household is left: the list no longer offers H-0002.
    expect(new URL(page.url()).pathname).toMatch(/^\/households\/[^/]+$/);
    await expectNoAxeViolations(page, 'Household after a merge');
    await page.goto('/households');
    await main(page).getByRole('link', { name: /^H-0001/ }).waitFor();
    expect(await main(page).getByRole('link', { name: /^H-0002/ }).count()).toBe(0);

    await page.goto('/conflicts');
    await page.getByRole('heading', { level: 1, name: 'Conflicts to settle' }).waitFor();
    await main(page).getByText('There are no conflicts to settle.').waitFor();
    await expectNoAxeViolations(page, 'Conflicts to settle');
  });
});
