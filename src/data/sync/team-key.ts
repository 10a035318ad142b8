/**
 * The team's data key, shared through the server without the server being able to use it: the
 * first device to switch sync on wraps its own data key with the team's passphrase (PBKDF2, as a
 * passcode does) and stores that wrapping as one document; every other device opens it with the
 * same passphrase, typed once, and takes that key as its own (vault.ts re-seals its records). So
 * every device seals with one key, reads every other's records, and makes the same search hashes.
 */
import { passcodeError } from '../../domain/passcode';
import { unlockDataKey, type WrappedDataKey } from '../crypto/keys';
import { adoptTeamKey, markTeamKey, teamKeyId, vaultState, wrapForTeam, type OnEncryptProgress } from '../crypto/vault';
import { fromBase64, toBase64 } from './base64';
import { db } from '../db';
import { ServerError, type TeamDatabase } from './server';
import { ForeignKeyError } from './wire';

/** Its id has no table in it, so the record sync never mistakes it for a record. */
export const TEAM_KEY_DOC = 'fostering-team-key';

interface TeamKeyDoc {
  _id?: string;
  _rev?: string;
  keyId: string;
  v: 1;
  kdf: 'PBKDF2-SHA-256';
  iterations: number;
  salt: string;
  iv: string;
  wrapped: string;
  /** Made anew each time the passphrase changes, so each device knows to ask for the new one. */
  passphraseId?: string;
}

export type JoinResult =
  | { ok: true; made: boolean; removedPasscodes: string[] }
  | { ok: false; reason: 'noPasscode' | 'wrongPasscode' | 'wrongPassphrase' };

function toDoc(keyId: string, w: WrappedDataKey, passphraseId?: string): TeamKeyDoc {
  return { keyId, v: w.v, kdf: w.kdf, iterations: w.iterations, salt: toBase64(w.salt), iv: toBase64(w.iv), wrapped: toBase64(w.wrapped), ...(passphraseId ? { passphraseId } : {}) };
}

/** The passphrase this device last opened the team's key with, and whether the server has a newer one. */
const PASSPHRASE_SEEN = 'teamPassphrase';
const PASSPHRASE_CHANGED = 'teamPassphraseChanged';

async function markPassphraseSeen(found: TeamKeyDoc | undefined): Promise<void> {
  await db().transaction('rw', db().vault, async () => {
    await db().vault.put({ key: PASSPHRASE_SEEN, value: found?.passphraseId ?? '' });
    await db().vault.delete(PASSPHRASE_CHANGED);
  });
}

/** Whether another device changed the team's passphrase since this one last typed it (found at a sync). */
export async function teamPassphraseChanged(): Promise<boolean> {
  return (await db().vault.get(PASSPHRASE_CHANGED)) !== undefined;
}

function fromDoc(d: TeamKeyDoc): WrappedDataKey {
  return { v: d.v, kdf: d.kdf, iterations: d.iterations, salt: fromBase64(d.salt), iv: fromBase64(d.iv), wrapped: fromBase64(d.wrapped) };
}

async function readTeamKey(server: TeamDatabase): Promise<TeamKeyDoc | undefined> {
  try {
    return await server.get<TeamKeyDoc>(TEAM_KEY_DOC);
  } catch (e) {
    if (e instanceof ServerError && e.status === 404) return undefined;
    throw e;
  }
}

/**
 * Joins this device to the team's key, making it from this device's own when the server has none.
 * The unlocked person proves their passcode: the data key is wrapped anew from it. `iterations`
 * only for tests; the passphrase guards the key on a server others run, so it gets the full count.
 */
