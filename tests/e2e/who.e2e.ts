import { describe, expect, test } from 'vitest';
import { openPage, pathOf, signIn } from './support/browser';
import { expectNoAxeViolations } from './support/axe';
import { expectLargeTargets } from './support/targets';

describe('who is using this device', () => {
  test('sends a new user to /who first, then to Today with their name in the header', async () => {
    const page = await openPage('/');
    await page.getByRole('heading', { level: 1, name: 'Who is using this device?' }).waitFor();
    expect(pathOf(page)).toBe('/who?next=%2F');
    expect(await page.title()).toMatch(/^Who is using this device\?/);

    await signIn(page, 'Testy McTestface');
    await expect.poll(() => pathOf(page)).toBe('/');
    expect(await page.getByRole('banner').innerText()).toContain('Using this device: Testy McTestface');
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).getAttribute('aria-current')).toBe('page');
  });

  test('returns the user to the page they first asked for', async () => {
    const page = await openPage('/settings');
    await expect.poll(() => pathOf(page)).toBe('/who?next=%2Fsettings');
    await signIn(page, 'Polly Placeholder');
    await expect.poll(() => pathOf(page)).toBe('/settings');
  });

  test('explains an empty name beside the field and in the error summary', async () => {
    const page = await openPage('/who');
    await page.getByRole('button', { name: 'Add and continue' }).click();
    await page.getByRole('alert').getByText('Enter your name').waitFor();
    expect(await page.title()).toMatch(/^Error: /);
    await page.getByRole('link', { name: 'Enter your name' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('new-name');
    await expectNoAxeViolations(page, '/who with an error');
  });

  for (const width of [768, 1366]) {
    test(`/who passes axe-core and has 44 px targets at ${width} px wide`, async () => {
      const page = await openPage('/who', { viewport: { width, height: 1024 } });
      await page.getByText('No one has used the app on this device yet.').waitFor();
      await expectNoAxeViolations(page);
      await expectLargeTargets(page);

      await signIn(page, 'Sam Sample');
      await page.goto('/who');
      await page.getByRole('button', { name: /Sam Sample/ }).waitFor();
      await expectNoAxeViolations(page, '/who with a name on the list');
      await expectLargeTargets(page, '/who with a name on the list');
    });
  }
});
