/**
 * CSV export of a report table. papaparse quotes fields with commas, quotes and line breaks, and
 * `escapeFormulae` stops a cell such as "=HYPERLINK(…)" running as a formula when opened in Excel
 * (CSV injection). It is loaded only when someone exports, so no page pays for it up front.
 */

/** Excel reads a CSV as UTF-8 only when it starts with a byte order mark. */
const BOM = '\uFEFF';

export async function toCsv(rows: readonly (readonly string[])[]): Promise<string> {
  const { unparse } = (await import('papaparse')).default;
  return BOM + unparse(rows as string[][], { escapeFormulae: true, newline: '\r\n' });
}
