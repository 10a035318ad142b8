import type { ByKind } from '../../domain/reports/kinds';

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
  /** What each count means, in plain words, shown under the table's heading. */
  definition?: string;
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

/** Column headings for a count split by kind of household, the total beside. */
export const KIND_HEAD = ['Mainstream', 'Connected person', 'Total'];

export function kindCells(households: ByKind): ReportCell[] {
  return [countCell(households.mainstream), countCell(households.connected), countCell(households.total)];
}
