import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { newContext, signIn } from './support/browser';
import { expectNoAxeViolations } from './support/axe';
import { main } from './support/journey';
import { approveDemoHousehold, axeAt, openCard, openCarerHousehold } from './support/carer-journey';
import { startPreview, type Preview } from './support/preview';
import { fillDate } from './support/dates';

/**
 * An approved household on the register, in the built app with the demo data: approved through
 * the pipeline, found among the carers with its terms, given a tier, visited, reviewed at panel and
 * deregistered by resignation (still listed until the 28 days have passed).
 */

const today = new Date().toISOString().slice(0, 10);

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
    await approveDemoHousehold(page);

    // The pipeline record leads to the carer household page.
    const { reference } = await openCarerHousehold(page);
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
    let form = await openCard(page, 'Give a tier', 'Give a tier');
    await form.getByLabel(/^Tier 2: enhanced/).check();
    await fillDate(form, 'Date the tier starts', today);
    await form.getByRole('button', { name: 'Save tier' }).click();
    await form.getByRole('link', { name: /Enter why the household is on this tier/ }).waitFor();
    await expectNoAxeViolations(page, 'Tier form with errors');
    await form.getByLabel('Reason').fill('Caring for a child with additional needs');
    await form.getByRole('button', { name: 'Save tier' }).click();
    await main(page).getByText(/Tier 2: enhanced \(Caring for a child with additional needs\)/).waitFor();

    form = await openCard(page, 'Log a supervision visit', 'Log a supervision visit');
    await fillDate(form, 'Date of the visit', today);
    await form.getByLabel('Planned').check();
    await form.getByLabel('Note (optional)').fill('Talked through the new tier');
    await form.getByRole('button', { name: 'Log visit' }).click();
    await main(page).getByText(/Planned\. Talked through the new tier/).waitFor();

    form = await openCard(page, 'Record a review', 'Record the first review (goes to panel)');
    await fillDate(form, 'Date of the review', today);
    await form.getByLabel('Approval continues on the same terms').check();
    await form.locator('#review-carersAgree').check();
    await form.getByRole('button', { name: 'Record review' }).click();
    await main(page).getByText(/\(to panel\): Approval continues on the same terms/).waitFor();
    await main(page).getByText(/^Next review due/).waitFor();

    await axeAt(page, 'Carer household page');

    form = await openCard(page, 'Record leaving the register', 'Leaving the register');
    await form.getByLabel('Resignation').check();
    await fillDate(form, 'Date notice was received', today);
    await form.getByLabel('Reason').selectOption('Retirement');
    await form.getByLabel('Held', { exact: true }).check();
    await form.getByRole('button', { name: 'Continue' }).click();
    await form.getByRole('button', { name: /^Yes, leaves the register on/ }).click();
    // Saved once the form has gone and the record says when (the question itself used the same words).
    await form.waitFor({ state: 'detached' });
    await main(page).getByText('Leaves the register on', { exact: true }).first().waitFor();
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

  test('two tabs giving the same household a tier: the second save is refused, says who and when, and keeps its choice', async () => {
    const context = await newContext({ baseURL: preview.url });
    const first = await context.newPage();
    await first.goto('/settings');
    await signIn(first, 'Morgan Synthetic-Manager');
    await approveDemoHousehold(first);
    await main(first).getByRole('link', { name: /^Carer household:/ }).click();
    await main(first).getByRole('heading', { name: 'Tier' }).waitFor();
    const second = await context.newPage();
    await second.goto(new URL(first.url()).pathname);
    await main(second).getByRole('heading', { name: 'Tier' }).waitFor();

    const tierForm = (page: typeof first) => main(page).locator('form', { has: page.getByRole('button', { name: 'Save tier' }) });
    for (const page of [first, second]) await main(page).getByRole('button', { name: 'Give a tier', exact: true }).click();
    for (const [page, tier, reason] of [
      [first, /^Tier 2: enhanced/, 'Caring for a child with additional needs'],
      [second, /^Tier 3: specialist/, 'Caring for a sibling group of three'],
    ] as const) {
      const form = tierForm(page);
      await form.getByLabel(tier).check();
      await fillDate(form, 'Date the tier starts', today);
      await form.getByLabel('Reason').fill(reason);
    }
    await tierForm(first).getByRole('button', { name: 'Save tier' }).click();
    await tierForm(first).waitFor({ state: 'detached' });

    await tierForm(second).getByRole('button', { name: 'Save tier' }).click();
    const refusal = tierForm(second).getByRole('alert').filter({ hasText: 'This record has changed' });
    await refusal.waitFor();
    expect(await refusal.innerText()).toMatch(/Since you opened this form, Morgan Synthetic-Manager changed the tier at \d\d:\d\d\. Your changes have not been saved\./);
    expect(await tierForm(second).getByLabel('Reason').inputValue()).toBe('Caring for a sibling group of three');
    await expectNoAxeViolations(second, 'the refused tier form');
    await main(second).getByText(/Tier 2: enhanced \(Caring for a child with additional needs\)/).waitFor();

    // Taking the latest is a choice: the second tab's tier is then saved, after the first's in the history.
    await refusal.getByRole('button', { name: 'Use the latest and keep my changes' }).click();
    await tierForm(second).getByRole('button', { name: 'Save tier' }).click();
    await tierForm(second).waitFor({ state: 'detached' });
    await main(first).getByText(/Tier 3: specialist \(Caring for a sibling group of three\)/).waitFor();
    await context.close();
  });
});
