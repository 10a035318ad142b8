/** Household references ("H-0042"): short enough to read aloud, numbered by the device's counter. */
export function formatReference(n: number): string {
  return `H-${String(n).padStart(4, '0')}`;
}

/** The number in a reference, or 0 for one not in the usual form (never counted past). */
export function referenceNumber(reference: string): number {
  const match = /^H-(\d+)$/.exec(reference);
  return match ? Number(match[1]) : 0;
}

/** The counter value that comes after every reference given and every counter given. */
export function counterAbove(references: Iterable<string>, counters: Iterable<number>): number {
  let next = 1;
  for (const r of references) next = Math.max(next, referenceNumber(r) + 1);
  for (const c of counters) if (Number.isSafeInteger(c)) next = Math.max(next, c);
  return next;
}
