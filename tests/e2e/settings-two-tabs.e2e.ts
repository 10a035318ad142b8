import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { newContext, signIn } from './support/browser';

/** Settings open in two tabs of one browser: the second save over the first's is refused, and says so. */

const retention = (page: Page) => page.getByRole('main').getByRole('region', { name: 'Keeping records' });

describe('Settings in two tabs', () => {
  test('the second tab’s retention save is refused with who changed the periods, keeping what it typed', async () => {
    const context = await newContext();
    const first = await context.newPage();
    await first.goto('/');
    await signIn(first, 'Priya Example-Shah');
    await first.goto('/settings');
    const second = await context.newPage();
    await second.goto('/settings');
    for (const page of [first, second]) await retention(page).getByLabel('Refused, withdrawn or closed: years after it ended').waitFor();

    await first.getByRole('navigation', { name: 'Contents' }).getByRole('link', { name: 'Keeping records' }).click();
    expect(new URL(first.url()).hash).toBe('#retention-heading');
    await retention(first).getByLabel('Approved carers: years after the approval ends').fill('12');
    await retention(first).getByRole('button', { name: 'Save retention periods' }).click();
    await retention(first).getByText('Retention periods saved').waitFor();

    await retention(second).getByLabel('Refused, withdrawn or closed: years after it ended').fill('6');
    await retention(second).getByRole('button', { name: 'Save retention periods' }).click();
    const refusal = retention(second).getByRole('alert').filter({ hasText: 'This record has changed' });
    await refusal.waitFor();
    expect(await refusal.innerText()).toMatch(/Since you opened this form, Priya Example-Shah changed the retention periods at \d\d:\d\d\./);
    expect(await retention(second).getByLabel('Refused, withdrawn or closed: years after it ended').inputValue()).toBe('6');
    await expectNoAxeViolations(second, 'Settings with a refused save');
  });
});
