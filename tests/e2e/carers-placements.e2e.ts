import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { newContext, signIn } from './support/browser';
import { main } from './support/journey';
import { approveDemoHousehold, axeAt, openCard, openCarerHousehold } from './support/carer-journey';
import { startPreview, type Preview } from './support/preview';
import { fillDate } from './support/dates';

/**
 * A carer household's placements, an extra review and the service's tiers, in the built app with
 * the demo data: placements fill the vacancy and an unplanned ending frees it, an extra review shows
 * on Today until it is held, and a renamed tier shows on the carer list.
 */

const today = new Date().toISOString().slice(0, 10);

async function places(page: Page): Promise<{ approved: number; inUse: number; vacant: number }> {
  const text = (await main(page).getByRole('region', { name: 'Placements' }).getByText(/^\d+ approved, \d+ in use, \d+ vacant$/).textContent()) ?? '';
  const [approved, inUse, vacant] = (text.match(/\d+/g) ?? []).map(Number);
  return { approved: approved!, inUse: inUse!, vacant: vacant! };
}

describe('placements, an extra review and the tiers of a carer household', () => {
  let preview: Preview;
  beforeAll(async () => {
    preview = await startPreview();
  });
  afterAll(async () => {
    await preview?.stop();
  });

  test('fill every place and see the vacancy go, end one unplanned, start and hold an extra review, rename a tier', async () => {
    const context = await newContext({ baseURL: preview.url });
    const page = await context.newPage();
    await page.goto('/settings');
    await signIn(page, 'Morgan Synthetic-Manager');
    await approveDemoHousehold(page);
    const { reference } = await openCarerHousehold(page);
    const carerPage = page.url();

    // Placements into every place the terms allow: the vacancy goes from the list.
    const start = await places(page);
    expect(start.vacant).toBeGreaterThan(0);
    for (let n = 1; n <= start.approved; n++) {
      const form = await openCard(page, 'Add a placement', 'Add a placement');
      await fillDate(form, 'Start date', today);
      await form.getByLabel('5 to 10').check();
      await form.getByRole('group', { name: 'Placed as part of a sibling group?' }).getByLabel('No').check();
      await form.getByRole('group', { name: 'Is this a short break?' }).getByLabel('No').check();
      if (n === 1) await axeAt(page, 'The add a placement form');
      await form.getByRole('button', { name: 'Add placement' }).click();
      await form.waitFor({ state: 'detached' });
      // The card closes once the placement is saved; the page's count follows at its next read.
      await expect.poll(() => places(page), { timeout: 10_000 }).toEqual({ approved: start.approved, inUse: n, vacant: start.approved - n });
    }
    await page.goto(`/carers?vacancy=yes&q=${reference}`);
    await main(page).getByText(/No carer households match|0 carer households/).first().waitFor();

    // One more is refused, saying why beside the start date.
    await page.goto(carerPage);
    let form = await openCard(page, 'Add a placement', 'Add a placement');
    await fillDate(form, 'Start date', today);
    await form.getByRole('button', { name: 'Add placement' }).click();
    await form.getByText(/all are in use on/).first().waitFor();
    await form.getByRole('button', { name: 'Cancel' }).click();

    // Ended unplanned: the place is free again, on the page and the list.
    await main(page).getByRole('button', { name: 'End the placement' }).first().click();
    form = main(page).locator('form', { has: page.getByRole('heading', { name: 'End the placement' }) });
    await fillDate(form, 'Date the placement ended', today);
    await form.getByLabel('Unplanned').check();
    await form.getByRole('button', { name: 'End placement' }).click();
    await main(page).getByText(/\(unplanned ending\)/).waitFor();
    expect((await places(page)).vacant).toBe(1);
    await page.goto(`/carers?vacancy=yes&q=${reference}`);
    await main(page).getByRole('link', { name: reference }).waitFor();

    // An extra review after an allegation: due on the page and on Today until held.
    await page.goto(carerPage);
    form = await openCard(page, 'Start an extra review', 'Start an extra review');
    await form.getByLabel('An allegation').check();
    await fillDate(form, 'Date of the allegation or change', today);
    await axeAt(page, 'The start an extra review form');
    await form.getByRole('button', { name: 'Start extra review' }).click();
    await main(page).getByText(/stays due until one is held/).waitFor();
    await page.goto('/?view=everyone');
    const support = main(page).getByRole('region', { name: 'Approved carers' });
    const extra = support.getByRole('region', { name: /^Extra reviews/ });
    await extra.getByRole('link', { name: new RegExp(reference) }).waitFor();
    await page.goto(carerPage);
    form = await openCard(page, 'Hold the extra review', 'Record');
    await fillDate(form, 'Date of the review', today);
    await form.getByLabel('Approval continues on the same terms').check();
    await form.getByRole('group', { name: 'Do the carers agree with the outcome?' }).getByLabel('Yes').check();
    await form.getByRole('button', { name: 'Record review' }).click();
    await main(page).getByRole('button', { name: 'Start an extra review' }).waitFor();
    await page.goto('/?view=everyone');
    await support.getByRole('region', { name: /^Extra reviews/ }).waitFor();
    expect(await extra.getByRole('link', { name: new RegExp(reference) }).count()).toBe(0);

    // Tier 1 renamed in the settings, and the carer list says so.
    await page.goto(carerPage);
    form = await openCard(page, 'Give a tier', 'Give a tier');
    await form.getByLabel(/^Tier 1: core/).check();
    await fillDate(form, 'Date the tier starts', today);
    await form.getByLabel('Reason').fill('Newly approved');
    await form.getByRole('button', { name: 'Save tier' }).click();
    await main(page).getByText(/Tier 1: core \(Newly approved\)/).waitFor();
    await page.goto('/carers');
    await main(page).getByRole('link', { name: 'Tiers and KEEP programmes' }).click();
    form = await openCard(page, 'Change Tier 1: core', 'Change Tier 1: core');
    await form.getByLabel('Name').fill('Tier 1: foundation');
    await axeAt(page, 'The tiers and KEEP programmes page');
    await form.getByRole('button', { name: 'Save tier' }).click();
    await main(page).getByRole('heading', { name: 'Tier 1: foundation', exact: true, level: 3 }).waitFor();
    await page.goto(`/carers?q=${reference}`);
    const row = main(page).locator('tr', { has: page.getByRole('link', { name: reference }) });
    await row.getByRole('cell', { name: 'Tier 1: foundation' }).waitFor();
    await context.close();
  }, 300_000);
});
