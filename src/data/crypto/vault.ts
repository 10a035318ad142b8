/**
 * The key session the lock screen and the passcode forms work with. Each person who uses the device
 * wraps the one data key with their own passcode (keys.ts); unlocking opens it into memory, where
 * the middleware (middleware.ts) seals and opens records with it; locking drops it.
 *
 * The first passcode set on a device encrypts every existing record in place, a chunk per
 * transaction with its resume point, so a tab closed half way loses nothing and the next unlock
 * finishes the job. Until then each stored row shows by its `sealed` field whether it is sealed.
 */
import { passcodeError } from '../../domain/passcode';
import { nextTryAt, retryDelaySeconds, shouldWipe } from '../../domain/lock-rules';
import { db, nowInstant, type FosteringDb } from '../db';
import { asPerson } from '../revisions';
import { fillMissingCarerSummaries } from '../repositories/carer-summary';
import { discardOldDrafts, sealFallbackDrafts, writeHeldDrafts } from '../repositories/drafts';
import { createWrappedDataKey, rewrapDataKey, unlockDataKey, type DataKeys, type WrappedDataKey } from './keys';
import { protectedTables } from './middleware';
import { warmNameVocabulary } from './name-vocabulary';
import { WIPE_AFTER_SETTING } from './session';

export { LockedError, WIPE_AFTER_SETTING, type VaultState } from './session';
export { loadVault, lock, onVaultChange, peopleWithPasscodes, unlockedBy, vaultState } from './vault-state';

/** Encrypting in place: records done of the total, for a progress bar. */
export type OnEncryptProgress = (done: number, total: number) => void;

export type PasscodeResult = { ok: true } | { ok: false; reason: 'invalid'; message: string } | { ok: false; reason: 'wrongPasscode' | 'alreadySet' | 'noPasscode' | 'lastPasscode' };

export type UnlockOutcome =
  | { ok: true }
  /** `retryInMs`: how long before the next try is accepted (0 after the first slip). */
  | { ok: false; reason: 'wrongPasscode'; failures: number; retryInMs: number }
  /** Tried again too soon after wrong passcodes: not checked, and not counted. */
  | { ok: false; reason: 'slowed'; retryInMs: number }
  /** The service's setting allowed this many wrong passcodes: every record on the device is gone. */
  | { ok: false; reason: 'wiped' }
  | { ok: false; reason: 'noPasscode' };


const FAILURES = 'failures';
const MIGRATION = 'migration';
/** The key this device sealed with before it took the team's, while its records are re-sealed. */
const RETIRING = 'retiringKey';
/** Which team key this device's data key is: its id on the server (team-key.ts). */
const TEAM = 'teamKey';
/** Records sealed per transaction: small enough that a closed tab loses at most one chunk's work, which is then redone. */
const CHUNK = 200;

interface Failures {
  count: number;
  lastAt: number;
}

/** Where encrypting in place has got to: the table being sealed and the last primary key done in it. */
interface ResumePoint {
  table: string;
  after: string | null;
}

/**
 * The device's first passcode: makes the data key, wraps it for `personId`, unlocks, and encrypts
 * every existing record in place with progress. Refused once any passcode exists (add one instead).
 */
export async function setFirstPasscode(personId: string, passcode: string, onProgress?: OnEncryptProgress): Promise<PasscodeResult> {
  const invalid = passcodeError(passcode);
  if (invalid) return { ok: false, reason: 'invalid', message: invalid };
  const d = db();
  await d.open();
  if (d.session.state !== 'open') return { ok: false, reason: 'alreadySet' };
  await d.session.loadSealing();
  const wrapped = await createWrappedDataKey(passcode);
  const opened = await unlockDataKey(wrapped, passcode);
  if (!opened.ok) throw new Error('A data key just made did not open');
  const setAt = nowInstant();
  const added = await d.transaction('rw', [d.keyring, d.vault], async () => {
    if ((await d.keyring.count()) > 0) return false;
    // The keyring last: once it has anyone, this tab's writes are refused until it is unlocked below.
    await d.vault.put({ key: MIGRATION, value: { table: sealedTableNames(d)[0]!, after: null } satisfies ResumePoint });
    await d.keyring.add({ ...wrapped, personId, setAt });
    return true;
  });
  if (!added) return { ok: false, reason: 'alreadySet' };
  d.session.unlock(opened.keys, personId, setAt);
  await finishEncrypting(personId, onProgress);
  await tidyDrafts();
  return { ok: true };
}

