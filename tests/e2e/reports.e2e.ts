import { buffer } from 'node:stream/consumers';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { expectNoAxeViolations } from './support/axe';
import { openPage, signIn } from './support/browser';
import { expectLargeTargets } from './support/targets';

/** Every row of a table as the screen shows it, header row first. */
function tableRows(page: Page, caption: RegExp): Promise<string[][]> {
  return page
    .getByRole('table', { name: caption })
    .evaluate((table) =>
      [...table.querySelectorAll('tr')].map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => (cell.textContent ?? '').trim())),
    );
}

describe('reports', () => {
  test('show the demo data by financial year, mainstream and connected person apart, pass axe-core, and download CSVs that match the tables', async () => {
    const page = await openPage('/settings');
    await signIn(page, 'Morgan Synthetic-Manager');
    await page.getByRole('button', { name: 'Load demo data' }).click();
    await page.getByRole('button', { name: 'Remove demo data' }).waitFor();

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Reports' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reports' }).waitFor();
    const funnel = page.getByRole('table', { name: /^Households at each step/ });
    await funnel.waitFor();
    await page.getByRole('table', { name: /^Timescales met/ }).waitFor();
    expect(await page.getByRole('main').textContent()).not.toMatch(/NaN|Infinity|undefined/);

    const rows = await tableRows(page, /^Households at each step/);
    const enquiriesInYear = Number(rows[1]!.at(-1));
    expect(enquiriesInYear).toBeGreaterThan(0);
    // The whole year is split, mainstream and connected person, and the two add up to the total.
    expect(rows[0]!.slice(-3)).toEqual([expect.stringMatching(/mainstream$/), expect.stringMatching(/connected person$/), expect.stringMatching(/^Whole year/)]);
    for (const row of rows.slice(1)) expect(Number(row.at(-3)) + Number(row.at(-2))).toBe(Number(row.at(-1)));

    const counts = await tableRows(page, /^Enquiries, applications and approvals/);
    expect(counts[0]).toEqual(['In the year', 'Mainstream', 'Connected person', 'Total']);
    expect(counts[1]).toEqual(['Enquiries', rows[1]!.at(-3), rows[1]!.at(-2), rows[1]!.at(-1)]);
    for (const row of counts.slice(1)) expect(Number(row[1]) + Number(row[2])).toBe(Number(row[3]));
    await page.getByRole('table', { name: /^Applications completed in/ }).waitFor();
    await page.getByRole('table', { name: /^Enquiries that went no further/ }).waitFor();

    for (const width of [768, 1366]) {
      await page.setViewportSize({ width, height: width === 768 ? 1024 : 900 });
      await expectNoAxeViolations(page, `/reports at ${width}px`);
      await expectLargeTargets(page, `/reports at ${width}px`);
    }

    // The number opens to the households behind it.
    await funnel.getByRole('button', { name: /^\d+: list the households, Enquiries, Whole year \d{4}\/\d{2}$/ }).click();
    const list = page.locator('.reports-behind');
    await list.getByRole('heading', { name: /^Households behind this number: Enquiries/ }).waitFor();
    await expect.poll(() => list.getByRole('link').count()).toBe(Math.min(enquiriesInYear, 50));
    await expectNoAxeViolations(page, '/reports with households listed');
    await expectLargeTargets(page, '/reports with households listed');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download funnel as CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^funnel-\d{4}-\d{2}\.csv$/);
    // The browser runs apart from the tests, so the file is read as a stream, not from a path.
    const bytes = await buffer(await download.createReadStream());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<string[]>(bytes.subarray(3).toString('utf8')).data;
    expect(parsed).toEqual(rows);

    const completed = await tableRows(page, /^Applications completed in/);
    const [returnDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download applications completed as CSV' }).click(),
    ]);
    expect(returnDownload.suggestedFilename()).toMatch(/^annual-return-completed-\d{4}-\d{2}\.csv$/);
    const returnCsv = Papa.parse<string[]>((await buffer(await returnDownload.createReadStream())).subarray(3).toString('utf8')).data;
    expect(returnCsv[0]).toEqual(['Outcome', 'Ofsted code', 'Mainstream', 'Connected person', 'Total']);
    expect(returnCsv).toEqual(completed);
  });
});
