import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { newContext, signIn } from './support/browser';
import { main } from './support/journey';
import { startPreview, type Preview } from './support/preview';

/** A worker puts right a mistyped phone number and an address on a household's record, and it stays put. */
describe('correcting household details', () => {
  let preview: Preview;
  beforeAll(async () => {
    preview = await startPreview();
  });
  afterAll(async () => {
    await preview?.stop();
  });

  test('corrects the phone number and the address, and both survive a reload with the timeline entry', async () => {
    const context = await newContext({ baseURL: preview.url });
    const page = await context.newPage();
    await page.goto('/');
    await signIn(page, 'Jo Synthetic-Worker');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'New enquiry' }).click();
    await page.getByRole('heading', { level: 1, name: /enquiry/i }).waitFor();
    await main(page).getByLabel("Applicant's full name", { exact: true }).fill('Robin Madeupson');
    await main(page).getByLabel('Phone number').fill('07700 900 123');
    await main(page).getByLabel('Postcode').fill('ls6 2ab');
    await main(page).getByLabel('Address (optional)').fill('12 Exmaple Road\nExampletown');
    await main(page).getByLabel('Word of mouth').check();
    await main(page).getByLabel('Teenagers').check();
    await main(page).getByRole('button', { name: /Save enquiry|Continue/ }).click();
    await main(page).getByText('Enquiry saved').waitFor();

    await main(page).getByRole('button', { name: 'Change phone' }).click();
    const form = main(page).getByRole('form', { name: 'Change contact details' });
    await form.getByLabel('Phone number').fill('07700 900 45');
    await form.getByRole('button', { name: 'Save contact details' }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    // The title follows the error summary in an effect: wait for it rather than read it once.
    await expect.poll(() => page.title()).toMatch(/^Error: /);
    await expectNoAxeViolations(page, 'Change contact details with an error');

    await form.getByLabel('Phone number').fill('07700 900 456');
    await form.getByLabel('Address (optional)').fill('12 Example Road\nExampletown');
    await form.getByRole('button', { name: 'Save contact details' }).click();
    await main(page).getByText('Contact details saved').waitFor();

    await page.reload();
    const details = main(page).getByRole('region', { name: 'Household details' });
    await details.getByRole('link', { name: '07700 900456' }).waitFor();
    expect(await details.innerText()).toContain('12 Example Road');
    const timeline = main(page).getByRole('region', { name: 'Timeline' });
    await timeline.getByText('Phone: 07700 900123 → 07700 900456').waitFor();
    await timeline.getByText('Address: 12 Exmaple Road, Exampletown → 12 Example Road, Exampletown').waitFor();
    expect(await timeline.innerText()).toContain('Contact details corrected');
    await context.close();
  });
});
