import type { Locator, Page } from 'playwright-core';

/** The day, month and year boxes of one date field, found by its legend or by `#` and its field id. */
export function dateField(scope: Page | Locator, legendOrId: string): Locator {
  return legendOrId.startsWith('#')
    ? scope.locator(`${legendOrId}-date`)
    : scope.getByRole('group', { name: legendOrId, exact: true });
}

/** Types `yyyy-mm-dd` into a date field's day, month and year as a worker would ('' clears it). */
export async function fillDate(scope: Page | Locator, legendOrId: string, iso: string): Promise<void> {
  const [year = '', month = '', day = ''] = iso ? iso.split('-') : [];
  const field = dateField(scope, legendOrId);
  await field.getByLabel('Day', { exact: true }).fill(day);
  await field.getByLabel('Month', { exact: true }).fill(month);
  await field.getByLabel('Year', { exact: true }).fill(year);
}
