/**
 * Keys that cut a table's key space into pieces a backup reads side by side. They need not split
 * the rows evenly, only fall strictly above the first key and at or below the last, in order: the
 * pieces then hold every row once, whatever the keys look like.
 */
export function keyCuts(first: unknown, last: unknown, pieces: number): (string | number)[] {
  if (typeof first === 'number' && typeof last === 'number' && first < last) {
    return between(first, last, pieces);
  }
  if (typeof first !== 'string' || typeof last !== 'string' || first >= last) return [];
  // Strings compare code unit by code unit: the cuts differ from the first key where the last does.
  let at = 0;
  while (at < first.length && first.charCodeAt(at) === last.charCodeAt(at)) at += 1;
  // The first key may be the last's prefix, below every code unit that could follow it.
  const low = at < first.length ? first.charCodeAt(at) : -1;
  const prefix = last.slice(0, at);
  return between(low, last.charCodeAt(at), pieces).map((unit) => prefix + String.fromCharCode(unit));
}

/** Distinct values above `low` and at most `high`, about evenly spaced, rounded up to whole ones when `low` and `high` are whole. */
function between(low: number, high: number, pieces: number): number[] {
  const whole = Number.isInteger(low) && Number.isInteger(high);
  const out: number[] = [];
  for (let piece = 1; piece < pieces; piece += 1) {
    const at = low + ((high - low) * piece) / pieces;
    const cut = whole ? Math.ceil(at) : at;
    if (cut > low && cut <= high && cut !== out.at(-1)) out.push(cut);
  }
  return out;
}
