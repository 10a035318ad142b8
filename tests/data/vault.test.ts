import { describe, expect, it } from 'vitest';
import { db, FosteringDb, useDatabase } from '../../src/data/db';
import { pipelineRepo } from '../../src/data/repositories/pipeline';
import { householdsRepo } from '../../src/data/repositories/households';
import { changePasscode, addPasscode, lock, LockedError, loadVault, setFirstPasscode, unlock, unlockedBy, vaultState, peopleWithPasscodes, removePasscode } from '../../src/data/crypto/vault';
import { rawDatabaseText, secretForms, SECRETS, writeHousehold } from './vault-helpers';

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
