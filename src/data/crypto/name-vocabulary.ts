/**
 * The household name words, opened in memory while the device is unlocked, for the typo-forgiving
 * search. A blind index holds keyed hashes, and no typo can be measured against a hash: the typed
 * word is compared with these clear words instead, and the words it settles on are looked up as
 * exact tokens. Nothing is stored for it, so the disk says no more than the blind index already
 * does; the words leave memory when the device locks, like every other opened record.
 */
import { db } from '../db';
import type { KeySession } from './session';

/** Households opened per read: a short task each, so a list or a typed key is never held up long. */
const CHUNK = 500;

interface Vocabulary {
  words: Set<string>;
  ready: Promise<Set<string>>;
}

const vocabularies = new WeakMap<KeySession, Vocabulary>();
const watched = new WeakSet<KeySession>();

/** Forgets the words whenever the device locks or unlocks: they were opened with the last person's key. */
function watch(session: KeySession): void {
  if (watched.has(session)) return;
  watched.add(session);
  session.subscribe(() => vocabularies.delete(session));
}

async function readAll(session: KeySession, words: Set<string>): Promise<Set<string>> {
  const table = db().households;
  let after: string | undefined;
  for (;;) {
    const rows = await (after === undefined ? table.orderBy(':id') : table.where(':id').above(after)).limit(CHUNK).toArray();
    for (const h of rows) for (const w of h.nameKeys ?? []) words.add(w);
    if (rows.length < CHUNK || session.state !== 'unlocked') return words;
    after = rows[rows.length - 1]!.id;
  }
}

/**
 * Every name word of the device's households, read once per unlock (a chunk at a time) and kept
 * current by `noteNameWords` as households are written. A `LockedError` while locked.
 */
export function nameVocabulary(session: KeySession): Promise<Set<string>> {
  session.keys();
  watch(session);
  let vocabulary = vocabularies.get(session);
  if (!vocabulary) {
    const words = new Set<string>();
    const ready = readAll(session, words);
    vocabulary = { words, ready };
    vocabularies.set(session, vocabulary);
    // A read cut short (the device locked half way) is read again next time.
    ready.catch(() => {
      if (vocabularies.get(session) === vocabulary) vocabularies.delete(session);
    });
  }
  return vocabulary.ready;
}

/** After an unlock, once the first page has had its reads: so the first search with a slip need not wait. */
const WARM_AFTER_MS = 1500;

/** Starts reading the name words a moment after an unlock; a lock before then reads nothing. */
export function warmNameVocabulary(session: KeySession): void {
  setTimeout(() => {
    if (session.state === 'unlocked' && db().session === session) nameVocabulary(session).catch(() => undefined);
  }, WARM_AFTER_MS);
}

/** A household's name words as it is written, so a vocabulary already read stays current. */
export function noteNameWords(session: KeySession, words: readonly string[]): void {
  const vocabulary = vocabularies.get(session);
  if (vocabulary) for (const w of words) vocabulary.words.add(w);
}
