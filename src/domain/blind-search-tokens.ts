/**
 * The search tokens a household is stored under once its index is blind (keyed hashes). A hash
 * only matches the exact text hashed, so the prefix searches the list does today ("sam" finds
 * Samplewood, "b1" finds B12 6XY) need every prefix stored as a token of its own:
 * - name words: every prefix from 2 characters to the whole word;
 * - postcodes: every prefix of the postcode without spaces, from 2 characters;
 * - email addresses and phone numbers: the whole value only (a part of one no longer finds it);
 * - the typo-forgiving search cannot compare hashes at all: it needs the name vocabulary kept
 *   encrypted and compared in memory once unlocked, then looks up the exact word it settles on;
 * - duplicate keys are already exact (`duplicateKeys`) and are hashed as they are.
 * One-character prefixes are left out: they would find most households and, being few and
 * frequent, are the easiest hashes to guess from how often they occur.
 */
import { nameKeys, searchKeys, type SearchableDetails } from './search-keys';

export const MIN_PREFIX_LENGTH = 2;

/** Every start of `word` from `MIN_PREFIX_LENGTH` characters (not UTF-16 units) to the whole word. */
export function prefixesOf(word: string): string[] {
  const chars = Array.from(word);
  if (chars.length <= MIN_PREFIX_LENGTH) return [word];
  const out: string[] = [];
  for (let n = MIN_PREFIX_LENGTH; n <= chars.length; n++) out.push(chars.slice(0, n).join(''));
  return out;
}

/** The exact tokens to hash for a household: any search the list can run is one of them. */
export function blindSearchTokens(d: SearchableDetails): string[] {
  const tokens = new Set<string>();
  for (const word of nameKeys(d.names)) for (const p of prefixesOf(word)) tokens.add(p);
  // The same folding the clear index uses, one kind of detail at a time.
  const [postcode] = searchKeys({ names: [], postcode: d.postcode });
  if (postcode) for (const p of prefixesOf(postcode)) tokens.add(p);
  for (const exact of searchKeys({ names: [], email: d.email, phone: d.phone })) tokens.add(exact);
  return [...tokens];
}
