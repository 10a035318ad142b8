import { buffer } from 'node:stream/consumers';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { newContext, signIn } from './support/browser';
import { main } from './support/journey';
import { startPreview, type Preview } from './support/preview';

/** A worker answers a subject access request, checks the history is whole, and reviews what is due for deletion. */
describe('subject access, history and retention', () => {
  let preview: Preview;
  beforeAll(async () => {
    preview = await startPreview();
  });
  afterAll(async () => {
    await preview?.stop();
  });

  test('a household’s whole record downloads as JSON, the history verifies, and the review page opens', async () => {
    const context = await newContext({ baseURL: preview.url });
    const page = await context.newPage();
    await page.goto('/');
    await signIn(page, 'Jo Synthetic-Worker');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'New enquiry' }).click();
    await main(page).getByLabel("Applicant's full name", { exact: true }).fill('Perrin Madeupfield');
    await main(page).getByLabel('Phone number').fill('07700 900 321');
    await main(page).getByLabel('Postcode').fill('ls6 2ab');
    await main(page).getByLabel('Word of mouth').check();
    await main(page).getByLabel('Teenagers').check();
    await main(page).getByRole('button', { name: /Save enquiry|Continue/ }).click();
    await main(page).getByText('Enquiry saved').waitFor();

    await main(page).getByRole('link', { name: 'Everything recorded about this household' }).click();
    await main(page).getByRole('heading', { level: 1, name: /Everything recorded about H-/ }).waitFor();
    expect(await main(page).innerText()).toContain('Perrin Madeupfield');
    await expectNoAxeViolations(page, 'Everything recorded about a household');
    const [download] = await Promise.all([page.waitForEvent('download'), main(page).getByRole('button', { name: 'Download as JSON' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^household-H-\d+-record\.json$/);
    const json = JSON.parse((await buffer(await download.createReadStream())).toString('utf8')) as { parts: { table: string }[] };
    expect(json.parts.map((p) => p.table)).toContain('people');

    await page.goto('/settings');
    const history = main(page).getByRole('region', { name: 'Verify history' });
    await history.getByRole('button', { name: 'Verify history' }).click();
    await history.getByText('No break found.').waitFor();

    await page.goto('/retention');
    await main(page).getByText('No household’s records are due for deletion.').waitFor();
    await expectNoAxeViolations(page, 'Records due for deletion');
    await context.close();
  });
});
