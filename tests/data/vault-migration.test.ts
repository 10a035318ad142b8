import { describe, expect, it } from 'vitest';
import { db, FosteringDb, useDatabase } from '../../src/data/db';
import { CURRENT_VERSION } from '../../src/data/schema';
import { loadVault, LockedError, setFirstPasscode, unlock, vaultState } from '../../src/data/crypto/vault';
import { loadDemoData } from '../../src/data/repositories/demo';
import { pipelineRepo } from '../../src/data/repositories/pipeline';
import { writeV7Database } from './fixtures/v7-database';
import { rawDatabaseText } from './vault-helpers';

const TODAY = '2026-03-18';
const JO = 'staff-jo';

/** Every name, email, postcode and note of the households, as the app reads them. */
async function personalTexts(): Promise<string[]> {
  const d = db();
  const people = (await d.people.toArray()).map((p) => p.name);
  const details = (await d.householdDetails.toArray()).flatMap((x) => [x.email, x.postcode, x.address, x.enquiryNotes]);
  const notes = (await d.notes.toArray()).map((n) => n.text);
  return [...people, ...details, ...notes].filter((t): t is string => typeof t === 'string' && t.length > 3).map((t) => t.toLowerCase());
}

/** Everything the app reads back, for comparing before and after encrypting. */
async function everything(): Promise<Record<string, unknown[]>> {
  const d = db();
  const out: Record<string, unknown[]> = {};
  for (const table of d.tables) if (!['keyring', 'vault'].includes(table.name)) out[table.name] = await table.toArray();
  return out;
}

async function reopen(): Promise<void> {
  const name = db().name;
  db().close();
  useDatabase(new FosteringDb(name));
  await loadVault();
}

describe('schema version 12', () => {
  it('keeps a version 7 database whole, adds an empty keyring, and leaves it open until a passcode is set', async () => {
    const name = `vault-migration-${Math.random()}`;
    await writeV7Database(name);
    db().close();
    useDatabase(new FosteringDb(name));
    expect(await loadVault()).toBe('open');
    expect(db().verno).toBe(CURRENT_VERSION);
    expect(await db().keyring.count()).toBe(0);
    const before = await everything();
    expect(before.households!.length).toBeGreaterThan(0);
    const names = await personalTexts();

    const progress: [number, number][] = [];
    expect((await setFirstPasscode(JO, 'blue kettle on', (done, total) => progress.push([done, total]))).ok).toBe(true);
    const total = progress[0]![1];
    expect(progress.at(-1)).toEqual([total, total]);

    const raw = await rawDatabaseText();
    for (const text of names) expect(raw, text).not.toContain(text);
    // Stamped revisions and every field read back as they were.
    expect(await everything()).toEqual(before);
    await db().delete();
  });
});

describe('encrypting an existing device in place', () => {
  it('shows progress, resumes after the tab closed half way at the next unlock, and loses nothing', async () => {
    expect((await loadDemoData('Jo Worker', TODAY)).ok).toBe(true);
    const before = await everything();
    const names = await personalTexts();
    const anyHousehold = (await pipelineRepo.search({}, TODAY)).rows[0]!;

    // The tab closes after the first chunks: here, the progress callback stops the work.
    const seen: number[] = [];
    const closed = setFirstPasscode(JO, 'blue kettle on', (done) => {
      seen.push(done);
      if (done >= 400) throw new Error('tab closed');
    });
    await expect(closed).rejects.toThrow('tab closed');

    await reopen();
    expect(vaultState()).toBe('locked');
    await expect(pipelineRepo.search({}, TODAY)).rejects.toBeInstanceOf(LockedError);
    // Half done: some records are still clear on disk.
    const halfWay = await rawDatabaseText();
    expect(names.some((text) => halfWay.includes(text))).toBe(true);

    const resumed: number[] = [];
    expect((await unlock(JO, 'blue kettle on', (done) => resumed.push(done))).ok).toBe(true);
    expect(resumed[0]).toBeGreaterThanOrEqual(400);

    const raw = await rawDatabaseText();
    for (const text of names) expect(raw, text).not.toContain(text);
    expect(await everything()).toEqual(before);
    const surname = anyHousehold.names.split(' ').at(-1)!;
    const found = await pipelineRepo.search({ term: surname }, TODAY);
    expect(found.rows.map((r) => r.id)).toContain(anyHousehold.id);
  });
});