/**
 * Opens the device for `personId`. Wrong passcodes in a row are counted on the device, so a reload
 * does not reset the wait they earn; a half-finished encryption in place is finished before this
 * returns. `now` is the clock (milliseconds), so the waits can be tested.
 */
export async function unlock(personId: string, passcode: string, onProgress?: OnEncryptProgress, now = Date.now()): Promise<UnlockOutcome> {
  const d = db();
  await d.open();
  const failures = ((await d.vault.get(FAILURES))?.value as Failures | undefined) ?? { count: 0, lastAt: 0 };
  const waitUntil = nextTryAt(failures.count, failures.lastAt);
  if (now < waitUntil) return { ok: false, reason: 'slowed', retryInMs: waitUntil - now };
  const stored = await d.keyring.get(personId);
  if (!stored) return { ok: false, reason: 'noPasscode' };
  const opened = await unlockDataKey(stored, passcode);
  if (!opened.ok) {
    const count = failures.count + 1;
    const wipeAfter = (await d.settings.get(WIPE_AFTER_SETTING))?.value;
    if (shouldWipe(count, typeof wipeAfter === 'number' ? wipeAfter : undefined)) {
      await wipe(d);
      return { ok: false, reason: 'wiped' };
    }
    await d.vault.put({ key: FAILURES, value: { count, lastAt: now } satisfies Failures });
    return { ok: false, reason: 'wrongPasscode', failures: count, retryInMs: retryDelaySeconds(count) * 1000 };
  }
  if (failures.count > 0) await d.vault.delete(FAILURES);
  await d.session.loadSealing();
  d.session.unlock(opened.keys, personId, stored.setAt, await retiringKeys(personId, passcode));
  await finishEncrypting(personId, onProgress);
  await retireOldKey();
  await tidyDrafts();
  warmNameVocabulary(d.session);
  // Not awaited: the records open now; summaries missing from an older version's rows follow.
  void fillMissingCarerSummaries().catch(() => undefined);
  return { ok: true };
}

/** The old key, while re-sealing under the team's key is unfinished and this person started it. */
async function retiringKeys(personId: string, passcode: string): Promise<DataKeys | undefined> {
  const retiring = (await db().vault.get(RETIRING))?.value as Retiring | undefined;
  if (!retiring || retiring.personId !== personId) return undefined;
  const opened = await unlockDataKey(retiring.wrapped, passcode);
  return opened.ok ? opened.keys : undefined;
}

async function retireOldKey(): Promise<void> {
  const d = db();
  if (!d.session.retiring || (await d.vault.get(MIGRATION))) return;
  await d.vault.delete(RETIRING);
  d.session.retire();
}

interface Retiring {
  personId: string;
  wrapped: WrappedDataKey;
}

/** The keys records are sealed with now, for sealing what is sent to the team's server; a `LockedError` while locked. */
export function unlockedKeys(): DataKeys {
  return db().session.keys();
}

/** The team key's id this device's data key is, once it has joined or made one. */
export async function teamKeyId(): Promise<string | undefined> {
  return (await db().vault.get(TEAM))?.value as string | undefined;
}

export type TeamKeyResult = { ok: true; removedPasscodes: string[] } | { ok: false; reason: 'wrongPasscode' | 'wrongPassphrase' | 'noPasscode' };

/**
 * This device's data key wrapped with the team's passphrase, for the server: the first device of a
 * team offers its own key as the team's. `personId` proves it with their passcode, as adding a
 * passcode does; the key never reaches script.
 */
