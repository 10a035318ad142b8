import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { newContext, signIn } from './support/browser';
import { fillDate } from './support/dates';
import { addDaysIso, main, moveForward } from './support/journey';
import { startPreview, type Preview } from './support/preview';

/**
 * A hold is the service's choice to pause: its own targets wait (their due dates move by the time
 * held), while a national clock, the 8 months from application to panel, keeps running and says so.
 */

/** The due date and the source shown for one deadline in the household's timescales table. */
async function deadlineRow(page: Page, label: string): Promise<{ due: string; source: string }> {
  const row = main(page).getByRole('table', { name: /Every deadline for this household/ }).getByRole('row', { name: new RegExp(label) });
  const due = row.getByRole('cell').first();
  return { due: (await due.textContent())!.trim(), source: (await row.getByRole('rowheader').locator('.table__hint').textContent())!.trim() };
}

describe('a household on hold', () => {
  let preview: Preview;
  beforeAll(async () => {
    preview = await startPreview();
  });
  afterAll(async () => {
    await preview?.stop();
  });

  test('at stage 1, a hold moves its local due dates and leaves the 8-month clock alone', async () => {
    const context = await newContext({ baseURL: preview.url });
    const page = await context.newPage();
    await page.goto('/');
    await signIn(page, 'Jo Synthetic-Worker');
    const today = await page.evaluate(() => new Date().toLocaleDateString('en-CA'));

    await page.goto('/enquiries/new');
    await main(page).getByLabel("Applicant's full name", { exact: true }).fill('Robin Heldexample');
    await main(page).getByLabel('Email address').fill('robin.held@example.com');
    await main(page).getByLabel('Phone number').fill('07700 900 462');
    await main(page).getByLabel('Postcode').fill('ls6 2ab');
    await main(page).getByLabel('Word of mouth').check();
    await main(page).getByLabel('Teenagers').check();
    await main(page).getByRole('button', { name: /Save enquiry|Continue/ }).click();
    await main(page).getByText('Enquiry saved').waitFor();
    await moveForward(page, 'Initial visit');
    await moveForward(page, 'Application');
    await moveForward(page, 'Stage 1');

    const stage1Before = await deadlineRow(page, 'Stage 1 checks complete');
    const panelBefore = await deadlineRow(page, 'Panel recommendation');

    await main(page).getByRole('button', { name: 'Put on hold' }).click();
    await fillDate(main(page), 'Expected return date', addDaysIso(today, 30));
    await main(page).getByRole('button', { name: 'Save move' }).click();
    await main(page).getByText(/On hold until/).first().waitFor();

    const stage1After = await deadlineRow(page, 'Stage 1 checks complete');
    const panelAfter = await deadlineRow(page, 'Panel recommendation');
    expect(stage1After.due).not.toBe(stage1Before.due);
    expect(stage1After.source).toContain('moved 30 days later for the time on hold');
    expect(panelAfter.due).toBe(panelBefore.due);
    expect(panelAfter.source).toContain('kept running while the household was on hold');

    // The stored next date follows: after a reload, the record still shows the moved date.
    await page.reload();
    expect((await deadlineRow(page, 'Stage 1 checks complete')).due).toBe(stage1After.due);
  });
});
