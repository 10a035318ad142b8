import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/data/csv';

describe('CSV export', () => {
  it('starts with a byte order mark so Excel reads it as UTF-8', async () => {
    expect((await toCsv([['Step'], ['Enquiries']])).startsWith('\uFEFFStep\r\nEnquiries')).toBe(true);
  });

  it('quotes commas, quotes and line breaks so the rows parse back the same', async () => {
    const rows = [
      ['Reason', 'Households'],
      ['Fostering was "not" as expected, said they', '2'],
      ['Two\nlines', '–'],
      ['Zoë Ørsted', '0'],
    ];
    const csv = await toCsv(rows);
    expect(Papa.parse<string[]>(csv.slice(1)).data).toEqual(rows);
  });

  it('stops a cell running as a formula in a spreadsheet', async () => {
    const csv = await toCsv([['=HYPERLINK("http://example.org")', '+1', '@SUM(A1)']]);
    expect(Papa.parse<string[]>(csv.slice(1)).data[0]).toEqual(["'=HYPERLINK(\"http://example.org\")", "'+1", "'@SUM(A1)"]);
  });
});
