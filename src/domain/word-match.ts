/**
 * How a typed search word matches a stored word: it starts the word, so results come while the
 * word is still being typed; and a word of five letters or more may carry one typo (a letter
 * added, left out, changed, or two swapped), as "alegation" finds "allegation".
 */
export const TYPO_MIN_LENGTH = 5;

/** Letters as the reader sees them: a name outside the Basic Multilingual Plane is not split in two. */
function letters(s: string): string[] {
  return Array.from(s);
}

/** True when `a` and `b` differ by at most one insertion, deletion, substitution or transposition. */
function withinOneEdit(a: string[], b: string[]): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return true;
  const rest = (x: string[], from: number, y: string[], yFrom: number) => x.slice(from).join('') === y.slice(yFrom).join('');
  if (a.length === b.length) {
    if (rest(a, i + 1, b, i + 1)) return true;
    return a[i] === b[i + 1] && a[i + 1] === b[i] && rest(a, i + 2, b, i + 2);
  }
  return a.length > b.length ? rest(a, i + 1, b, i) : rest(a, i, b, i + 1);
}

/** Whether the typed `word` finds `key` only by forgiving one typo; false for words under five letters. */
export function findsWithTypo(word: string, key: string): boolean {
  const w = letters(word);
  if (w.length < TYPO_MIN_LENGTH) return false;
  const k = letters(key);
  // The typed word may be the start of a longer key, so compare it with the key's starts of about its length.
  for (let n = w.length - 1; n <= w.length + 1; n++) {
    if (n <= k.length && withinOneEdit(w, k.slice(0, n))) return true;
  }
  return false;
}