export async function wrapForTeam(personId: string, passcode: string, passphrase: string, iterations?: number): Promise<WrappedDataKey | 'wrongPasscode' | 'noPasscode'> {
  const stored = await db().keyring.get(personId);
  if (!stored) return 'noPasscode';
  const rewrapped = await rewrapDataKey(stored, passcode, passphrase, iterations);
  return rewrapped.ok ? rewrapped.wrapped : 'wrongPasscode';
}

/** Marks this device's data key as the team key `keyId` (the first device, whose key it is). */
export async function markTeamKey(keyId: string): Promise<void> {
  await db().vault.put({ key: TEAM, value: keyId });
}

/**
 * Takes the team's data key in place of this device's own, so every device of the team reads every
 * record: the key is wrapped for `personId`'s passcode, and every record sealed here is sealed
 * again under it, a chunk per transaction with its resume point (a tab closed half way finishes at
 * this person's next unlock). Other people's passcodes on this device wrapped the old key and
 * cannot be carried over without them: they are removed, and named in the answer, to be added again.
 */
export async function adoptTeamKey(
  personId: string,
  passcode: string,
  team: WrappedDataKey,
  passphrase: string,
  keyId: string,
  onProgress?: OnEncryptProgress,
): Promise<TeamKeyResult> {
  const d = db();
  const old = await d.keyring.get(personId);
  if (!old) return { ok: false, reason: 'noPasscode' };
  const mine = await unlockDataKey(old, passcode);
  if (!mine.ok) return { ok: false, reason: 'wrongPasscode' };
  const opened = await unlockDataKey(team, passphrase);
  const rewrapped = opened.ok ? await rewrapDataKey(team, passphrase, passcode) : undefined;
  if (!opened.ok || !rewrapped?.ok) return { ok: false, reason: 'wrongPassphrase' };
  const setAt = wrappingSetNow(personId);
  const removedPasscodes = await d.transaction('rw', [d.keyring, d.vault], async () => {
    const others = ((await d.keyring.toCollection().primaryKeys()) as string[]).filter((id) => id !== personId);
    await d.keyring.clear();
    await d.keyring.put({ ...rewrapped.wrapped, personId, setAt });
    await d.vault.put({ key: RETIRING, value: { personId, wrapped: old } satisfies Retiring });
    await d.vault.put({ key: MIGRATION, value: { table: sealedTableNames(d)[0]!, after: null } satisfies ResumePoint });
    await d.vault.put({ key: TEAM, value: keyId });
    return others;
  });
  d.session.unlock(opened.keys, personId, setAt, mine.keys);
  await finishEncrypting(personId, onProgress);
  await retireOldKey();
  return { ok: true, removedPasscodes };
}

/**
 * Gives `personId` (a new colleague, or one who forgot theirs) a passcode of their own. The data
 * key is never readable by script, so the unlocked person proves theirs again to wrap it anew.
 */
export async function addPasscode(personId: string, passcode: string, unlockedPersonPasscode: string): Promise<PasscodeResult> {
  const invalid = passcodeError(passcode);
  if (invalid) return { ok: false, reason: 'invalid', message: invalid };
  const d = db();
  const by = d.session.personId;
  const stored = by === undefined ? undefined : await d.keyring.get(by);
  if (!stored) return { ok: false, reason: 'noPasscode' };
  const rewrapped = await rewrapDataKey(stored, unlockedPersonPasscode, passcode);
  if (!rewrapped.ok) return { ok: false, reason: 'wrongPasscode' };
  await d.keyring.put({ ...rewrapped.wrapped, personId, setAt: wrappingSetNow(personId) });
  return { ok: true };
}

/** A new passcode for the same data key: only the person's wrapping is written again, no record. */
export async function changePasscode(personId: string, oldPasscode: string, newPasscode: string): Promise<PasscodeResult> {
  const invalid = passcodeError(newPasscode);
  if (invalid) return { ok: false, reason: 'invalid', message: invalid };
  const d = db();
  const stored = await d.keyring.get(personId);
  if (!stored) return { ok: false, reason: 'noPasscode' };
  const rewrapped = await rewrapDataKey(stored, oldPasscode, newPasscode);
  if (!rewrapped.ok) return { ok: false, reason: 'wrongPasscode' };
  await d.keyring.put({ ...rewrapped.wrapped, personId, setAt: wrappingSetNow(personId) });
  return { ok: true };
}

