/**
 * A report table as both the page and its CSV read it, so the download always holds exactly the
 * rows on screen.
 */
export interface ReportCell {
  text: string;
  /** The households behind a count; a cell with any can be opened to list them. */
  households?: readonly string[];
}

export interface ReportRow {
  header: string;
  cells: ReportCell[];
}

export interface ReportTable {
  id: string;
  caption: string;
  /** What the download button names: "Download funnel as CSV". */
  name: string;
  fileName: string;
  head: string[];
  /** Columns after the row header that hold numbers, right-aligned. */
  numeric: boolean[];
  rows: ReportRow[];
}

export function csvRows(table: ReportTable): string[][] {
  return [table.head, ...table.rows.map((r) => [r.header, ...r.cells.map((c) => c.text)])];
}

export function countCell(households: readonly string[]): ReportCell {
  return { text: String(households.length), households };
}
