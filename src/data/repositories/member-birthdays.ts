/**
 * Every household member's date of birth, for Today's adult checks notice: the kept row when it
 * still holds (see member-birthdays.ts), else every member read a chunk at a time and kept for next
 * time. A read stopped part way, as a person taps on from Today, keeps what it read and where it
 * stopped, and the next goes on from there: at thousands of members a read begun afresh on each
 * visit might never end. Under a passcode the row is sealed with the data key, so it says no more
 * on the disk than the people records do.
 */
import Dexie, { type IndexableType } from 'dexie';
import type { IsoDate } from '../../domain/dates';
import type { Person } from '../../domain/household';
import type { Sealed } from '../crypto/field-cipher';
import { db } from '../db';
import { outsideLiveQuery } from '../live';
import { MEMBER_BIRTHDAYS_KEY, MEMBER_BIRTHDAYS_PART_KEY, MEMBER_BIRTHDAYS_READING_KEY } from '../member-birthdays';
import { newestHouseholdChange } from './stage-counts';

export interface MemberBirthday {
  id: string;
  householdId: string;
  dateOfBirth: IsoDate;
}

type Entry = [id: string, householdId: string, dateOfBirth: IsoDate];

interface Kept {
  /** The schema version they were read under: an upgrade moves rows without the layer that drops this one. */
  version: number;
  /**
   * The newest household change when they were read: a tab still running an older app writes people
   * without dropping the row, and every app writes the person's household with them. Counting the
   * members instead took 25 to 50 ms of the storage's time at 10,000 households, as a person taps on from Today.
   */
  newest: string;
  birthdays: Entry[] | Sealed;
  /** In the part row only: where the read stopped. Ids only, in clear as every record's key is. */
  next?: Cursor;
}

/** A household on the role index, and the ids of its members already read. */
interface Cursor {
  from: string;
  read: string[];
}

/** A read of every member as it goes: what it found, and where its next chunk starts. */
interface Progress {
  found: MemberBirthday[];
  from: IndexableType;
  read: Set<string>;
}

interface Opened {
  birthdays: MemberBirthday[];
  next?: Cursor;
}

/** Members per read: each read a short one, so a page opened meanwhile has its reads answered between them. */
const CHUNK = 200;
const CONTEXT = 'vault/memberBirthdays';

function isCursor(value: unknown): value is Cursor {
  const cursor = value as Partial<Cursor> | undefined;
  return typeof cursor?.from === 'string' && Array.isArray(cursor.read) && cursor.read.every((id) => typeof id === 'string');
}

function isKept(value: unknown): value is Kept {
  const kept = value as Partial<Kept> | undefined;
  return (
    typeof kept?.version === 'number' &&
    typeof kept.newest === 'string' &&
    typeof kept.birthdays === 'object' &&
    kept.birthdays !== null &&
    (kept.next === undefined || isCursor(kept.next))
  );
}

/** The kept birthdays, if they were read under this schema, with no household written since, and open with this device's state. */
async function openKept(value: unknown, newest: string): Promise<Opened | undefined> {
  const d = db();
  if (!isKept(value) || value.version !== d.verno || value.newest !== newest) return undefined;
  let entries: unknown = value.birthdays;
  const { state } = d.session;
  if (state === 'unlocked') {
    const { isSealed, openValue } = await import('../crypto/field-cipher');
    if (!isSealed(entries)) return undefined;
    try {
      entries = await openValue(d.session.keys().data, entries, CONTEXT);
    } catch {
      return undefined;
    }
  } else if (state !== 'open') {
    return undefined;
  }
  if (!Array.isArray(entries)) return undefined;
  return { birthdays: (entries as Entry[]).map(([id, householdId, dateOfBirth]) => ({ id, householdId, dateOfBirth })), next: value.next };
}

/**
 * Every member with a date of birth from where `progress` stands, a chunk at a time along the role
 * index; `progress` stays whole between chunks, where `signal` may stop it. A chunk may end within a
 * household: the next starts at that household again, and reads past who was read of it.
 */
