import { describe, expect, it } from 'vitest';
import { createBackup, readBackup } from '../../src/data/backup';
import { setFirstPasscode } from '../../src/data/crypto/vault';
import { db } from '../../src/data/db';
import { asPerson } from '../../src/data/revisions';
import { rawDatabaseText, SECRETS, writeHousehold } from './vault-helpers';

describe('a backup of a device with a passcode', () => {
  it('holds every record opened, including a table read in pieces side by side', async () => {
    expect((await setFirstPasscode('staff-jo', 'blue kettle on')).ok).toBe(true);
    const id = await writeHousehold();
    // More timeline entries than two reads take, so the backup cuts the table into pieces.
    const notes = Array.from({ length: 4_500 }, (_, i) => ({ id: crypto.randomUUID(), householdId: id, at: '2026-11-20T09:00:00.000Z', by: 'Jo Worker', text: `${SECRETS.note} ${i}` }));
    await asPerson('Jo Worker', [db().notes], () => db().notes.bulkAdd(notes));
    expect(await rawDatabaseText()).not.toContain(SECRETS.note);

    const file = await createBackup({ by: 'Jo Worker', appVersion: 'test' });
    const read = await readBackup(file.blob, {});
    if (!read.ok) throw new Error(read.problem.message);
    const { tables } = read.value;
    expect(tables.people!.map((p) => p.name).sort()).toEqual([...SECRETS.names].sort());
    expect(tables.householdDetails![0]!.address).toBe(SECRETS.correctedAddress);
    const texts = new Set(tables.notes!.map((n) => n.text));
    expect(texts.size).toBe(notes.length + 1);
    for (const note of notes) expect(texts.has(note.text)).toBe(true);
  }, 120_000);
});
