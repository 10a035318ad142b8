import { readFile } from 'node:fs/promises';
import type { AxeResults } from 'axe-core';
import { TAGS, axePath, formatViolations } from '../axe';
import type { Driver } from './driver';

let source: Promise<string> | undefined;

/** axe-core's findings on the page as it is now, in any engine, formatted as the Chromium journeys format them. */
export async function axeViolations(driver: Driver): Promise<string[]> {
  source ??= readFile(axePath, 'utf8');
  // Sent as the page script itself (neither a <script> tag nor eval), so the page's content security policy has no say.
  if (!(await driver.evaluate(() => 'axe' in window))) await driver.runSource(await source);
  const results = await driver.evaluate(
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
