import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { newContext, signIn } from './support/browser';
import { startPreview, type Preview } from './support/preview';
import { addDaysIso, main, moveForward, receiveEveryCheck } from './support/journey';
import { serviceWorkerInControl } from './support/sw';
import { fillDate } from './support/dates';

/**
 * The recruitment worker's whole journey in the built app: capture an enquiry, take the household
 * through every stage to approval, reload and find it all; then lose the server, reload, edit the
 * record offline, reload again and find the edit.
 */

/** Records the DBS as requested and received on one day, with no expiry typed, so its 3-year validity counts from then. */
async function updateDbs(page: Page, label: string, on: string): Promise<void> {
  await main(page).getByRole('button', { name: `Update ${label}` }).click();
  const form = main(page).locator('form.check-form');
  await fillDate(form, 'Date requested', on);
  await fillDate(form, 'Date received', on);
  await fillDate(form, 'Expiry date', '');
  await form.getByRole('button', { name: 'Save check' }).click();
  await form.waitFor({ state: 'detached' });
}

describe('from first enquiry to approval, on and offline', () => {
  let preview: Preview;
  beforeAll(async () => {
    preview = await startPreview();
  });
  afterAll(async () => {
    await preview?.stop();
  });

  test('a worker records an enquiry, approves the household, and keeps working with no server', async () => {
    const context = await newContext({ baseURL: preview.url });
    const page = await context.newPage();
    await page.goto('/');
    await signIn(page, 'Jo Synthetic-Worker');
    await serviceWorkerInControl(page);
    const today = await page.evaluate(() => new Date().toLocaleDateString('en-CA'));

    // Today, the board and the enquiry form are clean for axe before any data exists.
    await expectNoAxeViolations(page, 'Today (empty)');

    // Capture the enquiry: an empty submit first shows the error summary, then the real answers.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'New enquiry' }).click();
    await page.getByRole('heading', { level: 1, name: /enquiry/i }).waitFor();
    await main(page).getByRole('button', { name: /Save enquiry|Continue/ }).click();
    await page.getByRole('heading', { name: 'There is a problem' }).waitFor();
    await expectNoAxeViolations(page, 'Enquiry form with errors');
    await main(page).getByLabel("Applicant's full name", { exact: true }).fill('Morgan Fictional');
    await main(page).getByLabel('Email address').fill('morgan.fictional@example.com');
    await main(page).getByLabel('Phone number').fill('07700 900 461');
    await main(page).getByLabel('Postcode').fill('ls6 2ab');
    await main(page).getByLabel('Word of mouth').check();
    await main(page).getByLabel('Teenagers').check();
    await main(page).getByRole('button', { name: /Save enquiry|Continue/ }).click();

    // The record opens with the enquiry saved.
    await main(page).getByText('Enquiry saved').waitFor();
    await page.getByRole('heading', { level: 1, name: /Morgan Fictional/ }).waitFor();
    const recordPath = new URL(page.url()).pathname;
    expect(recordPath).toMatch(/^\/households\/[\w-]+$/);
    await expectNoAxeViolations(page, 'Household record at enquiry');

    // Through the line.
    await moveForward(page, 'Initial visit');
    await moveForward(page, 'Application');
    await moveForward(page, 'Stage 1');
    // Stage 1's checks are raised with the move, and the stage list counts them until each is back.
    await main(page).getByText(/^(\d+) of \1 checks outstanding$/).waitFor();
    await main(page).getByLabel('Tick every outstanding check').check();
    await expectNoAxeViolations(page, 'Household record at stage 1, checks ticked');
    await main(page).getByLabel('Tick every outstanding check').uncheck();
    await receiveEveryCheck(page, today);
    await moveForward(page, 'Stage 2');

    // Panel is refused until stage 2 is complete, with the reason on screen.
    await main(page).getByRole('button', { name: 'Move to Panel' }).click();
    await main(page).getByRole('button', { name: 'Save move' }).click();
    await main(page).getByText(/Panel needs stage 2 complete/).first().waitFor();
    await main(page).getByRole('button', { name: 'Cancel' }).first().click();

    await main(page).getByRole('button', { name: 'Change stage 2 details' }).click();
    await fillDate(main(page), 'Date the Form F was completed', today);
    await main(page).getByRole('button', { name: 'Save stage 2 details' }).click();
    await main(page).getByRole('button', { name: 'Change stage 2 details' }).waitFor();

    // A DBS received over 3 years ago has run out: it says so beside the check and panel is refused until it is renewed.
    const dbs = 'Enhanced DBS with barred list: Morgan Fictional';
    const longAgo = addDaysIso(`${Number(today.slice(0, 4)) - 3}${today.slice(4)}`, -7);
    await updateDbs(page, dbs, longAgo);
    await main(page).getByText(/^Expired on .*: renew it$/).waitFor();
    await main(page).getByRole('button', { name: 'Move to Panel' }).click();
    await main(page).getByRole('button', { name: 'Save move' }).click();
    await main(page).getByText(`Panel needs ${dbs} renewed: it expired on`).first().waitFor();
    await expectNoAxeViolations(page, 'Household record with an expired DBS');
    await main(page).getByRole('button', { name: 'Cancel' }).first().click();
    await updateDbs(page, dbs, today);
    await moveForward(page, 'Panel');

    await main(page).getByRole('button', { name: 'Change panel details' }).click();
    await fillDate(main(page), 'Date of panel', today);
    await fillDate(main(page), 'Date the papers were sent', today);
    await main(page).getByLabel('Panel chair').fill('Pat Synthetic-Chair');
    await main(page).getByRole('group', { name: 'Panel’s recommendation' }).getByLabel('Approve', { exact: true }).check();
    // The panel recommends the terms; the decision maker approves on them.
    const recommended = main(page).getByRole('group', { name: 'Terms the panel recommended' });
    await recommended.getByLabel('Mainstream short-term').check();
    await recommended.getByLabel('Youngest age').fill('11');
    await recommended.getByLabel('Oldest age').fill('17');
    await recommended.getByLabel('Number of children').fill('2');
    await recommended.getByRole('group', { name: 'Can they take sibling groups?' }).getByLabel('Yes').check();
    await fillDate(main(page), 'Date the final minutes were received', today);
    await main(page).getByRole('button', { name: 'Save panel details' }).click();
    await main(page).getByRole('button', { name: 'Change panel details' }).waitFor();
    await moveForward(page, 'Decision');

    await main(page).getByRole('button', { name: 'Record decision' }).click();
    const decision = main(page).locator('#move-form');
    await decision.getByRole('group', { name: 'Agency decision maker' }).getByLabel('Name').fill('Dana Synthetic-Head');
    await decision.getByRole('group', { name: 'Agency decision maker' }).getByLabel('Role').fill('Head of Service');
    await decision.getByRole('group', { name: 'Decision' }).getByLabel('Approve', { exact: true }).check();
    await decision.getByText(/Approved on the terms the panel recommended: Mainstream short-term, 11 to 17 years, 2 children, sibling groups/).waitFor();
    await decision.getByRole('button', { name: 'Save decision' }).click();
    await main(page).getByText('Approved by the agency decision maker').first().waitFor();
    await expectNoAxeViolations(page, 'Household record when approved');

    // A reload finds everything: the stage, the terms and the history with who did it.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Morgan Fictional/ }).waitFor();
    // The timeline fills in after the record: read the page once it has.
    await main(page).getByText('Loading the timeline…').waitFor({ state: 'detached' });
    const text = (await main(page).textContent()) ?? '';
    expect(text).toContain('Approved');
    expect(text).toContain('Mainstream short-term');
    expect(text).toMatch(/11\D+17/);
    expect(text).toContain('Moved to Stage 2');
    expect(text).toContain('Jo Synthetic-Worker');
    expect(text).not.toMatch(/NaN|Infinity|undefined/);

    // The household shows on the list and the board's approved count.
    await page.goto('/households?q=fictional');
    await main(page).getByRole('link', { name: /Morgan Fictional|H-\d+/ }).first().waitFor();
    await page.goto('/pipeline');
    await main(page).getByRole('heading', { level: 2, name: /Enquiry/ }).waitFor();
    await expectNoAxeViolations(page, 'Pipeline board');

    // No server at all: the service worker serves the app, IndexedDB holds the data.
    await preview.stop();
    await context.setOffline(true);
    await page.goto(recordPath);
    await page.getByRole('heading', { level: 1, name: /Morgan Fictional/ }).waitFor();
    await main(page).getByLabel('Add a note').fill('Visited offline: the family asked about respite.');
    await main(page).getByRole('button', { name: 'Add note' }).press('Enter');
    await main(page).getByText('Visited offline: the family asked about respite.').waitFor();
    // Pressed from the keyboard, the button keeps focus through the save: a disabled one would drop it to the page.
    expect(await main(page).getByRole('button', { name: 'Add note' }).evaluate((b) => b === document.activeElement)).toBe(true);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: /Morgan Fictional/ }).waitFor();
    await main(page).getByText('Visited offline: the family asked about respite.').waitFor();
    await expectNoAxeViolations(page, 'Household record offline');
    await context.setOffline(false);
    await preview.restart();
  });
});
