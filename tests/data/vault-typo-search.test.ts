import { describe, expect, it, vi } from 'vitest';
import { db, FosteringDb, useDatabase } from '../../src/data/db';
import { householdsRepo } from '../../src/data/repositories/households';
import { pipelineRepo } from '../../src/data/repositories/pipeline';
import { retentionRepo } from '../../src/data/repositories/retention';
import { loadVault, lock, setFirstPasscode, unlock } from '../../src/data/crypto/vault';
import { nameVocabulary } from '../../src/data/crypto/name-vocabulary';
import { ENQUIRY, rawDatabaseText } from './vault-helpers';

const TODAY = '2026-11-20';
const JO = 'staff-jo';
const PASSCODE = 'blue kettle on';

async function enquiry(applicants: string[]): Promise<string> {
  return (await householdsRepo.createEnquiry({ ...ENQUIRY, applicants, email: undefined, phone: '07700900111', postcode: 'ZX1 1AA' }, 'Jo Worker')).id;
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

  it('keeps the name words sealed between unlocks, and an erased household leaves none of its words behind', async () => {
    await enquiry(['Wren Clayhill']);
    const erased = await enquiry(['Orla Brackenby']);
    expect((await setFirstPasscode(JO, PASSCODE)).ok).toBe(true);
    expect(await namesFound('Brackenbey')).toEqual(['Orla Brackenby']);

    expect((await retentionRepo.erase(erased, 'Jo Worker', TODAY, 'Entered by mistake')).ok).toBe(true);
    expect(await namesFound('Brackenbey')).toEqual([]);
    // Read again once the erasure is over: the words searched and the words kept both lose it.
    await vi.waitFor(async () => expect(await nameVocabulary(db().session)).not.toContain('brackenby'), { timeout: 8000, interval: 200 });

    lock();
    await reopen();
    expect((await unlock(JO, PASSCODE)).ok).toBe(true);
    // Straight after unlocking, before any household is read again: the kept words.
    const kept = await nameVocabulary(db().session);
    expect(kept).toContain('clayhill');
    expect(kept).not.toContain('brackenby');
    expect(await namesFound('Claywhill')).toEqual(['Wren Clayhill']);

    const raw = await rawDatabaseText();
    for (const word of ['clayhill', 'brackenby', 'wren']) expect(raw, word).not.toContain(word);
  }, 20_000);
});
