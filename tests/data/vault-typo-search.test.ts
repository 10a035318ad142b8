import { describe, expect, it } from 'vitest';
import { db, FosteringDb, useDatabase } from '../../src/data/db';
import { householdsRepo } from '../../src/data/repositories/households';
import { pipelineRepo } from '../../src/data/repositories/pipeline';
import { loadVault, lock, setFirstPasscode, unlock } from '../../src/data/crypto/vault';
import { ENQUIRY, rawDatabaseText } from './vault-helpers';

const TODAY = '2026-11-20';
const JO = 'staff-jo';
const PASSCODE = 'blue kettle on';

async function enquiry(applicants: string[]): Promise<void> {
  await householdsRepo.createEnquiry({ ...ENQUIRY, applicants, email: undefined, phone: '07700900111', postcode: 'ZX1 1AA' }, 'Jo Worker');
}

async function namesFound(term: string): Promise<string[]> {
  return (await pipelineRepo.search({ term }, TODAY)).rows.map((r) => r.names);
}

async function reopen(): Promise<void> {
  const name = db().name;
  db().close();
  useDatabase(new FosteringDb(name));
  await loadVault();
}

describe('search with a typo on a device with a passcode', () => {
  it('finds Clayhill from "Clayhil" and "Claywhill", and stores no name word in clear', async () => {
    await enquiry(['Wren Clayhill']);
    await enquiry(['Orla Brackenby']);
    expect((await setFirstPasscode(JO, PASSCODE)).ok).toBe(true);

    for (const term of ['Clayhil', 'Claywhill', 'clyahill', 'Claihill', 'wren claywhill']) {
      expect(await namesFound(term), term).toEqual(['Wren Clayhill']);
    }
    expect(await namesFound('Brackenbey')).toEqual(['Orla Brackenby']);
    // Under five letters a word is never taken as a typo, as in clear search.
    expect(await namesFound('Wrex')).toEqual([]);

    const raw = await rawDatabaseText();
    for (const word of ['clayhill', 'clayhil', 'brackenby', 'wren', 'orla']) expect(raw, word).not.toContain(word);
  });

  it('finds a household written after the first typo search, and again after locking and unlocking', async () => {
    await enquiry(['Wren Clayhill']);
    expect((await setFirstPasscode(JO, PASSCODE)).ok).toBe(true);
    expect(await namesFound('Claywhill')).toEqual(['Wren Clayhill']);

    await enquiry(['Tamsin Velderby']);
    expect(await namesFound('Veldreby')).toEqual(['Tamsin Velderby']);

    lock();
    await expect(namesFound('Veldreby')).rejects.toThrow();
    await reopen();
    expect((await unlock(JO, PASSCODE)).ok).toBe(true);
    expect(await namesFound('Veldreby')).toEqual(['Tamsin Velderby']);
    expect(await namesFound('Claywhil')).toEqual(['Wren Clayhill']);
  });
});
