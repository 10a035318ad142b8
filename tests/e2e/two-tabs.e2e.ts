import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { newContext, signIn } from './support/browser';

/**
 * One household open in two tabs of one browser: a save based on what the other tab has since
 * changed is refused with who changed what and when, and nothing it would have overwritten is lost.
 */

const main = (page: Page) => page.getByRole('main');

async function recordEnquiry(page: Page): Promise<string> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'New enquiry' }).click();
  await main(page).getByLabel("Applicant's full name", { exact: true }).fill('Robin Madeup');
  await main(page).getByLabel('Email address').fill('robin.madeup@example.com');
  await main(page).getByLabel('Phone number').fill('07700 900 462');
  await main(page).getByLabel('Postcode').fill('LS6 2AB');
  await main(page).getByLabel('Word of mouth').check();
  await main(page).getByLabel('Teenagers').check();
  await main(page).getByRole('button', { name: /Save enquiry|Continue/ }).click();
  await page.getByRole('heading', { level: 1, name: /Robin Madeup/ }).waitFor();
  return new URL(page.url()).pathname;
}

describe('one household in two tabs', () => {
  test('a second save over the first tab’s change is refused, says who and when, and loses nothing', async () => {
    const context = await newContext();
    const first = await context.newPage();
    await first.goto('/');
    await signIn(first, 'Priya Example-Shah');
    const record = await recordEnquiry(first);

    const second = await context.newPage();
    await second.goto(record);
    await second.getByRole('heading', { level: 1, name: /Robin Madeup/ }).waitFor();

    // The same move chosen in both tabs: only the first is saved.
    for (const page of [first, second]) await main(page).getByRole('button', { name: 'Move to Initial visit' }).click();
    await main(first).getByRole('button', { name: 'Save move' }).click();
    await main(first).getByText('Moved to Initial visit').first().waitFor();
    await main(second).getByRole('button', { name: 'Save move' }).click();
    const refusal = main(second).getByRole('alert').filter({ hasText: 'This record has changed' });
    await refusal.waitFor();
    expect(await refusal.innerText()).toMatch(/Since you opened this form, Priya Example-Shah moved this household at \d\d:\d\d\. Where it stands now: Initial visit\./);
    await expectNoAxeViolations(second, 'the refused move form');
    await second.reload();
    await second.getByRole('heading', { level: 1, name: /Robin Madeup/ }).waitFor();
    expect(await main(second).getByText('Stage', { exact: true }).locator('xpath=following-sibling::dd[1]').innerText()).toBe('Initial visit');
    expect(await main(second).getByRole('heading', { name: 'Moved to Initial visit' }).count()).toBe(1);

    // Stage 2 details open in both tabs; the first sets the assessor, the second saves what it showed.
    for (const page of [first, second]) await main(page).getByRole('button', { name: 'Change stage 2 details' }).click();
    const firstForm = main(first).getByRole('form', { name: 'Change stage 2 details' });
    await firstForm.getByLabel('Assessor').selectOption({ label: 'Priya Example-Shah' });
    await firstForm.getByRole('button', { name: 'Save stage 2 details' }).click();
    await firstForm.waitFor({ state: 'detached' });

    const secondForm = main(second).getByRole('form', { name: 'Change stage 2 details' });
    await secondForm.getByRole('button', { name: 'Save stage 2 details' }).click();
    const stale = secondForm.getByRole('alert');
    await stale.waitFor();
    expect(await stale.innerText()).toMatch(/Since you opened this form, Priya Example-Shah changed the assessor at \d\d:\d\d\. Your changes have not been saved\./);
    await expectNoAxeViolations(second, 'the refused stage 2 form');
    expect(await main(second).getByText('Assessor', { exact: true }).locator('xpath=following-sibling::dd[1]').innerText()).toBe('Priya Example-Shah');

    // Taking the latest and saving again is a choice: the assessor is cleared, and the timeline says so.
    await stale.getByRole('button', { name: 'Use the latest and keep my changes' }).click();
    await secondForm.getByRole('button', { name: 'Save stage 2 details' }).click();
    await secondForm.waitFor({ state: 'detached' });
    await main(first).getByText('Assessor: Priya Example-Shah → not assigned').waitFor();
    await main(first).getByText('Assessor: not assigned → Priya Example-Shah').waitFor();
  });
});
