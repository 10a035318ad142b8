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

/** Saves the rows as a file in the browser's downloads. */
export async function downloadCsv(fileName: string, rows: readonly (readonly string[])[]): Promise<void> {
  const blob = new Blob([await toCsv(rows)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Chromium reads the blob after the click returns; revoke on the next turn, not at once.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