async function readMembers(progress: Progress, signal?: AbortSignal): Promise<void> {
  for (;;) {
    signal?.throwIfAborted();
    const limit = CHUNK + progress.read.size;
    const rows: Person[] = await db()
      .people.where('[role+householdId]')
      .between(['member', progress.from], ['member', Dexie.maxKey], true, true)
      .limit(limit)
      .toArray();
    for (const p of rows) if (!progress.read.has(p.id) && p.dateOfBirth) progress.found.push({ id: p.id, householdId: p.householdId, dateOfBirth: p.dateOfBirth });
    if (rows.length < limit) return;
    const last = rows.at(-1)!.householdId;
    progress.read = new Set(rows.filter((p) => p.householdId === last).map((p) => p.id));
    progress.from = last;
  }
}

/**
 * Keeps what was read, sealed under a passcode, unless people were written since the read began:
 * with `next`, as the part read of a read stopped there; else as them all, in place of any part.
 */
async function keep(reading: string, newest: string, found: MemberBirthday[], next?: Cursor): Promise<void> {
  const d = db();
  const entries: Entry[] = found.map((b) => [b.id, b.householdId, b.dateOfBirth]);
  const { state } = d.session;
  let birthdays: Entry[] | Sealed = entries;
  if (state === 'unlocked') {
    const { sealValue } = await import('../crypto/field-cipher');
    birthdays = await sealValue(d.session.keys().data, entries, CONTEXT);
  } else if (state !== 'open') {
    return;
  }
  await d.transaction('rw', d.vault, async () => {
    if ((await d.vault.get(MEMBER_BIRTHDAYS_READING_KEY))?.value !== reading) return;
    await d.vault.delete(MEMBER_BIRTHDAYS_READING_KEY);
    if (next) return d.vault.put({ key: MEMBER_BIRTHDAYS_PART_KEY, value: { version: d.verno, newest, birthdays, next } satisfies Kept });
    await d.vault.delete(MEMBER_BIRTHDAYS_PART_KEY);
    await d.vault.put({ key: MEMBER_BIRTHDAYS_KEY, value: { version: d.verno, newest, birthdays } satisfies Kept });
  });
}

/**
 * Every household member with a date of birth: one row opened when it holds, else every member
 * read (or the rest, after a read stopped part way), short reads each, and kept. `signal` stops the
 * reading between reads once the page asking has gone; what was read is kept to go on from.
 */
export async function memberBirthdays(signal?: AbortSignal): Promise<MemberBirthday[]> {
  signal?.throwIfAborted();
  const d = db();
  const [row, newest] = await Promise.all([d.vault.get(MEMBER_BIRTHDAYS_KEY), newestHouseholdChange(d)]);
  const kept = await openKept(row?.value, newest);
  if (kept) return kept.birthdays;
  // Marked before the read: a write to people from now on drops the mark, and this read is not kept.
  const reading = crypto.randomUUID();
  await outsideLiveQuery(() => d.vault.put({ key: MEMBER_BIRTHDAYS_READING_KEY, value: reading }));
  // Any part read is opened after the mark: a write to people before it dropped the part.
  const part = await openKept((await d.vault.get(MEMBER_BIRTHDAYS_PART_KEY))?.value, newest);
  const progress: Progress = part?.next
    ? { found: part.birthdays, from: part.next.from, read: new Set(part.next.read) }
    : { found: [], from: Dexie.minKey, read: new Set() };
  try {
    await readMembers(progress, signal);
  } catch (error) {
    const { found, from, read } = progress;
    if (signal?.aborted && typeof from === 'string') outsideLiveQuery(() => keep(reading, newest, found, { from, read: [...read] })).catch(() => undefined);
    throw error;
  }
  // Not waited for: the notice shows what was read whether or not it could be kept.
  outsideLiveQuery(() => keep(reading, newest, progress.found)).catch(() => undefined);
  return progress.found;
}
