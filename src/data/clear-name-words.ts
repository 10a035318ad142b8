/**
 * A search that finds nothing as typed compares the typed word with every distinct name word, to
 * forgive a typo. On a device with no passcode those words come from the households' `nameKeys`
 * index, which IndexedDB can only give by walking every entry: at 10,000 households that walk was
 * most of a typo search's time, and all of it straight after a start. So the words are also kept in
 * one device-local row of the `vault` (never backed up, merged or synced; never kept under a
 * passcode, where crypto/name-vocabulary.ts keeps them sealed instead). This layer drops that row in
 * the same transaction as any write to households; the next typo search reads them again. A tab
 * still on an older app writes without this layer: the row names the newest household change it
 * saw, which such a write moves on.
 */
import type { DBCore, Middleware } from 'dexie';
import { droppedOnWrite } from './vault-alongside';

export const CLEAR_NAME_WORDS_KEY = 'clearNameWords';
/** Set as a walk of the index starts: dropped by a write to households meanwhile, so that walk is not kept. */
export const CLEAR_NAME_WORDS_READING_KEY = 'clearNameWordsReading';

export function clearNameWordsMiddleware(): Middleware<DBCore> {
  return droppedOnWrite('clearNameWords', 'households', [CLEAR_NAME_WORDS_KEY, CLEAR_NAME_WORDS_READING_KEY]);
}
