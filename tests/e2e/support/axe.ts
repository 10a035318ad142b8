import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';
import { expect } from 'vitest';

export const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let source: Promise<string> | undefined;
const axeSource = () => (source ??= readFile(axePath, 'utf8'));

/** WCAG 2.2 AA, the bar the design sets, including the 24 px target-size rule. */
export const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export function formatViolations(violations: Result[]): string[] {
  return violations.map((v) => {
    const nodes = v.nodes.map((n) => `    - ${n.target.join(' ')}\n      ${(n.failureSummary ?? '').replace(/\n/g, '\n      ')}`);
    return `${v.id} (${v.impact ?? 'unknown impact'}): ${v.help}\n  ${v.helpUrl}\n${nodes.join('\n')}`;
  });
}

/** Runs axe-core on the page as it is now and returns what it found, formatted for people. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated rather than added as a <script>: the app's Content Security Policy refuses inline script.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(await axeSource());
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (ctx: Document, options: object) => Promise<AxeResults> } }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        rules: { 'target-size': { enabled: true } },
        resultTypes: ['violations'],
      }),
    TAGS,
  );
  return formatViolations(results.violations);
}

export async function expectNoAxeViolations(page: Page, where = new URL(page.url()).pathname): Promise<void> {
  expect(await axeViolations(page), `axe-core violations on ${where}`).toEqual([]);
}
