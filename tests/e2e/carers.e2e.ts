import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { newContext, signIn } from './support/browser';
import { main } from './support/journey';
import { startPreview, type Preview } from './support/preview';
import { fillDate } from './support/dates';

/**
 * An approved household on the register, in the built app with the demo data: approved through
 * the pipeline, found among the carers with its terms, given a tier, visited, reviewed at panel and
 * deregistered by resignation (still listed until the 28 days have passed).
 */

// A demo household at the decision stage with the final minutes in and no determination yet.
const READY_FOR_DECISION = 'demo-h035';
const today = new Date().toISOString().slice(0, 10);

async function open(page: Page, button: string, form: string): Promise<Locator> {
  await main(page).getByRole('button', { name: button, exact: true }).click();
  const card = main(page).locator('form', { has: page.getByRole('heading', { name: form }) });
  await card.waitFor();
  return card;
}

async function axeAt(page: Page, where: string): Promise<void> {
  for (const width of [390, 1366]) {
    await page.setViewportSize({ width, height: width < 700 ? 844 : 900 });
    await expectNoAxeViolations(page, `${where} at ${width} px`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${where} at ${width} px is wider than the screen`).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize({ width: 1024, height: 768 });
}

describe('approved carer households', () => {
  let preview: Preview;
  beforeAll(async () => {
    preview = await startPreview();
  });
  afterAll(async () => {
    await preview?.stop();
  });

  test('approve, find among the carers with its terms, tier, visit, first review, resignation', async () => {
    const context = await newContext({ baseURL: preview.url });
    const page = await context.newPage();
    await page.goto('/settings');
    await signIn(page, 'Morgan Synthetic-Manager');
    await page.getByRole('button', { name: 'Load demo data' }).click();
    await page.getByRole('button', { name: 'Remove demo data' }).waitFor();

    await page.goto(`/households/${READY_FOR_DECISION}`);
    await main(page).getByText('Ready for the agency decision maker').first().waitFor();
    await main(page).getByRole('button', { name: 'Record decision', exact: true }).click();
    const decision = main(page).locator('#move-form');
    await decision.getByRole('group', { name: 'Agency decision maker' }).getByLabel('Name').fill('Dana Synthetic-Head');
    await decision.getByRole('group', { name: 'Agency decision maker' }).getByLabel('Role').fill('Head of Service');
    await decision.getByLabel('Approve', { exact: true }).check();
    await decision.getByRole('button', { name: 'Save decision' }).click();
    await main(page).getByText('Approved by the agency decision maker').first().waitFor();

    // The pipeline record leads to the carer household page.
    await main(page).getByRole('link', { name: /^Carer household:/ }).click();
    const caption = (await main(page).locator('h1 .caption').textContent()) ?? '';
    const reference = caption.replace('Carer household ', '').trim();
    expect(reference).toMatch(/^[A-Z]-\d{4}$/);

    // Found among the carers, with its terms.
    await page.goto('/carers');
    await main(page).getByLabel('Search by name or reference').fill(reference);
    const row = main(page).locator('tr', { has: page.getByRole('link', { name: reference }) });
    // The search applies a moment after typing stops: the count says when.
    await main(page).getByText('1 carer household', { exact: true }).waitFor();
    await row.waitFor();
    expect(await row.textContent()).toMatch(/No tier yet/);
    await axeAt(page, 'Carer list');
    await row.getByRole('link', { name: reference }).click();
    await main(page).getByRole('heading', { name: 'Approval' }).waitFor();
    expect(await main(page).getByText(/years, \d+ child/).count()).toBeGreaterThan(0);

    // A tier: refused without a reason, then saved with its history.
    let form = await open(page, 'Give a tier', 'Give a tier');
    await form.getByLabel(/^Tier 2: enhanced/).check();
    await fillDate(form, 'Date the tier starts', today);
    await form.getByRole('button', { name: 'Save tier' }).click();
    await form.getByRole('link', { name: /Enter why the household is on this tier/ }).waitFor();
    await expectNoAxeViolations(page, 'Tier form with errors');
    await form.getByLabel('Reason').fill('Caring for a child with additional needs');
    await form.getByRole('button', { name: 'Save tier' }).click();
    await main(page).getByText(/Tier 2: enhanced \(Caring for a child with additional needs\)/).waitFor();

    form = await open(page, 'Log a supervision visit', 'Log a supervision visit');
    await fillDate(form, 'Date of the visit', today);
    await form.getByLabel('Planned').check();
    await form.getByLabel('Note (optional)').fill('Talked through the new tier');
    await form.getByRole('button', { name: 'Log visit' }).click();
    await main(page).getByText(/Planned\. Talked through the new tier/).waitFor();

    form = await open(page, 'Record a review', 'Record the first review (goes to panel)');
    await fillDate(form, 'Date of the review', today);
    await form.getByLabel('Approval continues on the same terms').check();
    await form.locator('#review-carersAgree').check();
    await form.getByRole('button', { name: 'Record review' }).click();
    await main(page).getByText(/\(to panel\): Approval continues on the same terms/).waitFor();
    await main(page).getByText(/^Next review due/).waitFor();

    await axeAt(page, 'Carer household page');

    form = await open(page, 'Record leaving the register', 'Leaving the register');
    await form.getByLabel('Resignation').check();
    await fillDate(form, 'Date notice was received', today);
    await form.getByLabel('Reason').selectOption('Retirement');
    await form.getByLabel('Held', { exact: true }).check();
    await form.getByRole('button', { name: 'Continue' }).click();
    await form.getByRole('button', { name: /^Yes, leaves the register on/ }).click();
    await main(page).getByText('Leaves the register on', { exact: false }).first().waitFor();
    const summary = (await main(page).textContent()) ?? '';
    expect(summary).toContain('Resignation');
    expect(summary).not.toMatch(/NaN|Invalid Date|undefined/);

    // Still on the list until the resignation takes effect, then among those who have left.
    await page.goto(`/carers?q=${reference}`);
    await main(page).getByRole('link', { name: reference }).waitFor();
    expect(await main(page).locator('tbody').textContent()).toMatch(/Leaves the register/);
    await page.goto(`/carers?q=${reference}&register=left`);
    await main(page).getByText('No carer households match').waitFor();
    await context.close();
  });
});
