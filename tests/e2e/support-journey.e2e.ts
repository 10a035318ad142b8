import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { newContext, signIn } from './support/browser';
import { main } from './support/journey';
import { approveDemoHousehold, axeAt, openCard, openCarerHousehold } from './support/carer-journey';
import { startPreview, type Preview } from './support/preview';
import { fillDate } from './support/dates';

/**
 * The whole support journey of one household, in the built app with the demo data: approved,
 * found among the carers with its terms, given a tier, a satellite of a new constellation with a
 * sleepover at the hub, through KEEP to completion, its first review at panel changing its terms,
 * and its resignation; each step seen on the lists, Today and the reports.
 */

const DAY = 24 * 60 * 60 * 1000;
const isoDaysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString().slice(0, 10);
const today = isoDaysAgo(0);

/** A number in a report table: the row's `column`-th count (0 the first after the row's name). */
async function reportCount(page: Page, table: RegExp, row: RegExp, column = 0): Promise<number> {
  const t = main(page).getByRole('table', { name: table });
  const text = await t.getByRole('row', { name: row }).locator('td').nth(column).textContent();
  return Number(text);
}

async function openReports(page: Page): Promise<void> {
  await page.getByRole('navigation').getByRole('link', { name: 'Reports' }).click();
  await main(page).getByRole('heading', { name: 'Support for approved carers' }).waitFor();
  await main(page).getByRole('table', { name: /^Deregistrations by route/ }).waitFor();
}

