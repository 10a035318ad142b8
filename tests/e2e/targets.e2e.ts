import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { newContext, signIn } from './support/browser';
import { startPreview, type Preview } from './support/preview';
import { serviceWorkerInControl } from './support/sw';
import { expectLargeTargets } from './support/targets';

/**
 * A manager before a sufficiency board: changes the figures, sends a link, saves a scenario, and
 * opens it again later with no connection.
 */

const SHARE = 'Target in-house share (%)';
const YEARS = 'Years to reach the target (years)';
const sentences = (page: Page) => page.locator('.targets-sentences').textContent();

async function expectNoBadNumbers(page: Page, where: string): Promise<void> {
  const text = (await page.locator('body').textContent()) ?? '';
  expect(text, where).not.toMatch(/NaN|Infinity|-0(?![\d.])/);
}

describe('recruitment targets', () => {
  let preview: Preview;
  beforeAll(async () => {
    preview = await startPreview();
  });
  afterAll(async () => {
    await preview?.stop();
  });

  test('updates as figures change, refuses bad ones plainly, round-trips a link and keeps a scenario offline', async () => {
    const context = await newContext({ baseURL: preview.url });
    const page = await context.newPage();
    await page.goto('/');
    await signIn(page, 'Alex Synthetic-Manager');
    await serviceWorkerInControl(page);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Targets' }).click();
    await page.getByRole('heading', { level: 1, name: 'Recruitment targets' }).waitFor();

    // The source documents' figures give the design's plan.
    expect(await sentences(page)).toContain('approve 33 households a year');
    expect(await sentences(page)).toContain('about 209 enquiries a year');
    await expectNoAxeViolations(page, '/targets with the default figures');
    await expectLargeTargets(page, '/targets');

    // Changing a figure changes the plan at once.
    await page.getByLabel(SHARE).fill('60');
    await page.getByLabel(YEARS).fill('5');
    await page.waitForFunction(() => document.querySelector('.targets-sentences')?.textContent?.includes('To reach 60% in-house'));
    expect(await sentences(page)).toContain('approve 18 households a year');

    // A bad figure gets its message beside the field and in the summary, and no nonsense numbers anywhere.
    await page.getByLabel(YEARS).fill('0');
    await page.getByText('Years to reach the target must be a whole number from 1 to 50').first().waitFor();
    await expectNoBadNumbers(page, 'years = 0');
    await page.getByLabel(SHARE).fill('abc');
    await page.getByText(/Target in-house share must be a number|Enter the target in-house share/).first().waitFor();
    await expectNoBadNumbers(page, 'share = abc');
    await expectNoAxeViolations(page, '/targets with errors');
    await page.getByLabel(SHARE).fill('60');
    await page.getByLabel(YEARS).fill('5');
    await page.waitForFunction(() => document.querySelector('.targets-sentences')?.textContent?.includes('To reach 60% in-house'));

    // The address carries the scenario: a colleague opening it sees the same plan.
    await page.waitForFunction(() => location.search.length > 1);
    const link = page.url();
    const colleague = await context.newPage();
    await colleague.goto(link);
    await colleague.getByRole('heading', { level: 1, name: 'Recruitment targets' }).waitFor();
    expect(await colleague.getByLabel(SHARE).inputValue()).toBe('60');
    expect(await colleague.getByLabel(YEARS).inputValue()).toBe('5');
    expect(await sentences(colleague)).toBe(await sentences(page));
    await colleague.close();

    // Save it, then find it again after a reload with the server gone.
    await page.getByLabel('Save this scenario').fill('60% in five years');
    await page.getByRole('button', { name: 'Save this scenario' }).click();
    await page.getByRole('rowheader', { name: '60% in five years', exact: true }).waitFor();

    await preview.stop();
    await context.setOffline(true);
    await page.goto('/targets');
    await page.getByRole('heading', { level: 1, name: 'Recruitment targets' }).waitFor();
    expect(await page.getByLabel(SHARE).inputValue()).toBe('70');
    await page.getByRole('button', { name: 'Open 60% in five years' }).click();
    await page.waitForFunction(() => document.querySelector('.targets-sentences')?.textContent?.includes('To reach 60% in-house'));
    expect(await page.getByLabel(YEARS).inputValue()).toBe('5');
    await expectNoBadNumbers(page, 'scenario opened offline');
    await context.setOffline(false);
    await preview.restart();
  });
});