/**
 * When a person's key is wrapped anew. Told to the session first when it is the unlocked person's
 * own, so that this tab's writes go on (another tab's new wrapping locks this one: see db.ts).
 */
function wrappingSetNow(personId: string): string {
  const setAt = nowInstant();
  if (personId === db().session.personId) db().session.rewrapping(setAt);
  return setAt;
}

/**
 * Removes a person's wrapped key, while the device is unlocked. The last one stays: without it no
 * one could ever open the data again.
 */
export async function removePasscode(personId: string): Promise<PasscodeResult> {
  const d = db();
  d.session.keys();
  return d.transaction('rw', d.keyring, async (): Promise<PasscodeResult> => {
    if (!(await d.keyring.get(personId))) return { ok: false, reason: 'noPasscode' };
    if ((await d.keyring.count()) === 1) return { ok: false, reason: 'lastPasscode' };
    await d.keyring.delete(personId);
    return { ok: true };
  });
}

/** Drafts left clear in localStorage from before the passcode, and any held while locked, are sealed; old ones go. */
async function tidyDrafts(): Promise<void> {
  await sealFallbackDrafts();
  await writeHeldDrafts();
  await discardOldDrafts();
}

/** The tables with something to seal, in schema order: the order encrypting in place walks them. */
function sealedTableNames(d: FosteringDb): string[] {
  const primaryKeys = Object.fromEntries(d.tables.map((t) => [t.name, t.schema.primKey.keyPath]));
  const sealed = protectedTables(primaryKeys);
  return d.tables.map((t) => t.name).filter((name) => sealed.has(name));
}

/**
 * Seals every record not yet sealed, a chunk per transaction, each chunk moving the resume point
 * in the same transaction. Rows read come back clear (sealed or not) and are written back through
 * the middleware, so a chunk done twice is harmless. Revisions stay: nothing anyone changed.
 */
async function finishEncrypting(personId: string, onProgress?: OnEncryptProgress): Promise<void> {
  const d = db();
  let point = (await d.vault.get(MIGRATION))?.value as ResumePoint | undefined;
  if (!point) return;
  const names = sealedTableNames(d);
  const remaining = names.slice(Math.max(0, names.indexOf(point.table)));
  const counts = await Promise.all(names.map((n) => d.table(n).count()));
  const total = counts.reduce((a, b) => a + b, 0);
  let done = counts.slice(0, names.length - remaining.length).reduce((a, b) => a + b, 0);
  if (point.after !== null) done += await d.table(point.table).where(':id').belowOrEqual(point.after).count();
  onProgress?.(done, total);
  while (point) {
    const current: ResumePoint = point;
    const table = d.table(current.table);
    const keyPath = table.schema.primKey.keyPath as string;
    point = await asPerson(
      personId,
      [table, d.vault],
      async () => {
        const rows = await (current.after === null ? table.orderBy(':id') : table.where(':id').above(current.after)).limit(CHUNK).toArray();
        if (rows.length) await table.bulkPut(rows);
        const next = rows.length === CHUNK ? { table: current.table, after: rows[rows.length - 1][keyPath] as string } : nextTable(names, current.table);
        if (next) await d.vault.put({ key: MIGRATION, value: next });
        else await d.vault.delete(MIGRATION);
        done += rows.length;
        return next;
      },
      { keepRevisions: true },
    );
    onProgress?.(Math.min(done, total), total);
  }
}

function nextTable(names: string[], table: string): ResumePoint | undefined {
  const next = names[names.indexOf(table) + 1];
  return next === undefined ? undefined : { table: next, after: null };
}

/** Every record, passcode and setting on the device, in one transaction; the device is then as new. */
async function wipe(d: FosteringDb): Promise<void> {
  await asPerson('Wiped after wrong passcodes', d.tables, () => Promise.all(d.tables.map((t) => t.clear())), { keepRevisions: true });
  d.session.settle(false);
}
