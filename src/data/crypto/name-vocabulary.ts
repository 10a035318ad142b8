/**
 * The household name words, opened in memory while the device is unlocked, for the typo-forgiving
 * search. A blind index holds keyed hashes, and no typo can be measured against a hash: the typed
 * word is compared with these clear words instead, and the words it settles on are looked up as
 * exact tokens. The words leave memory when the device locks, like every other opened record.
 *
 * Reading them means opening every household, seconds at 10,000 of them, so the words are also
 * kept sealed with the data key in the vault (device-local: no backup or sync carries it), with
 * the count of households and the latest change among them when they were read. At unlock they
 * open in one piece if both still hold; otherwise every household is read, as the first time.
 * Sealed, the kept words say no more on the disk than the records themselves, and an erasure
 * has them read again without its household's words.
 */
import Dexie from 'dexie';
import { db } from '../db';
import { isSealed, openValue, sealValue, type Sealed } from './field-cipher';
import type { KeySession } from './session';

/** Households opened per read: a short task each, so a list or a typed key is never held up long. */
const CHUNK = 500;

/** The vault row of the kept words, and what their seal is bound to. */
const KEPT = 'nameWords';
const KEPT_CONTEXT = 'vault/nameWords';

/** After households are removed (an erasure, a merge): one read again once the removing is over. */
const FORGET_AFTER_MS = 3000;

interface Kept {
  /** The households' count and latest change when the words were read: a different one means read again. */
  stamp: string;
  words: Sealed;
}

interface Vocabulary {
  words: Set<string>;
  ready: Promise<void>;
  /** Words of households written while every household is read, which that read may have passed; undefined when none runs. */
  noted: Set<string> | undefined;
  /** Keeping the words: one write at a time, and one more after it when words came meanwhile. */
  keeping: Promise<void> | undefined;
  keepAgain: boolean;
  forget: ReturnType<typeof setTimeout> | undefined;
}

const vocabularies = new WeakMap<KeySession, Vocabulary>();
const watched = new WeakSet<KeySession>();

/** Forgets the words whenever the device locks or unlocks: they were opened with the last person's key. */
function watch(session: KeySession): void {
  if (watched.has(session)) return;
  watched.add(session);
  session.subscribe(() => {
    clearTimeout(vocabularies.get(session)?.forget);
    vocabularies.delete(session);
  });
}

/** Every write of a household changes its `updatedAt` or the count: read from the indexes, nothing opened. */
async function stampNow(): Promise<string> {
  const households = db().households;
  const [count, latest] = await Promise.all([households.count(), households.orderBy('updatedAt').lastKey()]);
  return `${count}/${String(latest ?? '')}`;
}

/** Every household's name words, a chunk at a time; undefined when the device locks half way. */
async function readAll(session: KeySession): Promise<Set<string> | undefined> {
  const table = db().households;
  const words = new Set<string>();
  let after: string | undefined;
  for (;;) {
    const rows = await (after === undefined ? table.orderBy(':id') : table.where(':id').above(after)).limit(CHUNK).toArray();
    if (session.state !== 'unlocked') return undefined;
    for (const h of rows) for (const w of h.nameKeys ?? []) words.add(w);
    if (rows.length < CHUNK) return words;
    after = rows[rows.length - 1]!.id;
  }
}

/** The kept words if the households are as they were when they were read, and they open with this key. */
async function readKept(key: CryptoKey): Promise<Set<string> | undefined> {
  const [kept, stamp] = await Promise.all([db().vault.get(KEPT).then((row) => row?.value as Kept | undefined), stampNow()]);
  if (!kept || kept.stamp !== stamp || !isSealed(kept.words)) return undefined;
  try {
    const words = await openValue(key, kept.words, KEPT_CONTEXT);
    return Array.isArray(words) ? new Set(words.filter((w): w is string => typeof w === 'string')) : undefined;
  } catch {
    return undefined;
  }
}

async function keep(key: CryptoKey, words: Set<string>, stamp: string): Promise<void> {
  const kept: Kept = { stamp, words: await sealValue(key, [...words], KEPT_CONTEXT) };
  await db().vault.put({ key: KEPT, value: kept });
}

