import { describe, expect, it } from 'vitest';
import { db, FosteringDb, useDatabase } from '../../src/data/db';
import { pipelineRepo } from '../../src/data/repositories/pipeline';
import { householdsRepo } from '../../src/data/repositories/households';
import {
  addPasscode,
  changePasscode,
  lock,
  LockedError,
  loadVault,
  peopleWithPasscodes,
  removePasscode,
  setFirstPasscode,
  unlock,
  unlockedBy,
  vaultState,
  WIPE_AFTER_SETTING,
} from '../../src/data/crypto/vault';
import { asFixture } from '../fixture-person';
import { ENQUIRY, rawDatabaseText, secretForms, SECRETS, writeHousehold } from './vault-helpers';

const TODAY = '2026-11-20';
const JO = 'staff-jo';
const SAM = 'staff-sam';

async function reopen(): Promise<void> {
  const name = db().name;
  db().close();
  useDatabase(new FosteringDb(name));
  await loadVault();
}

describe('a device with a passcode', () => {
  it('stores no name, email, postcode, note, chair or draft text anywhere, and still finds the household', async () => {
    expect(await loadVault()).toBe('open');
    expect((await setFirstPasscode(JO, 'blue kettle on')).ok).toBe(true);
    expect(vaultState()).toBe('unlocked');
    const id = await writeHousehold();

    const raw = await rawDatabaseText();
    for (const secret of secretForms()) expect(raw, secret).not.toContain(secret);

    const record = await householdsRepo.record(id);
    expect(record?.people.map((p) => p.name)).toEqual(SECRETS.names);
    expect(record?.details.address).toBe(SECRETS.correctedAddress);
    expect(record?.household.assessment.panel?.chair).toBe(SECRETS.chair);

    for (const term of ['farr', 'Quilla', 'ZX9', 'zx94qj', SECRETS.email]) {
      const { rows } = await pipelineRepo.search({ term }, TODAY);
      expect(rows.map((r) => r.names), term).toEqual(['Quilla Farrowdene and Ansel Farrowdene']);
    }
    expect((await pipelineRepo.search({ term: 'farr zx9' }, TODAY)).rows).toHaveLength(1);
    expect((await pipelineRepo.search({ term: 'nobody' }, TODAY)).rows).toHaveLength(0);
  });
});

describe('passcodes of several people', () => {
  it('lets a second person unlock the same data, and a changed passcode keeps it while the old one fails', async () => {
    await setFirstPasscode(JO, 'blue kettle on');
    await writeHousehold();
    expect((await addPasscode(SAM, 'short', 'blue kettle on')).ok).toBe(false);
    expect(await addPasscode(SAM, 'red door at six', 'not jo passcode')).toEqual({ ok: false, reason: 'wrongPasscode' });
    expect((await addPasscode(SAM, 'red door at six', 'blue kettle on')).ok).toBe(true);
    expect((await peopleWithPasscodes()).sort()).toEqual([JO, SAM].sort());

    await reopen();
    expect(vaultState()).toBe('locked');
    expect((await unlock(SAM, 'red door at six')).ok).toBe(true);
    expect(unlockedBy()).toBe(SAM);
    expect((await pipelineRepo.search({ term: 'farrowdene' }, TODAY)).rows.map((r) => r.names)).toEqual(['Quilla Farrowdene and Ansel Farrowdene']);

    expect((await changePasscode(JO, 'blue kettle on', 'green gate by the oak')).ok).toBe(true);
    lock();
    expect(vaultState()).toBe('locked');
    expect((await unlock(JO, 'blue kettle on')).ok).toBe(false);
    expect((await unlock(JO, 'green gate by the oak', undefined, Date.now() + 60_000)).ok).toBe(true);
    const [household] = (await pipelineRepo.search({ term: 'zx9 4qj' }, TODAY)).rows;
    expect(household?.postcode).toBe(SECRETS.postcode);

    expect((await removePasscode(SAM)).ok).toBe(true);
    expect(await removePasscode(JO)).toEqual({ ok: false, reason: 'lastPasscode' });
    expect(await peopleWithPasscodes()).toEqual([JO]);
  });
});

describe('wrong passcodes', () => {
  it('make each next try wait longer, and a reload does not reset the wait', async () => {
    await setFirstPasscode(JO, 'blue kettle on');
    lock();
    const t0 = Date.now();
    expect(await unlock(JO, 'wrong one', undefined, t0)).toEqual({ ok: false, reason: 'wrongPasscode', failures: 1, retryInMs: 0 });
    expect(await unlock(JO, 'wrong two', undefined, t0 + 10)).toEqual({ ok: false, reason: 'wrongPasscode', failures: 2, retryInMs: 1000 });
    expect(await unlock(JO, 'blue kettle on', undefined, t0 + 500)).toEqual({ ok: false, reason: 'slowed', retryInMs: 510 });
    expect(await unlock(JO, 'wrong three', undefined, t0 + 1010)).toEqual({ ok: false, reason: 'wrongPasscode', failures: 3, retryInMs: 2000 });

    await reopen();
    expect(vaultState()).toBe('locked');
    expect(await unlock(JO, 'blue kettle on', undefined, t0 + 2000)).toEqual({ ok: false, reason: 'slowed', retryInMs: 1010 });
    expect((await unlock(JO, 'blue kettle on', undefined, t0 + 3010)).ok).toBe(true);
    // A good passcode clears the count: the next slip costs nothing again.
    lock();
    expect(await unlock(JO, 'wrong four', undefined, t0 + 3020)).toMatchObject({ failures: 1, retryInMs: 0 });
  });

  it('wipe the device only when the service set a number of tries, and only at that number', async () => {
    await setFirstPasscode(JO, 'blue kettle on');
    await writeHousehold();
    await asFixture(() => db().settings.put({ key: WIPE_AFTER_SETTING, value: 2 }));
    lock();
    const t0 = Date.now();
    expect((await unlock(JO, 'wrong one', undefined, t0)).ok).toBe(false);
    expect(await unlock(JO, 'wrong two', undefined, t0 + 10)).toEqual({ ok: false, reason: 'wiped' });
    expect(vaultState()).toBe('open');
    expect(await db().households.count()).toBe(0);
    expect(await peopleWithPasscodes()).toEqual([]);
  });
});

describe('a locked device', () => {
  it('refuses to read or write sealed records, and still shows who may unlock', async () => {
    await setFirstPasscode(JO, 'blue kettle on');
    const id = await writeHousehold();
    lock();
    await expect(householdsRepo.record(id)).rejects.toBeInstanceOf(LockedError);
    await expect(pipelineRepo.search({}, TODAY)).rejects.toBeInstanceOf(LockedError);
    await expect(pipelineRepo.search({ term: 'farr' }, TODAY)).rejects.toBeInstanceOf(LockedError);
    await expect(householdsRepo.createEnquiry(ENQUIRY, 'Jo Worker')).rejects.toBeInstanceOf(LockedError);
    expect(await peopleWithPasscodes()).toEqual([JO]);
  });
});

describe('a device with no passcode', () => {
  it('stores records as before, readable without unlocking', async () => {
    expect(await loadVault()).toBe('open');
    await writeHousehold();
    const raw = await rawDatabaseText();
    expect(raw).toContain(SECRETS.chair.toLowerCase());
    expect((await pipelineRepo.search({ term: 'farrowdene' }, TODAY)).rows).toHaveLength(1);
  });
});
