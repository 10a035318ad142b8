import { describe, expect, test } from 'vitest';
import { newContext } from './support/browser';
import { watchPolicy } from './support/policy';

/**
 * That no page breaks the policy or asks anything of another origin is checked on every page, with
 * the demo data, in `every-route.e2e.ts`; this shows the policy is the page's own and that a
 * violation would be heard there.
 */
describe('the Content Security Policy', () => {
  test('is the page’s own, and an inline script put into a page is refused and reported', async () => {
    const context = await newContext();
    const { violations } = await watchPolicy(context);
    const page = await context.newPage();
    // The first page anyone sees, signed in or not.
    await page.goto('/who');
    await page.getByRole('heading', { level: 1, name: 'Who is using this device?' }).waitFor();

    // The policy is in the page, not something the test server adds.
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).toContain("object-src 'none'");

    // Without this, an empty list of violations on every page would prove nothing.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.title = "changed"';
      document.body.append(script);
    });
    await expect.poll(() => violations.map((v) => v.directive)).toContain('script-src-elem');
    expect(await page.title()).not.toBe('changed');
  });
});
