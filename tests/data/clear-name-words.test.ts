import { describe, expect, it, vi } from 'vitest';
import { setFirstPasscode } from '../../src/data/crypto/vault';
import { db } from '../../src/data/db';
import { CLEAR_NAME_WORDS_KEY, CLEAR_NAME_WORDS_READING_KEY } from '../../src/data/clear-name-words';
import { householdsRepo } from '../../src/data/repositories/households';
import { peopleRepo } from '../../src/data/repositories/people';
import { pipelineRepo } from '../../src/data/repositories/pipeline';
import { ENQUIRY, rawDatabaseText, rawPut } from './vault-helpers';

const TODAY = '2026-11-20';

async function household(applicants: string[]): Promise<string> {
  return (await householdsRepo.createEnquiry({ ...ENQUIRY, applicants, email: undefined }, 'Jo Worker')).id;
}

const found = async (term: string) => (await pipelineRepo.search({ term }, TODAY)).rows.map((r) => r.names);

/** Until the search that kept them has written them: it is not waited for. */
async function keptWords(): Promise<string[]> {
  await vi.waitFor(async () => expect(await db().vault.get(CLEAR_NAME_WORDS_KEY)).toBeDefined());
  return ((await db().vault.get(CLEAR_NAME_WORDS_KEY))!.value as { words: string[] }).words;
}

describe('the name words a typo search compares with, on a device with no passcode', () => {
  it('are read off the index once, then taken from the kept row until a household is written', async () => {
    await household(['Quilla Farrowdene']);
    expect(await found('farowdene')).toEqual(['Quilla Farrowdene']);
    expect(await keptWords()).toEqual(expect.arrayContaining(['farrowdene', 'quilla']));

    const walks = vi.spyOn(db().households, 'orderBy');
    expect(await found('farowdene')).toEqual(['Quilla Farrowdene']);
    expect(walks).not.toHaveBeenCalledWith('nameKeys');
    walks.mockRestore();

    // A new household drops the row in the same write; the next typo search finds its name.
    await household(['Ansel Brackenholt']);
    expect(await db().vault.get(CLEAR_NAME_WORDS_KEY)).toBeUndefined();
    expect(await found('brakenholt')).toEqual(['Ansel Brackenholt']);
    expect(await keptWords()).toContain('brackenholt');

    // A name corrected in the household drops it too.
    const id = await household(['Tamsin Oakcroftle']);
    expect(await found('okcroftle')).toEqual(['Tamsin Oakcroftle']);
    await keptWords();
    const tamsin = (await db().people.where('householdId').equals(id).first())!;
    const renamed = await peopleRepo.updatePerson(tamsin.id, { role: 'applicant', name: 'Tamsin Wrenhollow' }, tamsin.revision!.rev, 'Jo Worker', TODAY);
    expect(renamed.ok).toBe(true);
    expect(await found('wrenholow')).toEqual(['Tamsin Wrenhollow']);
  });

  it('keep nothing walked while households were written, and are read again after a write by an older app', async () => {
    await household(['Quilla Farrowdene']);
    await db().vault.put({ key: CLEAR_NAME_WORDS_READING_KEY, value: 'a walk under way' });
    await household(['Ansel Brackenholt']);
    expect(await db().vault.get(CLEAR_NAME_WORDS_READING_KEY)).toBeUndefined();

    await found('farowdene');
    const words = await keptWords();
    expect(words).toContain('brackenholt');
    // A tab still on an older app writes a household below this layer, with its change's time: the row stays, but no longer holds.
    const raw = { ...(await db().households.get((await db().households.toCollection().first())!.id))! };
    await rawPut('households', { ...raw, id: 'household-raw', reference: 'H-9999', nameKeys: ['wrenna', 'silvermoor'], searchKeys: ['wrenna', 'silvermoor'], updatedAt: '2099-01-01T00:00:00.000Z' });
    expect(await db().vault.get(CLEAR_NAME_WORDS_KEY)).toBeDefined();
    expect(await pipelineRepo.search({ term: 'silvremoor' }, TODAY).then((p) => p.rows.map((r) => r.id))).toEqual(['household-raw']);
  });

  it('are never kept once the device has a passcode: no name word in clear on the disk', async () => {
    await household(['Quilla Farrowdene']);
    await found('farowdene');
    await keptWords();
    await setFirstPasscode('staff-jo', 'blue kettle on');
    // Sealing the households in place dropped the clear row, and a typo search under the passcode keeps none.
    expect(await db().vault.get(CLEAR_NAME_WORDS_KEY)).toBeUndefined();
    expect(await found('farowdene')).toEqual(['Quilla Farrowdene']);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await db().vault.get(CLEAR_NAME_WORDS_KEY)).toBeUndefined();
    expect(await rawDatabaseText()).not.toContain('farrowdene');
  });
});
