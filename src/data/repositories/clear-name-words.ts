/**
 * The distinct name words of every household, for a typo search on a device with no passcode: the
 * kept row when it still holds (see clear-name-words.ts), else the `nameKeys` index walked and kept for
 * next time.
 */
import { db } from '../db';
import { outsideLiveQuery } from '../live';
import { CLEAR_NAME_WORDS_KEY, CLEAR_NAME_WORDS_READING_KEY } from '../clear-name-words';
import { newestHouseholdChange } from './stage-counts';

interface Kept {
  /** The schema version they were read under: an upgrade moves rows without the layer that drops this one. */
  version: number;
  /** The newest household change when they were read: a tab still running an older app writes without dropping the row. */
  newest: string;
  words: string[];
}

function isKept(value: unknown): value is Kept {
  const kept = value as Partial<Kept> | undefined;
  return typeof kept?.version === 'number' && typeof kept.newest === 'string' && Array.isArray(kept.words) && kept.words.every((w) => typeof w === 'string');
}

/** Keeps what was read, unless households were written since the walk began or the device now has a passcode. */
async function keep(reading: string, newest: string, words: string[]): Promise<void> {
  const d = db();
  await d.transaction('rw', d.vault, async () => {
    if (d.session.state !== 'open' || (await d.vault.get(CLEAR_NAME_WORDS_READING_KEY))?.value !== reading) return;
    await d.vault.delete(CLEAR_NAME_WORDS_READING_KEY);
    await d.vault.put({ key: CLEAR_NAME_WORDS_KEY, value: { version: d.verno, newest, words } satisfies Kept });
  });
}

/** Every distinct name word, for a device with no passcode (a passcode's blind index holds none). */
export async function clearNameWords(): Promise<string[]> {
  const d = db();
  const [row, newest] = await Promise.all([d.vault.get(CLEAR_NAME_WORDS_KEY), newestHouseholdChange(d)]);
  const kept = row?.value;
  if (isKept(kept) && kept.version === d.verno && kept.newest === newest) return kept.words;
  // Marked before the walk: a write to households from now on drops the mark, and this walk is not kept.
  const reading = crypto.randomUUID();
  await outsideLiveQuery(() => d.vault.put({ key: CLEAR_NAME_WORDS_READING_KEY, value: reading }));
  const words = (await d.households.orderBy('nameKeys').uniqueKeys()) as string[];
  // Not waited for: the search answers from what was read whether or not it could be kept.
  outsideLiveQuery(() => keep(reading, newest, words)).catch(() => undefined);
  return words;
}
