import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { newContext, signIn } from './support/browser';
import { ROUTES } from './support/routes';
import { serviceWorkerInControl } from './support/sw';

interface Violation {
  page: string;
  directive: string;
  blocked: string;
}

/**
 * Every Content Security Policy violation in any page of the context, reported from inside the page
 * from before its first script runs, and every request the pages and the service worker make.
 */
async function watch(context: BrowserContext): Promise<{ violations: Violation[]; requests: string[] }> {
  const violations: Violation[] = [];
  const requests: string[] = [];
  await context.exposeFunction('reportCspViolation', (v: Violation) => violations.push(v));
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const report = (window as unknown as { reportCspViolation: (v: unknown) => void }).reportCspViolation;
      report({ page: location.pathname + location.search, directive: e.effectiveDirective, blocked: e.blockedURI });
    });
  });
  context.on('request', (request) => requests.push(request.url()));
  return { violations, requests };
}

async function openRoute(page: Page, path: string, heading: RegExp): Promise<void> {
  await page.goto(path);
  await page.getByRole('heading', { level: 1, name: heading }).waitFor();
  await page.waitForFunction(() => !document.querySelector('main .loading'));
}

describe('the Content Security Policy and the app’s own origin', () => {
  test('every page, with the demo data, breaks no rule of the policy and asks nothing of another origin', async () => {
    const context = await newContext();
    const { violations, requests } = await watch(context);
    const page = await context.newPage();
    await page.goto('/');
    const origin = new URL(page.url()).origin;
    await signIn(page, 'Alex Synthetic-Manager');
    await serviceWorkerInControl(page);

    // The policy is the page's own, not something the test server adds.
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("style-src 'self'");
    expect(policy).toContain("object-src 'none'");

    await openRoute(page, '/settings', /^Settings$/);
    await page.getByRole('button', { name: 'Load demo data' }).click();
    await page.getByRole('button', { name: 'Remove demo data' }).waitFor();
    await openRoute(page, '/households?stage=stage2', /^Households$/);
    const record = await page.getByRole('main').locator('a[href^="/households/demo-"]').first().getAttribute('href');
    expect(record).toMatch(/^\/households\/demo-h\d+$/);

    const visited: string[] = [];
    for (const { path, heading } of [...ROUTES, { path: record!, heading: /./ }]) {
      await openRoute(page, path, heading);
      visited.push(path);
    }
    // A library table (its cells' alignment is set through the DOM's style object, which the policy allows).
    await openRoute(page, '/library/allowances-and-fees', /./);

    expect(visited).toHaveLength(ROUTES.length + 1);
    expect(violations).toEqual([]);
    expect(requests.length).toBeGreaterThan(ROUTES.length);
    const elsewhere = requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
    expect(elsewhere).toEqual([]);
  }, 120_000);

  test('an inline script put into a page is refused and reported', async () => {
    // Shows the listener above would hear a violation: without this, an empty list proves nothing.
    const context = await newContext();
    const { violations } = await watch(context);
    const page = await context.newPage();
    // The first page anyone sees, signed in or not.
    await page.goto('/who');
    await page.getByRole('heading', { level: 1, name: 'Who is using this device?' }).waitFor();
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.title = "changed"';
      document.body.append(script);
    });
    await expect.poll(() => violations.map((v) => v.directive)).toContain('script-src-elem');
    expect(await page.title()).not.toBe('changed');
  });
});
