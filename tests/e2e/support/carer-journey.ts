import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { expectNoAxeViolations } from './axe';
import { main } from './journey';

/** Steps the support journeys share: a demo household approved through the pipeline, and its forms. */

/** A demo household at the decision stage with the final minutes in and no determination yet. */
export const READY_FOR_DECISION = 'demo-h035';

/** Presses the button that opens a form in place and gives the form, found by its heading. */
export async function openCard(page: Page, button: string, form: string): Promise<Locator> {
  await main(page).getByRole('button', { name: button, exact: true }).click();
  const card = main(page).locator('form', { has: page.getByRole('heading', { name: form }) });
  await card.waitFor();
  return card;
}

/** axe-core clean and no wider than the screen on a carer's phone, a worker's tablet and a manager's laptop. */
export async function axeAt(page: Page, where: string): Promise<void> {
  for (const width of [390, 768, 1366]) {
    await page.setViewportSize({ width, height: width < 700 ? 844 : 900 });
    await expectNoAxeViolations(page, `${where} at ${width} px`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${where} at ${width} px is wider than the screen`).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize({ width: 1024, height: 768 });
}

/** With the demo data loaded, the agency decision maker approves `READY_FOR_DECISION` on its record. */
export async function approveDemoHousehold(page: Page): Promise<void> {
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
}

/**
 * From the approved household's pipeline record to its carer household page; gives its reference
 * and its names, read once the carer page shows (not the pipeline record it was opened from).
 */
export async function openCarerHousehold(page: Page): Promise<{ reference: string; names: string }> {
  await main(page).getByRole('link', { name: /^Carer household:/ }).click();
  await main(page).locator('h1 .caption', { hasText: /^Carer household / }).waitFor();
  const caption = (await main(page).locator('h1 .caption').textContent()) ?? '';
  const names = ((await main(page).locator('h1').textContent()) ?? '').replace(caption, '').trim();
  return { reference: caption.replace('Carer household ', '').trim(), names };
}
