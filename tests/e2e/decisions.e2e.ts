import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { newContext, signIn } from './support/browser';
import { startPreview, type Preview } from './support/preview';
import { fillDate } from './support/dates';

/**
 * Decisions that stand at inspection, in the built app with the demo data: the agency decision
 * maker's qualifying determination and the applicant's two routes after it (FSR reg 27), and an
 * assessment ended as unsuitable at stage 1 with its written notice, then reopened.
 */

const main = (page: Page) => page.getByRole('main');
const moveForm = (page: Page) => main(page).locator('#move-form');

// Demo households by their place in the demo scenarios: two at the decision stage with the final
// minutes in and no determination yet, and one part-way through stage 1.
const READY_FOR_DECISION = ['demo-h035', 'demo-h036'];
const IN_STAGE_1 = 'demo-h016';

async function openMove(page: Page, action: string): Promise<Locator> {
  await main(page).getByRole('button', { name: action, exact: true }).click();
  const form = moveForm(page);
  await form.waitFor();
  return form;
}

async function nameDecisionMaker(form: Locator): Promise<void> {
  await form.getByRole('group', { name: 'Agency decision maker' }).getByLabel('Name').fill('Dana Synthetic-Head');
  await form.getByRole('group', { name: 'Agency decision maker' }).getByLabel('Role').fill('Head of Service');
}

