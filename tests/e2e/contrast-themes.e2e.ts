import type { Locator } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { newContext, signIn } from './support/browser';
import { main } from './support/journey';

const style = (element: Locator, property: 'borderBottomColor' | 'backgroundColor') => element.evaluate((e, p) => getComputedStyle(e)[p], property);

/**
 * Windows' contrast themes (forced colours) draw every border in the theme's text colour and drop
 * backgrounds: whatever told the current page or the chosen view apart by colour alone is lost.
 */
describe('a contrast theme', () => {
  test("still shows which page of the menu is open and which view of the pipeline is chosen", async () => {
    const context = await newContext({ viewport: { width: 1024, height: 768 } });
    const page = await context.newPage();
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto('/');
    await signIn(page, 'Sam Synthetic-Worker');
    await page.goto('/pipeline');
    await main(page).getByRole('heading', { level: 1, name: 'Pipeline' }).waitFor();

    const menu = page.getByRole('navigation', { name: 'Main' });
    const open = menu.getByRole('link', { name: 'Pipeline', exact: true });
    expect(await open.getAttribute('aria-current')).toBe('page');
    const other = menu.getByRole('link', { name: 'Households', exact: true });
    expect(await style(open, 'borderBottomColor')).not.toBe(await style(other, 'borderBottomColor'));

    const board = main(page).getByRole('link', { name: 'Board', exact: true });
    expect(await board.getAttribute('aria-current')).toBe('page');
    const list = main(page).getByRole('link', { name: 'List', exact: true });
    expect(await style(board, 'backgroundColor')).not.toBe(await style(list, 'backgroundColor'));
  });
});
