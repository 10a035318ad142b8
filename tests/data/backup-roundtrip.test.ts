import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyRestore, createBackup, readBackup } from '../../src/data/backup';
import { databaseArbitrary, freshDevice, seed, snapshot, type Rows } from './fixtures/backup-data';

/** The restore's own audit entry is the one thing a restored device has that the backup did not. */
function withoutRestoreEntry(rows: Rows): Rows {
  return { ...rows, events: rows.events!.filter((e) => e.type !== 'restore') };
}

async function roundTrip(rows: Rows, passphrase?: string): Promise<void> {
  const source = freshDevice();
  await seed(rows);
  const before = await snapshot();
  const file = await createBackup({ by: 'Sam Example', appVersion: 'test', passphrase });

  const fresh = freshDevice();
  try {
    expect(file.header.counts.households).toBe(rows.households!.length);
    const read = await readBackup(file.blob, { passphrase });
    if (!read.ok) throw new Error(read.problem.message);
    await applyRestore(read.value, 'Ria Madeup');
    expect(withoutRestoreEntry(await snapshot())).toEqual(before);
  } finally {
    await Promise.all([source.delete(), fresh.delete()]);
  }
}

describe('a backup restored on a wiped device', () => {
  it('holds exactly what the device held, table by table', async () => {
    await fc.assert(fc.asyncProperty(databaseArbitrary, (rows) => roundTrip(rows)), { numRuns: 25 });
  });

  // PBKDF2 at 600,000 iterations takes a moment each way: a few runs prove the encrypted path.
  it('holds exactly what the device held when it was encrypted with a passphrase', async () => {
    await fc.assert(fc.asyncProperty(databaseArbitrary, (rows) => roundTrip(rows, 'correct horse battery staple')), { numRuns: 2 });
  }, 60_000);
});