export async function joinTeam(
  server: TeamDatabase,
  personId: string,
  passcode: string,
  passphrase: string,
  onProgress?: OnEncryptProgress,
  iterations?: number,
): Promise<JoinResult> {
  if (vaultState() !== 'unlocked' || passcodeError(passcode)) return { ok: false, reason: vaultState() === 'unlocked' ? 'wrongPasscode' : 'noPasscode' };
  let found = await readTeamKey(server);
  if (!found) {
    const wrapped = await wrapForTeam(personId, passcode, passphrase, iterations);
    if (typeof wrapped === 'string') return { ok: false, reason: wrapped };
    const keyId = crypto.randomUUID();
    try {
      await server.put(TEAM_KEY_DOC, toDoc(keyId, wrapped));
      await markTeamKey(keyId);
      await markPassphraseSeen(undefined);
      return { ok: true, made: true, removedPasscodes: [] };
    } catch (e) {
      // Another device made the team's key first: take that one.
      if (!(e instanceof ServerError && e.status === 409)) throw e;
      found = await readTeamKey(server);
      if (!found) throw e;
    }
  }
  const team = fromDoc(found);
  if ((await teamKeyId()) === found.keyId) {
    // Already sealing with the team's key: the passphrase is asked again after it changed elsewhere.
    if (!(await unlockDataKey(team, passphrase)).ok) return { ok: false, reason: 'wrongPassphrase' };
    await markPassphraseSeen(found);
    return { ok: true, made: false, removedPasscodes: [] };
  }
  const adopted = await adoptTeamKey(personId, passcode, team, passphrase, found.keyId, onProgress);
  if (adopted.ok) await markPassphraseSeen(found);
  return adopted.ok ? { ok: true, made: false, removedPasscodes: adopted.removedPasscodes } : adopted;
}

export type PassphraseChange = { ok: true } | { ok: false; reason: 'wrongPasscode' | 'notJoined' | 'changedElsewhere' };

/**
 * Wraps the team's data key under a new passphrase and puts that wrapping on the server in place of
 * the old one. The key itself stays the same, so no record is sealed again, here or anywhere; each
 * other device is asked for the new passphrase at its next sync. The person proves their passcode,
 * which is what unwraps the key on this device. `iterations` only for tests.
 */
export async function changeTeamPassphrase(server: TeamDatabase, personId: string, passcode: string, passphrase: string, iterations?: number): Promise<PassphraseChange> {
  const found = await readTeamKey(server);
  if (!found || (await teamKeyId()) !== found.keyId || (await teamPassphraseChanged())) return { ok: false, reason: 'notJoined' };
  const wrapped = await wrapForTeam(personId, passcode, passphrase, iterations);
  if (typeof wrapped === 'string') return { ok: false, reason: 'wrongPasscode' };
  const changed: TeamKeyDoc = { ...toDoc(found.keyId, wrapped, crypto.randomUUID()), _id: TEAM_KEY_DOC, _rev: found._rev };
  try {
    await server.put(TEAM_KEY_DOC, changed);
  } catch (e) {
    // Another device changed it first: this one's passphrase is not the team's now.
    if (e instanceof ServerError && e.status === 409) return { ok: false, reason: 'changedElsewhere' };
    throw e;
  }
  await markPassphraseSeen(changed);
  return { ok: true };
}

/** Said at a sync when another device changed the team's passphrase: the records' key is the same. */
export class PassphraseChangedError extends ForeignKeyError {
  constructor() {
    super('The team’s passphrase was changed on another device: enter the new one under Settings, Sync with your service’s server, then sync carries on');
    this.name = 'PassphraseChangedError';
  }
}

/** Before each sync: the server's team key is still the one this device seals with. */
export async function checkTeamKey(server: TeamDatabase): Promise<void> {
  const mine = await teamKeyId();
  const found = await readTeamKey(server);
  if (!mine) throw new ForeignKeyError('This device has not joined the team yet: switch sync on in Settings with the team passphrase');
  if (!found || found.keyId !== mine) throw new ForeignKeyError();
  const seen = (await db().vault.get(PASSPHRASE_SEEN))?.value;
  if ((found.passphraseId ?? '') !== (typeof seen === 'string' ? seen : '')) {
    await db().vault.put({ key: PASSPHRASE_CHANGED, value: true });
    throw new PassphraseChangedError();
  }
}