/** Reads every household and puts its words in place of those searched until now, then keeps them. */
async function readAgain(session: KeySession, vocabulary: Vocabulary): Promise<void> {
  const key = session.keys().data;
  vocabulary.noted = new Set();
  let words: Set<string> | undefined;
  let stamp: string;
  try {
    // Taken first: a household written during the read makes it stale, never the words.
    stamp = await stampNow();
    words = await readAll(session);
    if (!words || vocabularies.get(session) !== vocabulary) return;
    for (const w of vocabulary.noted) words.add(w);
    vocabulary.words = words;
  } finally {
    vocabulary.noted = undefined;
  }
  await keep(key, words, stamp);
}

/**
 * Keeps the words as they are now, with the key taken while unlocked: a lock straight after a save
 * still has them kept. Written one at a time however many households a restore or a sync writes.
 */
function keepNow(session: KeySession, vocabulary: Vocabulary): void {
  if (vocabulary.keeping) {
    vocabulary.keepAgain = true;
    return;
  }
  const key = session.keys().data;
  // Called while a household is written: the vault is no part of that transaction.
  vocabulary.keeping = Dexie.ignoreTransaction(() => vocabulary.ready.then(async () => keep(key, vocabulary.words, await stampNow())))
    .catch(() => undefined)
    .finally(() => {
      vocabulary.keeping = undefined;
      if (!vocabulary.keepAgain || vocabularies.get(session) !== vocabulary) return;
      vocabulary.keepAgain = false;
      keepNow(session, vocabulary);
    });
}

/**
 * Every name word of the device's households: the kept words when the households are as they
 * were, else every household read, once per unlock. Kept current by `noteNameWords` as households
 * are written. A `LockedError` while locked.
 */
export function nameVocabulary(session: KeySession): Promise<Set<string>> {
  const { data } = session.keys();
  watch(session);
  let vocabulary = vocabularies.get(session);
  if (!vocabulary) {
    const created: Vocabulary = { words: new Set(), ready: Promise.resolve(), noted: undefined, keeping: undefined, keepAgain: false, forget: undefined };
    created.ready = readKept(data).then((kept) => {
      if (!kept) return readAgain(session, created);
      for (const w of created.words) kept.add(w);
      created.words = kept;
    });
    vocabularies.set(session, created);
    // A read cut short (the device locked half way) is read again next time.
    created.ready.catch(() => {
      if (vocabularies.get(session) === created) vocabularies.delete(session);
    });
    vocabulary = created;
  }
  const current = vocabulary;
  return current.ready.then(() => current.words);
}

/** At unlock, so that even the first search with a slip finds the words open, or nearly. */
export function warmNameVocabulary(session: KeySession): void {
  if (session.state === 'unlocked' && db().session === session) nameVocabulary(session).catch(() => undefined);
}

/** Households' name words as they are written, so the words searched stay current; kept with the rest. */
export function noteNameWords(session: KeySession, words: readonly string[]): void {
  const vocabulary = vocabularies.get(session);
  if (!vocabulary || words.length === 0) return;
  for (const w of words) {
    vocabulary.words.add(w);
    vocabulary.noted?.add(w);
  }
  // A read of every household under way keeps its words when it ends.
  if (!vocabulary.noted) keepNow(session, vocabulary);
}

/** Households were removed: every household is read again once the removing is over, and kept without their words. */
export function forgetNameWords(session: KeySession): void {
  if (session.state !== 'unlocked') return;
  // Called while households are removed: the read is no part of that transaction.
  if (!vocabularies.has(session)) Dexie.ignoreTransaction(() => nameVocabulary(session)).catch(() => undefined);
  const vocabulary = vocabularies.get(session);
  if (!vocabulary) return;
  clearTimeout(vocabulary.forget);
  vocabulary.forget = setTimeout(() => {
    if (vocabularies.get(session) !== vocabulary) return;
    if (vocabulary.noted) return forgetNameWords(session);
    readAgain(session, vocabulary).catch(() => undefined);
  }, FORGET_AFTER_MS);
}
