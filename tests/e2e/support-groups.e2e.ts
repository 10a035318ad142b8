import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { newContext, signIn } from './support/browser';
import { main } from './support/journey';
import { approveDemoHousehold, axeAt, openCard, openCarerHousehold } from './support/carer-journey';
import { startPreview, type Preview } from './support/preview';
import { fillDate } from './support/dates';

/**
 * A household approved through the pipeline joins a new Mockingbird constellation as a satellite,
 * has a sleepover at the hub, and completes a KEEP group, in the built app with the demo data.
 */

const DAY = 24 * 60 * 60 * 1000;
const isoDaysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString().slice(0, 10);
const today = isoDaysAgo(0);

describe('Mockingbird constellations and KEEP groups', () => {
  let preview: Preview;
  beforeAll(async () => {
    preview = await startPreview();
  });
  afterAll(async () => {
    await preview?.stop();
  });

  test('a newly approved household joins a constellation, sleeps over at the hub, and completes KEEP', async () => {
    const context = await newContext({ baseURL: preview.url });
    const page = await context.newPage();
    await page.goto('/settings');
    await signIn(page, 'Morgan Synthetic-Manager');
    await approveDemoHousehold(page);
    const { reference, names } = await openCarerHousehold(page);
    expect(names.length).toBeGreaterThan(0);
    const choice = `${names} (${reference})`;

    // A new constellation around another carer household, with the new household as its satellite.
    await page.getByRole('navigation').getByRole('link', { name: 'Constellations' }).click();
    await main(page).getByRole('heading', { name: 'Mockingbird constellations' }).waitFor();
    let form = await openCard(page, 'Start a constellation', 'Start a constellation');
    await form.getByLabel('Name').fill('Riverside');
    const hub = form.getByLabel('Hub home carer household');
    const hubChoice = await hub.locator('option').filter({ hasNotText: names }).nth(1).getAttribute('value');
    await hub.selectOption(hubChoice!);
    await form.getByLabel('Liaison worker').selectOption({ index: 1 });
    await fillDate(form, 'Start date', today);
    await form.getByRole('button', { name: 'Start constellation' }).click();
    await main(page).getByRole('heading', { name: 'Riverside' }).waitFor();

    form = await openCard(page, 'Add a satellite household', 'Add a satellite household');
    await form.getByLabel('Carer household').selectOption({ label: choice });
    await fillDate(form, 'Date it joined', today);
    await form.getByRole('button', { name: 'Add satellite' }).click();
    await main(page).getByRole('link', { name: names }).first().waitFor();
    expect(await main(page).getByText('1 satellite household: the model needs at least 6').count()).toBe(1);

    form = await openCard(page, 'Log a sleepover or short break', 'Log a sleepover or short break');
    await form.getByLabel('Satellite household').selectOption({ label: names });
    await form.getByLabel('Sleepover', { exact: true }).check();
    await form.getByLabel('Planned', { exact: true }).check();
    await fillDate(form, 'First night', today);
    await form.getByLabel('Nights').fill('two');
    await form.getByRole('button', { name: 'Log stay' }).click();
    expect(await form.locator('#stay-nights-error').textContent()).toContain('whole number from 1 to 28');
    await form.getByLabel('Nights').fill('2');
    await form.getByRole('button', { name: 'Log stay' }).click();
    await main(page).getByText(/planned sleepover, 2 nights, 1 child from/).waitFor();
    await axeAt(page, 'Constellation page');

    await page.goto('/constellations');
    const row = main(page).locator('tr', { has: page.getByRole('link', { name: 'Riverside' }) });
    expect(await row.textContent()).toMatch(/needs at least 6/);
    await axeAt(page, 'Constellations list');

    // A KEEP group that started 16 weeks ago: every session has been held.
    await page.getByRole('navigation').getByRole('link', { name: 'KEEP groups' }).click();
    form = await openCard(page, 'Start a KEEP group', 'Start a KEEP group');
    await form.getByLabel('Name').fill('Summer KEEP');
    await form.getByLabel(/^KEEP Standard/).check();
    await form.getByLabel('First facilitator').selectOption({ index: 1 });
    await form.getByLabel('Second facilitator').selectOption({ index: 2 });
    await fillDate(form, 'Date of the first session', isoDaysAgo(16 * 7));
    await form.getByRole('button', { name: 'Start group' }).click();
    await main(page).getByRole('heading', { name: 'Summer KEEP' }).waitFor();

    form = await openCard(page, 'Enrol a household', 'Enrol a household');
    await form.getByLabel('Carer household').selectOption({ label: choice });
    await form.getByRole('button', { name: 'Enrol' }).click();
    await main(page).getByText('0 of 16').waitFor();

    // One tap per session: 11 attended and a catch-up make 12 of 16, the 75% that completes.
    const session = main(page).getByLabel('Session', { exact: true });
    for (let s = 0; s < 12; s++) {
      await session.selectOption(String(s));
      const mark = s === 11 ? 'Catch-up' : 'Attended';
      const button = main(page).getByRole('button', { name: `${mark}: ${names}` });
      await button.click();
      await main(page).locator(`button[aria-pressed="true"]`, { hasText: mark }).waitFor();
    }
    await main(page).getByText('12 of 16').waitFor();
    expect(await main(page).getByText('Completed', { exact: true }).count()).toBe(1);
    await axeAt(page, 'KEEP group page');

    await page.goto('/keep-groups');
    expect(await main(page).locator('tr', { has: page.getByRole('link', { name: 'Summer KEEP' }) }).textContent()).toMatch(/1 household enrolled/);
    await axeAt(page, 'KEEP groups list');

    // Today, for everyone: the demo constellation out of range (no meeting for 45 days), and KEEP phone checks due.
    await page.goto('/');
    const support = main(page).getByRole('region', { name: 'Approved carers' });
    await support.waitFor();
    const drifting = support.getByRole('region', { name: /^Constellations out of range/ });
    expect(await drifting.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Southbank' }) }).textContent()).toMatch(/45 days since the last peer support meeting/);
    expect(await support.getByRole('region', { name: /^KEEP phone checks due/ }).getByRole('link', { name: 'Autumn KEEP Standard' }).count()).toBeGreaterThan(0);
    await support.getByRole('link', { name: 'Southbank' }).click();
    await main(page).getByRole('heading', { name: 'Southbank' }).waitFor();
    await page.goto('/');
    await support.waitFor();
    await axeAt(page, 'Today with support for approved carers');
    await context.close();
  });

  test('on a phone the main navigation takes two rows, the rest behind a More button; on a tablet every page is in the row', async () => {
    const context = await newContext({ baseURL: preview.url });
    const page = await context.newPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/settings');
    await signIn(page, 'Morgan Synthetic-Manager');
    const nav = page.getByRole('navigation', { name: 'Main' });
    const more = nav.getByRole('button', { name: 'More' });
    await more.waitFor();
    const rows = async () => new Set(await nav.locator('a:visible, button:visible').evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)))).size;
    expect(await rows()).toBeLessThanOrEqual(2);
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    expect(await nav.getByRole('link', { name: 'Constellations' }).isVisible()).toBe(false);
    // Settings is behind More, and More says the page shown is among them.
    expect(await more.evaluate((b) => getComputedStyle(b).borderBottomColor !== 'rgba(0, 0, 0, 0)')).toBe(true);

    await more.click();
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    for (const name of ['Constellations', 'KEEP groups', 'Reports', 'Settings']) {
      const box = await nav.getByRole('link', { name }).boundingBox();
      expect(box!.height, `${name} is a 44 px target`).toBeGreaterThanOrEqual(44);
    }
    expect((await more.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    await axeAt(page, 'Navigation opened on a phone');
    await page.setViewportSize({ width: 390, height: 844 });
    await nav.getByRole('link', { name: 'KEEP groups' }).click();
    await main(page).getByRole('heading', { name: 'KEEP groups', level: 1 }).waitFor();
    expect(await more.getAttribute('aria-expanded')).toBe('false');

    await page.setViewportSize({ width: 768, height: 1024 });
    expect(await more.isVisible()).toBe(false);
    for (const name of ['Carers', 'Constellations', 'KEEP groups', 'Settings']) expect(await nav.getByRole('link', { name }).isVisible()).toBe(true);
    await context.close();
  });
});
