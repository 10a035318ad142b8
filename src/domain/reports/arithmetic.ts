/**
 * The small sums every report shares. A share with nothing to divide by is "–", never NaN or
 * Infinity, and percentages are whole numbers as the board papers print them.
 */

/** Whole percent of `part` in `whole`, or undefined when `whole` is 0. */
export function percent(part: number, whole: number): number | undefined {
  return whole > 0 ? Math.round((100 * part) / whole) : undefined;
}

export function formatPercent(value: number | undefined): string {
  return value === undefined ? '–' : `${value}%`;
}

/** The middle value (the mean of the two middle values for an even count), or undefined for none. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Days rounded to a whole day (a median of an even count can end in .5), or "–". */
export function formatDays(value: number | undefined): string {
  return value === undefined ? '–' : String(Math.round(value));
}