async function recordQualifyingDetermination(page: Page): Promise<void> {
  const qd = await openMove(page, 'Record qualifying determination');
  await qd.getByRole('button', { name: 'Save qualifying determination' }).click();
  // Refused with each missing part named, in an error summary that passes axe.
  await qd.getByRole('link', { name: "Enter the agency decision maker's name" }).waitFor();
  await qd.getByRole('link', { name: 'Enter the reasons: the applicant receives them in writing' }).waitFor();
  await expectNoAxeViolations(page, 'Qualifying determination with errors');
  await nameDecisionMaker(qd);
  await qd.getByLabel('Not to approve').check();
  await qd.getByLabel('Reasons, as sent to the applicant in writing').fill('The household could not show how it would keep a child safe online.');
  await qd.getByRole('button', { name: 'Save qualifying determination' }).click();
  await main(page).getByText(/Qualifying determination: minded not to approve/).first().waitFor();
  await main(page).getByText(/Waiting for representations or an IRM application \(until/).first().waitFor();
}

describe('decisions after panel, and endings by stage', () => {
  let preview: Preview;
  beforeAll(async () => {
    preview = await startPreview();
  });
  afterAll(async () => {
    await preview?.stop();
  });

  test('a refusal waits for a qualifying determination; representations go back to panel and end in approval; the IRM route ends in refusal', async () => {
    const context = await newContext({ baseURL: preview.url });
    const page = await context.newPage();
    await page.goto('/settings');
    await signIn(page, 'Morgan Synthetic-Manager');
    await page.getByRole('button', { name: 'Load demo data' }).click();
    await page.getByRole('button', { name: 'Remove demo data' }).waitFor();

    // First household: representations, back to panel, then approved on the terms the panel recommended.
    await page.goto(`/households/${READY_FOR_DECISION[0]}`);
    await main(page).getByText('Ready for the agency decision maker').first().waitFor();
    const refusal = await openMove(page, 'Record decision');
    // "Do not approve" is not even offered before a qualifying determination.
    expect(await refusal.getByLabel('Do not approve').count()).toBe(0);
    await refusal.getByRole('button', { name: 'Cancel' }).click();

    await recordQualifyingDetermination(page);
    expect(await main(page).getByRole('button', { name: 'Record decision', exact: true }).count()).toBe(0);
    const reps = await openMove(page, 'Record representations received');
    await reps.getByRole('button', { name: 'Save representations' }).click();
    await main(page).getByText(/Representations received .*: waiting for panel to reconsider/).first().waitFor();
    const review = await openMove(page, 'Record the recommendation after review');
    await review.getByLabel('Approve', { exact: true }).check();
    await review.getByRole('button', { name: 'Save recommendation' }).click();
    await main(page).getByText('Recommendation after review: approve').first().waitFor();
    const approve = await openMove(page, 'Record decision');
    await nameDecisionMaker(approve);
    await approve.getByLabel('Approve', { exact: true }).check();
    await approve.getByRole('button', { name: 'Save decision' }).click();
    await main(page).getByText('Approved by the agency decision maker').first().waitFor();
    await page.reload();
    await main(page).getByText('Dana Synthetic-Head, Head of Service').first().waitFor();
    const record = (await main(page).textContent()) ?? '';
    expect(record).toContain('Dana Synthetic-Head, Head of Service');
    expect(record).toContain('Panel reconsidered');
    expect(record).not.toMatch(/NaN|Infinity|undefined/);
    await expectNoAxeViolations(page, 'Approved after representations');

    // Second household: the Independent Review Mechanism, then not approved.
    await page.goto(`/households/${READY_FOR_DECISION[1]}`);
    await main(page).getByText('Ready for the agency decision maker').first().waitFor();
    await recordQualifyingDetermination(page);
    const irm = await openMove(page, 'Record IRM application');
    await irm.getByRole('button', { name: 'Save IRM application' }).click();
    await main(page).getByText(/Waiting for the Independent Review Mechanism/).first().waitFor();
    const irmPanel = await openMove(page, 'Record the recommendation after review');
    await irmPanel.getByLabel('Do not approve').check();
    await irmPanel.getByRole('button', { name: 'Save recommendation' }).click();
    const refuse = await openMove(page, 'Record decision');
    await nameDecisionMaker(refuse);
    await refuse.getByLabel('Do not approve').check();
    await refuse.getByRole('button', { name: 'Save decision' }).click();
    await main(page).getByText('Not approved by the agency decision maker').first().waitFor();
    await main(page).getByText(/Not approved at Decision/).first().waitFor();
    expect(await main(page).getByRole('button', { name: 'Reopen' }).count()).toBe(0);
    await expectNoAxeViolations(page, 'Not approved after the IRM');
    await context.close();
  });

  test('stage 1 ends as unsuitable with its written notice, after confirmation, and is reopened with a reason', async () => {
    const context = await newContext({ baseURL: preview.url });
    const page = await context.newPage();
    await page.goto('/settings');
    await signIn(page, 'Jo Synthetic-Worker');
    await page.getByRole('button', { name: 'Load demo data' }).click();
    await page.getByRole('button', { name: 'Remove demo data' }).waitFor();
    const today = await page.evaluate(() => new Date().toLocaleDateString('en-CA'));

    await page.goto(`/households/${IN_STAGE_1}`);
    const close = await openMove(page, 'Close');
    // Only the endings that fit stage 1 are offered; the retired panel code never is.
    expect(await close.getByLabel('Not progressed after enquiry').count()).toBe(0);
    expect(await close.getByText(/Panel did not recommend/).count()).toBe(0);
    await close.getByLabel('Unsuitable at stage 1').check();
    await close.getByRole('button', { name: 'Close household' }).click();
    await close.getByRole('link', { name: 'Enter the date of the written notice to the applicants' }).waitFor();
    await fillDate(close, 'Date of the written notice to the applicants', today);
    await close.getByLabel('Reasons given in the written notice').fill('A check showed the home could not keep children safe.');
    await close.getByRole('button', { name: 'Close household' }).click();
    // Asked once more, in words, before anything is written.
    await close.getByText(/Closed at Stage 1: Unsuitable at stage 1\. This ends the application/).waitFor();
    await expectNoAxeViolations(page, 'Confirming an ending');
    await close.getByRole('button', { name: 'Yes, close household' }).click();
    await main(page).getByText(/Closed at Stage 1: Unsuitable at stage 1/).first().waitFor();

    const reopen = await openMove(page, 'Reopen');
    await reopen.getByRole('button', { name: 'Reopen household' }).click();
    await reopen.getByRole('link', { name: 'Enter why the household is being reopened' }).waitFor();
    await reopen.getByLabel('Why is the household being reopened?').fill('The notice went to the wrong household');
    await reopen.getByRole('button', { name: 'Reopen household' }).click();
    await main(page).getByText('Reopened at Stage 1').first().waitFor();
    await page.reload();
    await main(page).getByRole('button', { name: 'Move to Stage 2' }).waitFor();
    // Both the ending and the reopening stay in the timeline.
    const timeline = main(page).getByRole('region', { name: 'Timeline' });
    await timeline.getByText(/Closed at Stage 1: Unsuitable at stage 1/).first().waitFor();
    await timeline.getByText(/Reopened at Stage 1/).first().waitFor();
    await context.close();
  });
});
