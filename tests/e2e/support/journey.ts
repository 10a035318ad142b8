import type { Page } from 'playwright-core';

/** Steps a worker takes on a household record, shared by the journeys that walk a household to approval. */

export const main = (page: Page) => page.getByRole('main');

export async function moveForward(page: Page, to: string): Promise<void> {
  await main(page).getByRole('button', { name: `Move to ${to}` }).click();
  await main(page).getByRole('button', { name: 'Save move' }).click();
  await main(page).getByText(`Moved to ${to}`).first().waitFor();
}

/** Raises the stage 1 checks and records each as received clear today; returns how many there were. */
export async function receiveEveryCheck(page: Page, today: string, expiry: string): Promise<number> {
  await main(page).getByRole('button', { name: 'Raise stage 1 checks' }).click();
  const table = main(page).getByRole('table', { name: 'Stage 1 checks' });
  await table.waitFor();
  const rows = await table.locator('tbody tr').count();
  for (let i = 0; i < rows; i++) {
    await table.locator('tbody tr').nth(i).getByRole('button', { name: /^Update/ }).click();
    const form = main(page).locator('form.check-form');
    await form.getByLabel('Date requested').fill(today);
    await form.getByLabel('Date received').fill(today);
    await form.getByLabel('Clear').check();
    const expiresOn = form.getByLabel('Expiry date');
    if (await expiresOn.count()) await expiresOn.fill(expiry);
    await form.getByRole('button', { name: 'Save check' }).click();
    await form.waitFor({ state: 'detached' });
  }
  await main(page).getByText(`${rows} of ${rows} checks received`).waitFor();
  return rows;
}

/** The date `days` from an ISO date, as the browser's date fields take it. */
export function addDaysIso(iso: string, days: number): string {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
