import { describe, expect, it, vi } from 'vitest';
import { db, type KeyringRow } from '../../src/data/db';
import { householdsRepo } from '../../src/data/repositories/households';
import { addPasscode, changePasscode, loadVault, LockedError, setFirstPasscode, unlock } from '../../src/data/crypto/vault';
import { WIPE_AFTER_SETTING } from '../../src/data/crypto/session';
import { asFixture } from '../fixture-person';
import { ENQUIRY, householdsOnDisk, inAnotherTab, rawPut } from './vault-helpers';

const JO = 'staff-jo';
const SAM = 'staff-sam';
const PASSCODE = 'blue kettle on';
const LATE = { ...ENQUIRY, applicants: ['Wren Hollowmere'], email: 'wren.hollowmere@example.com', postcode: 'QX1 7ZD' };

/** Wrong passcodes typed at another tab's lock screen until the service's setting wipes the device. */
async function wipedInAnotherTab(): Promise<void> {
  await asFixture(() => db().settings.put({ key: WIPE_AFTER_SETTING, value: 1 }));
  const outcome = await inAnotherTab(async () => {
    expect(await loadVault()).toBe('locked');
    return unlock(JO, 'not the passcode');
  });
  expect(outcome).toEqual({ ok: false, reason: 'wiped' });
}

describe('a device wiped from another tab while this tab is unlocked', () => {
  it('drops this tab’s keys: it is as new, with nothing left to read', async () => {
    await setFirstPasscode(JO, PASSCODE);
    await householdsRepo.createEnquiry(ENQUIRY, 'Jo Worker');

    await wipedInAnotherTab();

    await vi.waitFor(() => expect(db().session.state).toBe('open'));
    expect(() => db().session.keys()).toThrow(LockedError);
    expect(db().session.wiped).toBe(true);
    expect(await db().households.count()).toBe(0);
  });

  it('refuses a write made before this tab has heard of the wipe, and stores none of it', async () => {
    await setFirstPasscode(JO, PASSCODE);
    const before = await householdsOnDisk();
    // The wipe as it is on the disk, with no word of it reaching this tab yet.
    const idb = await new Promise<IDBDatabase>((resolve) => (indexedDB.open(db().name).onsuccess = (e) => resolve((e.target as IDBOpenDBRequest).result)));
    await new Promise((resolve) => (idb.transaction('keyring', 'readwrite').objectStore('keyring').clear().onsuccess = resolve));
    idb.close();
    expect(db().session.state).toBe('unlocked');

    await expect(householdsRepo.createEnquiry(LATE, 'Jo Worker')).rejects.toBeInstanceOf(LockedError);

    await vi.waitFor(() => expect(db().session.state).toBe('open'));
    expect(await householdsOnDisk()).toBe(before);
  });
});

describe('this person’s passcode changed in another tab', () => {
  it('locks this tab; a colleague’s passcode added there does not', async () => {
    await setFirstPasscode(JO, PASSCODE);

    await inAnotherTab(async () => {
      expect((await unlock(JO, PASSCODE)).ok).toBe(true);
      expect((await addPasscode(SAM, 'green teapot lid', PASSCODE)).ok).toBe(true);
    });
    await householdsRepo.createEnquiry(ENQUIRY, 'Jo Worker');
    expect(db().session.state).toBe('unlocked');

    await inAnotherTab(async () => {
      expect((await unlock(JO, PASSCODE)).ok).toBe(true);
      expect((await changePasscode(JO, PASSCODE, 'red kettle off')).ok).toBe(true);
    });

    await vi.waitFor(() => expect(db().session.state).toBe('locked'));
    expect((await unlock(JO, 'red kettle off')).ok).toBe(true);
  });

  it('refuses a write made before this tab has heard of it, and locks', async () => {
    await setFirstPasscode(JO, PASSCODE);
    const before = await householdsOnDisk();
    const mine = (await db().keyring.get(JO)) as KeyringRow;
    // Wrapped again elsewhere (a new passcode, the team's key): only the time it was set tells.
    await rawPut('keyring', { ...mine, setAt: '2026-12-03T09:00:00.000Z' });
    expect(db().session.state).toBe('unlocked');

    await expect(householdsRepo.createEnquiry(LATE, 'Jo Worker')).rejects.toBeInstanceOf(LockedError);

    await vi.waitFor(() => expect(db().session.state).toBe('locked'));
    expect(await householdsOnDisk()).toBe(before);
  });

  it('does not lock the tab where the person changed it', async () => {
    await setFirstPasscode(JO, PASSCODE);
    expect((await changePasscode(JO, PASSCODE, 'red kettle off')).ok).toBe(true);

    await householdsRepo.createEnquiry(ENQUIRY, 'Jo Worker');
    // Long enough for a word of the keyring's change to have come back to this tab.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(db().session.state).toBe('unlocked');
    expect(await householdsOnDisk()).toBe(1);
  });
});
