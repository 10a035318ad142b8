import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { newContext, signIn } from './support/browser';
import { main } from './support/journey';

/** Records every layout shift a page makes, from its first frame, for `shiftsSoFar`. */
async function watchShifts(context: BrowserContext) {
  await context.addInitScript(() => {
    const shifts: { value: number; moved: string[] }[] = [];
    Object.assign(window, { shifts });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
        // A shift straight after a tap or key press is the person's own doing, and not counted.
        if (entry.hadRecentInput) continue;
        const moved = (entry.sources ?? []).map((s) => (s.node instanceof Element ? `${s.node.tagName.toLowerCase()} "${(s.node.textContent ?? '').trim().slice(0, 40)}"` : 'text'));
        shifts.push({ value: entry.value, moved });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The page's layout shift score so far, and what moved. */
async function shiftsSoFar(page: Page) {
  const shifts = await page.evaluate(() => (window as unknown as { shifts: { value: number; moved: string[] }[] }).shifts);
  return { score: shifts.reduce((sum, s) => sum + s.value, 0), moved: shifts.flatMap((s) => s.moved) };
}

/** A fresh profile, signed in, with the demo data loaded; `prepare` runs on its context first. */
async function withDemoData(viewport: { width: number; height: number }, prepare?: (context: BrowserContext) => Promise<void>) {
  const context = await newContext({ viewport });
  await prepare?.(context);
  const page = await context.newPage();
  await page.goto('/');
  await signIn(page, 'Sam Synthetic-Worker');
  await page.goto('/settings');
  await page.getByRole('button', { name: 'Load demo data' }).click();
  await page.getByRole('button', { name: 'Remove demo data' }).waitFor();
  return page;
}

/** Saves an enquiry that is not demo data, so the device has records only it holds. */
async function recordEnquiry(page: Page) {
  await page.goto('/enquiries/new');
  await main(page).getByLabel("Applicant's full name", { exact: true }).fill('Robin Steadyson');
  await main(page).getByLabel('Phone number').fill('07700 900 321');
  await main(page).getByLabel('Postcode').fill('LS6 2AB');
  await main(page).getByLabel('Word of mouth').check();
  await main(page).getByLabel('Teenagers').check();
  await main(page).getByRole('button', { name: /Save enquiry|Continue/ }).click();
  await main(page).getByText('Enquiry saved').waitFor();
}

describe('pages that hold still as they fill in', () => {
  test('Today and Reports open with nothing moving under a finger reaching for a link', async () => {
    const page = await withDemoData({ width: 768, height: 1024 }, watchShifts);
    await recordEnquiry(page);

    for (const width of [768, 390, 1366]) {
      await page.setViewportSize({ width, height: width < 500 ? 844 : 1024 });
      // Opened afresh: each notice's read answers after the lists' read has begun.
      await page.goto('/?view=everyone');
      await main(page).getByRole('heading', { level: 2, name: /^Breached timescales/ }).waitFor();
      await main(page).getByRole('region', { name: 'Backup reminder' }).waitFor();
      await main(page).getByRole('region', { name: 'Adult checks needed' }).waitFor();
      const today = await shiftsSoFar(page);
      expect(today.score, `Today at ${width} px moved: ${today.moved.join(', ')}`).toBeLessThan(0.01);
    }

    await page.setViewportSize({ width: 768, height: 1024 });
    // A manager's view of each worker's caseload, under the same notices.
    await page.goto('/?view=workers');
    await main(page).getByRole('heading', { level: 2, name: 'Caseloads by worker' }).waitFor();
    await main(page).getByRole('region', { name: 'Backup reminder' }).waitFor();
    const caseloads = await shiftsSoFar(page);
    expect(caseloads.score, `Caseloads moved: ${caseloads.moved.join(', ')}`).toBeLessThan(0.01);

    await page.goto('/reports');
    await main(page).getByRole('heading', { level: 2, name: 'Funnel' }).waitFor();
    const support = main(page).getByRole('region', { name: 'Support for approved carers' });
    await support.getByRole('heading', { name: /^Deregistrations by Ofsted heading/ }).waitFor();
    const reports = await shiftsSoFar(page);
    expect(reports.score, `Reports moved: ${reports.moved.join(', ')}`).toBeLessThan(0.01);

    // On a tablet the service's contacts sit below a resource's text, which loads after the page.
    for (const width of [768, 390]) {
      await page.setViewportSize({ width, height: width < 500 ? 844 : 1024 });
      await page.goto('/library/emergency');
      await main(page).getByRole('complementary', { name: 'Your fostering service' }).waitFor();
      await main(page).getByText('If a child is in danger now').first().waitFor();
      const resource = await shiftsSoFar(page);
      expect(resource.score, `A resource at ${width} px moved: ${resource.moved.join(', ')}`).toBeLessThan(0.01);
    }
    // Settings' first section is a tall form: the sections below it used to be drawn before it.
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto('/settings');
    await main(page).getByRole('button', { name: 'Back up now' }).waitFor();
    await main(page).getByText(/^App version/).waitFor();
    const settings = await shiftsSoFar(page);
    expect(settings.score, `Settings moved: ${settings.moved.join(', ')}`).toBeLessThan(0.01);
    await page.setViewportSize({ width: 768, height: 1024 });

    await page.goto('/reports');
    await main(page).getByRole('heading', { level: 2, name: 'Funnel' }).waitFor();
    // The annual return sends the reader to the deregistrations the support report counts.
    await main(page).getByRole('region', { name: /^Annual return/ }).getByRole('link', { name: 'Support for approved carers' }).click();
    expect(new URL(page.url()).hash).toBe('#support-report');
  });

  test("Today's link to Settings' backups lands on them, and they stay in view as Settings fills in", async () => {
    const page = await withDemoData({ width: 1366, height: 768 });
    await recordEnquiry(page);

    await page.goto('/');
    await main(page).getByRole('link', { name: 'Back up now in Settings' }).click();
    const backups = main(page).getByRole('heading', { level: 2, name: 'Backups' });
    // Focus moves to the section, so a screen reader says where the link led.
    await expect.poll(() => backups.evaluate((h) => h === document.activeElement)).toBe(true);
    // Every section above it has filled in by the time "Back up now" can be pressed.
    await main(page).getByRole('button', { name: 'Back up now' }).waitFor();
    await main(page).getByRole('heading', { level: 2, name: 'Keeping records' }).waitFor();
    await page.waitForTimeout(500);
    const top = await backups.evaluate((h) => h.getBoundingClientRect().top);
    expect(top, 'the Backups heading sits at the top of the screen').toBeGreaterThan(-1);
    expect(top).toBeLessThan(100);
    // Without a part named, a page's heading takes focus as before.
    await page.getByRole('link', { name: 'Today', exact: true }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('page-heading');
  });

  test('Back from a household returns to the place in the list it was opened from', async () => {
    const page = await withDemoData({ width: 768, height: 1024 });

    for (const [list, ready] of [
      ['/?view=everyone', /^Breached timescales/],
      ['/households', 'Households'],
    ] as const) {
      await page.goto(list);
      await main(page).getByRole('heading', { name: ready }).first().waitFor();
      const links = main(page).locator('a[href^="/households/"]');
      await links.nth(20).waitFor();
      const household = links.nth(20);
      await household.scrollIntoViewIfNeeded();
      const name = (await household.textContent()) ?? '';
      const placeBefore = await household.evaluate((a) => Math.round(a.getBoundingClientRect().top));
      const scrolled = await page.evaluate(() => Math.round(scrollY));
      expect(scrolled, `${list} is scrolled down to the household`).toBeGreaterThan(500);
      await household.click();
      await page.getByRole('heading', { level: 1, name }).waitFor();
      await page.goBack();
      const again = main(page).getByRole('link', { name, exact: true }).first();
      await again.waitFor();
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => Math.round(scrollY)), `${list}: back where the worker was`).toBe(scrolled);
      expect(await again.evaluate((a) => Math.round(a.getBoundingClientRect().top))).toBe(placeBefore);
    }
  });
});
