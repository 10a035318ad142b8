/**
 * The one place where a search token meets the household indexes (`searchKeys`, `nameKeys`,
 * `duplicateKeys`). While the device has no passcode the indexes hold the tokens themselves; once it
 * has one they hold keyed hashes (blind-index.ts), so a search hashes what was typed through here
 * before it looks anything up, and the middleware stores a household's tokens through here too.
 */
import { blindTokensOfKeys } from '../../domain/blind-search-tokens';
import { blindTokens } from './blind-index';
import type { KeySession } from './session';

/**
 * The tokens stored for one index field: search keys with every prefix a search may type (a hash
 * only matches whole), the other fields as they are.
 */
export async function storedTokens(indexKey: CryptoKey, field: string, clear: readonly string[]): Promise<string[]> {
  return blindTokens(indexKey, field === 'searchKeys' ? blindTokensOfKeys(clear) : clear);
}

/** How an index is looked up: `blind` when it holds hashes, so only exact tokens can be found. */
export interface IndexLookup {
  blind: boolean;
  tokens: string[];
}

/**
 * What to look `tokens` up as in a household index. Blind once a passcode is set; a `LockedError`
 * while locked, since no hash can be made without the key.
 */
export async function indexLookup(session: KeySession, tokens: readonly string[]): Promise<IndexLookup> {
  if (session.state === 'open') return { blind: false, tokens: [...tokens] };
  const { index } = session.keys();
  return { blind: true, tokens: await Promise.all(tokens.map((t) => blindTokens(index, [t]).then(([hash]) => hash!))) };
}
