import type { Page } from 'playwright-core';
import { fillDate } from './dates';

/** Steps a worker takes on a household record, shared by the journeys that walk a household to approval. */

export const main = (page: Page) => page.getByRole('main');

export async function moveForward(page: Page, to: string): Promise<void> {
  await main(page).getByRole('button', { name: `Move to ${to}` }).click();
  await main(page).getByRole('button', { name: 'Save move' }).click();
  await main(page).getByText(`Moved to ${to}`).first().waitFor();
}

/** Ticks every outstanding check and marks them all at once, as a worker does in two taps. */
async function markEveryCheck(page: Page, on: string, button: string, done: string): Promise<void> {
  await main(page).getByLabel('Tick every outstanding check').check();
  await main(page).getByText(/^\d+ checks ticked$/).waitFor();
  const form = main(page).getByRole('form', { name: 'Mark ticked checks' });
  await fillDate(form, 'Date', on);
  await form.getByRole('button', { name: button }).click();
  await main(page).getByText(done).waitFor();
}

/**
 * Records every stage 1 check, raised when stage 1 started, as requested and then received clear
 * on `on`; returns how many there were.
 */
export async function receiveEveryCheck(page: Page, on: string): Promise<number> {
  const table = main(page).getByRole('table', { name: 'Stage 1 checks' });
  await table.waitFor();
  const rows = await table.getByRole('rowheader').count();
  await markEveryCheck(page, on, 'Mark as requested', `${rows} checks marked requested`);
  await markEveryCheck(page, on, 'Mark as received, clear', `${rows} checks marked received, clear`);
  await main(page).getByText(`${rows} of ${rows} checks received`).waitFor();
  return rows;
}

/** The date `days` from an ISO date, as the browser's date fields take it. */
export function addDaysIso(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
