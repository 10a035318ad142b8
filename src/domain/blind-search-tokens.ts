/**
 * The search tokens a household is stored under once its index is blind (keyed hashes). A hash
 * only matches the exact text hashed, so the prefix searches the list does today ("sam" finds
 * Samplewood, "b1" finds B12 6XY) need every prefix stored as a token of its own:
 * - name words: every prefix from 2 characters to the whole word;
 * - postcodes: every prefix of the postcode without spaces, from 2 characters;
 * - email addresses and phone numbers: the whole value only (a part of one no longer finds it);
 * - the typo-forgiving search cannot compare hashes at all: it compares the typed word with the
 *   name words opened in memory since the unlock, then looks up the exact words it settles on, so
 *   no token of it is stored;
 * - duplicate keys are already exact (`duplicateKeys`) and are hashed as they are.
 * One-character prefixes are left out: they would find most households and, being few and
 * frequent, are the easiest hashes to guess from how often they occur.
 */
import { searchKeys, type SearchableDetails } from './search-keys';

export const MIN_PREFIX_LENGTH = 2;

/** Every start of `word` from `MIN_PREFIX_LENGTH` characters (not UTF-16 units) to the whole word. */
export function prefixesOf(word: string): string[] {
  const chars = Array.from(word);
  if (chars.length <= MIN_PREFIX_LENGTH) return [word];
  const out: string[] = [];
  for (let n = MIN_PREFIX_LENGTH; n <= chars.length; n++) out.push(chars.slice(0, n).join(''));
  return out;
}

/**
 * The exact tokens to hash for a household's clear search keys (`searchKeys`): any search the list
 * can run is one of them. Keys are told apart by their shape, as `searchKeys` folds them: an email
 * address holds an @, a phone number is digits alone; name words and postcodes get their prefixes.
 */
export function blindTokensOfKeys(keys: readonly string[]): string[] {
  const tokens = new Set<string>();
  for (const key of keys) {
    if (key.includes('@') || /^\d+$/.test(key)) tokens.add(key);
    else for (const p of prefixesOf(key)) tokens.add(p);
  }
  return [...tokens];
}

/** The exact tokens to hash for a household's details. */
export function blindSearchTokens(d: SearchableDetails): string[] {
  return blindTokensOfKeys(searchKeys(d));
}
