import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { newContext, signIn } from './support/browser';
import { openRoute } from './support/fit';
import { expectLargeTargets } from './support/targets';

/** Every page's fit at every width, long content included, is checked in every-route.e2e.ts. */
describe('the pipeline board on a laptop and a tablet', () => {
  test('the board shows every stage at 1366, scrolls in its own region on a tablet, and is accessible', async () => {
    const context = await newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto('/');
    await signIn(page, 'Alex Synthetic-Manager');
    await openRoute(page, { path: '/settings', heading: /^Settings$/ });
    await page.getByRole('button', { name: 'Load demo data' }).click();
    await page.getByRole('button', { name: 'Remove demo data' }).waitFor();

    await openRoute(page, { path: '/pipeline', heading: /^Pipeline$/ });
    const board = page.getByRole('region', { name: /Pipeline board/ });
    const columns = board.getByRole('heading', { level: 2 });
    expect(await columns.count()).toBe(7);
    for (const heading of await columns.all()) {
      const box = (await heading.boundingBox())!;
      expect(box.x, `${await heading.textContent()} starts on screen`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${await heading.textContent()} ends on screen`).toBeLessThanOrEqual(1366);
    }

    // On an upright tablet the board scrolls sideways in a region no taller than the screen, so its
    // scroll bar is always in view, and each stage's heading stays in view as its cards scroll.
    await page.setViewportSize({ width: 768, height: 1024 });
    await openRoute(page, { path: '/pipeline', heading: /^Pipeline$/ });
    const fit = await board.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return { bottom: r.bottom, scrolls: el.scrollWidth > el.clientWidth, page: document.documentElement.scrollWidth };
    });
    expect(fit.scrolls).toBe(true);
    expect(fit.bottom).toBeLessThanOrEqual(1024);
    expect(fit.page).toBeLessThanOrEqual(768);

    const decision = board.getByRole('heading', { name: /^Decision/ });
    await decision.scrollIntoViewIfNeeded();
    expect(await decision.isVisible()).toBe(true);
    const firstColumn = board.locator('.board__column').first();
    const heading = firstColumn.getByRole('heading', { level: 2 });
    const before = (await heading.boundingBox())!.y;
    await board.evaluate((el) => el.scrollBy(0, 600));
    expect(Math.round((await heading.boundingBox())!.y)).toBe(Math.round(before));

    await expectNoAxeViolations(page, '/pipeline at 768px');
    await expectLargeTargets(page, '/pipeline at 768px');
  });
});