describe('a carer household’s support from approval to resignation', () => {
  let preview: Preview;
  beforeAll(async () => {
    preview = await startPreview();
  });
  afterAll(async () => {
    await preview?.stop();
  });

  test('approve, tier, constellation, sleepover, KEEP, first review changing the terms, resignation: on the lists, Today and the reports', async () => {
    const context = await newContext({ baseURL: preview.url });
    const page = await context.newPage();
    await page.goto('/settings');
    await signIn(page, 'Morgan Synthetic-Manager');
    await approveDemoHousehold(page);
    const { reference, names } = await openCarerHousehold(page);
    const choice = `${names} (${reference})`;
    const carerPage = page.url();

    // Found among the carers with its terms, then given a tier.
    await page.goto(`/carers?q=${reference}`);
    const row = main(page).locator('tr', { has: page.getByRole('link', { name: reference }) });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/No tier yet/);
    await row.getByRole('link', { name: reference }).click();
    await main(page).getByRole('heading', { name: 'Approval' }).waitFor();
    const termsBefore = (await main(page).getByText(/years, \d+ child/).first().textContent()) ?? '';
    let form = await openCard(page, 'Give a tier', 'Give a tier');
    await form.getByLabel(/^Tier 2: enhanced/).check();
    await fillDate(form, 'Date the tier starts', today);
    await form.getByLabel('Reason').fill('Caring for a sibling group');
    await form.getByRole('button', { name: 'Save tier' }).click();
    await main(page).getByText(/Tier 2: enhanced \(Caring for a sibling group\)/).waitFor();
    await page.goto('/carers?tier=tier2');
    await main(page).locator('tr', { has: page.getByRole('link', { name: reference }) }).waitFor();

    // A satellite of a new constellation, with a sleepover at the hub.
    await page.getByRole('navigation').getByRole('link', { name: 'Constellations' }).click();
    form = await openCard(page, 'Start a constellation', 'Start a constellation');
    await form.getByLabel('Name').fill('Riverside');
    const hub = form.getByLabel('Hub home carer household');
    await hub.selectOption((await hub.locator('option').filter({ hasNotText: names }).nth(1).getAttribute('value'))!);
    await form.getByLabel('Liaison worker').selectOption({ index: 1 });
    await fillDate(form, 'Start date', today);
    await form.getByRole('button', { name: 'Start constellation' }).click();
    await main(page).getByRole('heading', { name: 'Riverside' }).waitFor();
    form = await openCard(page, 'Add a satellite household', 'Add a satellite household');
    await form.getByLabel('Carer household').selectOption({ label: choice });
    await fillDate(form, 'Date it joined', today);
    await form.getByRole('button', { name: 'Add satellite' }).click();
    await main(page).getByText('1 satellite household: the model needs at least 6').waitFor();
    form = await openCard(page, 'Log a sleepover or short break', 'Log a sleepover or short break');
    await form.getByLabel('Satellite household').selectOption({ label: names });
    await form.getByLabel('Sleepover', { exact: true }).check();
    await form.getByLabel('Planned', { exact: true }).check();
    await fillDate(form, 'First night', today);
    await form.getByLabel('Nights').fill('1');
    await form.getByRole('button', { name: 'Log stay' }).click();
    await main(page).getByText(/planned sleepover, 1 night, 1 child from/).waitFor();

    // KEEP: enrolled in a group whose 16 sessions have all been held, attending 12 of them.
    await page.getByRole('navigation').getByRole('link', { name: 'KEEP groups' }).click();
    form = await openCard(page, 'Start a KEEP group', 'Start a KEEP group');
    await form.getByLabel('Name').fill('Journey KEEP');
    await form.getByLabel(/^KEEP Standard/).check();
    await form.getByLabel('First facilitator').selectOption({ index: 1 });
    await form.getByLabel('Second facilitator').selectOption({ index: 2 });
    await fillDate(form, 'Date of the first session', isoDaysAgo(16 * 7));
    await form.getByRole('button', { name: 'Start group' }).click();
    await main(page).getByRole('heading', { name: 'Journey KEEP' }).waitFor();
    form = await openCard(page, 'Enrol a household', 'Enrol a household');
    await form.getByLabel('Carer household').selectOption({ label: choice });
    await form.getByRole('button', { name: 'Enrol' }).click();
    await main(page).getByText('0 of 16').waitFor();
    const session = main(page).getByLabel('Session', { exact: true });
    for (let s = 0; s < 12; s++) {
      await session.selectOption(String(s));
      await main(page).getByRole('button', { name: `Attended: ${names}` }).click();
      await main(page).locator(`button[aria-pressed="true"]`, { hasText: 'Attended' }).waitFor();
    }
    await main(page).getByText('12 of 16').waitFor();
    expect(await main(page).getByText('Completed', { exact: true }).count()).toBe(1);

    // Today for everyone: the new constellation short of satellites.
    await page.goto('/?view=everyone');
    const support = main(page).getByRole('region', { name: 'Approved carers' });
    await support.waitFor();
    const drifting = support.getByRole('region', { name: /^Constellations out of range/ });
    expect(await drifting.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Riverside' }) }).textContent()).toMatch(/1 satellite household: the model needs at least 6/);
    await axeAt(page, 'Today with support for approved carers');

    // The first review, at panel, adds long-term to the terms and a third child.
    await page.goto(carerPage);
    await main(page).getByRole('heading', { name: 'Approval' }).waitFor();
    form = await openCard(page, 'Record a review', 'Record the first review (goes to panel)');
    await fillDate(form, 'Date of the review', today);
    await form.getByLabel('Approval continues on changed terms').check();
    const terms = form.getByRole('group', { name: 'New terms of approval' });
    await terms.getByLabel('Long-term').check();
    await terms.getByLabel('Number of children').fill('3');
    await form.locator('#review-carersAgree').check();
    await form.getByRole('button', { name: 'Record review' }).click();
    await main(page).getByText(/\(to panel\): Approval continues on changed terms/).waitFor();
    const termsAfter = (await main(page).getByText(/years, \d+ child/).first().textContent()) ?? '';
    expect(termsAfter).not.toBe(termsBefore);
    expect(termsAfter).toMatch(/Long-term.*3 children/);
    await axeAt(page, 'Carer household page after its first review');

    // The reports before the resignation, to see it counted after.
    await openReports(page);
    const route = /^Deregistrations by route/;
    const joining = /^Households joining and leaving/;
    const byTier = /^Carers leaving per 100 by tier/;
    const resignations = await reportCount(page, route, /^Resignation/);
    const sameYear = await reportCount(page, joining, /^Approved and deregistered in the same year/);
    const tier2Left = await reportCount(page, byTier, /^Tier 2/, 1);
    expect(await reportCount(page, /^Carer households and places by approval type/, /^Long-term/)).toBeGreaterThan(0);

    // Resignation, with the household and service agreeing it takes effect today.
    await page.goto(carerPage);
    await main(page).getByRole('heading', { name: 'Approval' }).waitFor();
    form = await openCard(page, 'Record leaving the register', 'Leaving the register');
    await form.getByLabel('Resignation').check();
    await fillDate(form, 'Date notice was received', today);
    await fillDate(form, 'Earlier date agreed (optional)', today);
    await form.getByLabel('Reason').selectOption('Retirement');
    await form.getByLabel('Held', { exact: true }).check();
    await form.getByRole('button', { name: 'Continue' }).click();
    await form.getByRole('button', { name: /^Yes, leaves the register on/ }).click();
    await form.waitFor({ state: 'detached' });

    // Today lists the resignation taking effect; the list has it among those who have left.
    await page.goto('/?view=everyone');
    await support.waitFor();
    const leaving = support.getByRole('region', { name: /^Resignations taking effect/ });
    expect(await leaving.getByRole('listitem').filter({ has: page.getByRole('link', { name: new RegExp(reference) }) }).textContent()).toMatch(/leaves the register today/);
    await page.goto(`/carers?q=${reference}&register=left`);
    await main(page).getByRole('link', { name: reference }).waitFor();

    await openReports(page);
    expect(await reportCount(page, route, /^Resignation/)).toBe(resignations + 1);
    expect(await reportCount(page, joining, /^Approved and deregistered in the same year/)).toBe(sameYear + 1);
    expect(await reportCount(page, byTier, /^Tier 2/, 1)).toBe(tier2Left + 1);
    await axeAt(page, 'Reports with support for approved carers');
    await context.close();
    // The whole journey, with axe at three widths on four pages, takes about a minute on a busy machine.
  }, 180_000);
});
