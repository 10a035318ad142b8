import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { newContext, signIn } from './support/browser';
import { addDaysIso as shift, main, moveForward, receiveEveryCheck } from './support/journey';
import { startPreview, type Preview } from './support/preview';
import { dateField, fillDate } from './support/dates';

/**
 * A connected-person (kinship) household in the built app: temporary approval recorded and
 * extended once by the nominated officer, then approved at the decision stage with kinship terms
 * naming the child it is for.
 */

describe('connected-person temporary approval', () => {
  let preview: Preview;
  beforeAll(async () => {
    preview = await startPreview();
  });
  afterAll(async () => {
    await preview?.stop();
  });

  test('a kinship household is extended once, then approved with kinship terms naming the child', async () => {
    const context = await newContext({ baseURL: preview.url });
    const page = await context.newPage();
    await page.goto('/');
    await signIn(page, 'Jo Synthetic-Worker');
    const today = await page.evaluate(() => new Date().toLocaleDateString('en-CA'));
    const started = shift(today, -100);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'New enquiry' }).click();
    await main(page).getByLabel("Applicant's full name", { exact: true }).fill('Rowan Madeup');
    await main(page).getByLabel('Phone number').fill('07700 900 462');
    await main(page).getByLabel('Postcode').fill('ls6 2ab');
    await main(page).getByLabel('Word of mouth').check();
    await main(page).getByLabel('Not sure yet').check();
    await main(page).getByLabel('Connected person (kinship)').check();
    // 31 February is kept as typed and refused in words, never emptied or turned into March.
    const year = today.slice(0, 4);
    await fillDate(main(page), 'Date of enquiry', `${year}-02-31`);
    await main(page).getByRole('button', { name: /Save enquiry|Continue/ }).click();
    await main(page).getByRole('link', { name: 'Date of the enquiry must be a real date' }).click();
    const enquiryDate = dateField(main(page), 'Date of enquiry');
    expect(await enquiryDate.getByLabel('Day', { exact: true }).evaluate((box) => [box === document.activeElement, box.getAttribute('aria-invalid')])).toEqual([true, 'true']);
    expect(await enquiryDate.getByRole('textbox').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value))).toEqual(['31', '02', year]);
    expect(await enquiryDate.getByLabel('Year', { exact: true }).getAttribute('aria-invalid')).toBeNull();
    await fillDate(main(page), 'Date of enquiry', started);
    await main(page).getByRole('button', { name: /Save enquiry|Continue/ }).click();
    await page.getByRole('heading', { level: 1, name: /Rowan Madeup/ }).waitFor();

    // Temporary approval from 100 days ago: its last day is 11 days away, so the record warns.
    await main(page).getByRole('button', { name: 'Record temporary approval' }).click();
    await fillDate(main(page), 'Date temporary approval started', started);
    await main(page).getByRole('button', { name: 'Save temporary approval' }).click();
    await main(page).getByText(/Temporary approval ends in 11 days.*decide the approval or extend it/).waitFor();

    // The nominated officer extends it by 8 weeks after consulting the panel; 9 is refused first.
    await main(page).getByRole('button', { name: 'Extend temporary approval' }).click();
    const extend = main(page).getByRole('form', { name: 'Extend temporary approval' });
    await extend.getByLabel('Extension in weeks').fill('9');
    await fillDate(extend, 'Date of the extension decision', today);
    await extend.getByLabel('Nominated officer who extended it').fill('Sam Example');
    await fillDate(extend, 'Date the fostering panel was consulted', shift(today, -2));
    await extend.getByLabel('Why is it being extended?').fill('The Form C needs the medical report');
    await extend.getByRole('button', { name: 'Save extension' }).click();
    await extend.getByRole('link', { name: 'Extension must be a whole number of weeks from 1 to 8' }).waitFor();
    await expectNoAxeViolations(page, 'Temporary approval extension with errors');
    await extend.getByLabel('Extension in weeks').fill('8');
    await extend.getByRole('button', { name: 'Save extension' }).click();
    await main(page).getByText('Sam Example, nominated officer').waitFor();
    expect(await main(page).getByRole('button', { name: 'Extend temporary approval' }).count()).toBe(0);
    expect(await main(page).getByText(/Temporary approval ends in/).count()).toBe(0);

    // Through the line to the decision.
    await moveForward(page, 'Initial visit');
    await moveForward(page, 'Application');
    await moveForward(page, 'Stage 1');
    await receiveEveryCheck(page, today);
    await moveForward(page, 'Stage 2');
    await main(page).getByRole('button', { name: 'Change stage 2 details' }).click();
    await fillDate(main(page), 'Date the Form C was completed', today);
    await main(page).getByRole('button', { name: 'Save stage 2 details' }).click();
    await main(page).getByRole('button', { name: 'Change stage 2 details' }).waitFor();
    await moveForward(page, 'Panel');
    await main(page).getByRole('button', { name: 'Change panel details' }).click();
    await fillDate(main(page), 'Date of panel', today);
    await fillDate(main(page), 'Date the papers were sent', today);
    await main(page).getByLabel('Panel chair').fill('Pat Synthetic-Chair');
    await main(page).getByRole('group', { name: 'Panel’s recommendation' }).getByLabel('Approve', { exact: true }).check();
    await fillDate(main(page), 'Date the final minutes were received', today);

    // Kinship approval names the child; the panel's recommended terms are refused without the name.
    const recommended = main(page).getByRole('group', { name: 'Terms the panel recommended' });
    await recommended.getByLabel('Kinship (connected person)').check();
    await recommended.getByLabel('Youngest age').fill('4');
    await recommended.getByLabel('Oldest age').fill('4');
    await recommended.getByLabel('Number of children').fill('1');
    await main(page).getByRole('button', { name: 'Save panel details' }).click();
    await main(page).getByRole('link', { name: 'Enter the name of the child this kinship approval is for' }).waitFor();
    await expectNoAxeViolations(page, 'Panel with kinship terms and errors');
    await recommended.getByLabel('Named child this approval is for').fill('Ava Madeup');
    await main(page).getByRole('button', { name: 'Save panel details' }).click();
    await main(page).getByRole('button', { name: 'Change panel details' }).waitFor();
    await moveForward(page, 'Decision');

    await main(page).getByRole('button', { name: 'Record decision' }).click();
    const decision = main(page).locator('#move-form');
    await decision.getByRole('group', { name: 'Agency decision maker' }).getByLabel('Name').fill('Dana Synthetic-Head');
    await decision.getByRole('group', { name: 'Agency decision maker' }).getByLabel('Role').fill('Head of Service');
    await decision.getByRole('group', { name: 'Decision' }).getByLabel('Approve', { exact: true }).check();
    await decision.getByRole('button', { name: 'Save decision' }).click();
    await main(page).getByText('Approved by the agency decision maker').first().waitFor();

    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Rowan Madeup/ }).waitFor();
    await main(page).getByText(/^Kinship \(connected person\) for Ava Madeup, 4 to 4 years/).first().waitFor();
    const text = (await main(page).textContent()) ?? '';
    expect(text).toContain('Sam Example, nominated officer');
    expect(text).not.toMatch(/NaN|Infinity|undefined/);
    await expectNoAxeViolations(page, 'Kinship household approved');
    await context.close();
  });
});
