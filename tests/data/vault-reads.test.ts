import { describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { setFirstPasscode } from '../../src/data/crypto/vault';
import { asFixture } from '../fixture-person';
import { SECRETS, writeHousehold } from './vault-helpers';

/**
 * A read made alone settles without keeping its transaction busy while its rows are opened; one
 * inside a transaction that goes on keeps it alive. Both must hand back opened records.
 */
describe('reading sealed records', () => {
  it('opens rows read alone, side by side, and inside a transaction that reads and writes on after them', async () => {
    expect((await setFirstPasscode('staff-jo', 'blue kettle on')).ok).toBe(true);
    const ids = [await writeHousehold(), await writeHousehold()];

    // Alone, many at once: each its own read-only transaction.
    const [one, both, found, details] = await Promise.all([
      db().households.get(ids[0]!),
      db().households.bulkGet(ids),
      db().people.where('householdId').equals(ids[1]!).toArray(),
      db().householdDetails.get(ids[1]!),
    ]);
    expect(one?.listNames).toBe(SECRETS.names.join(' and '));
    expect(both.map((h) => h?.listPostcode)).toEqual([SECRETS.postcode, SECRETS.postcode]);
    expect(found.map((p) => p.name).sort()).toEqual([...SECRETS.names].sort());
    expect(details?.address).toBe(SECRETS.correctedAddress);

    // A read-only transaction that reads again after its first rows are opened.
    const read = await db().transaction('r', [db().households, db().people, db().householdDetails], async () => {
      const household = await db().households.get(ids[0]!);
      const people = await db().people.where('householdId').equals(household!.id).toArray();
      const more = await db().householdDetails.get(household!.id);
      return { names: people.map((p) => p.name).sort(), address: more?.address };
    });
    expect(read).toEqual({ names: [...SECRETS.names].sort(), address: SECRETS.correctedAddress });

    // A write that reads first, then writes what it read, inside one transaction and alone.
    await asFixture(() =>
      db().transaction('rw', db().householdDetails, async () => {
        const row = await db().householdDetails.get(ids[0]!);
        await db().householdDetails.put({ ...row!, address: '3 Moorhen Row' });
      }),
    );
    await asFixture(() => db().householdDetails.where('householdId').equals(ids[1]!).modify({ address: '5 Moorhen Row' }));
    expect((await db().householdDetails.bulkGet(ids)).map((d) => d?.address)).toEqual(['3 Moorhen Row', '5 Moorhen Row']);
  });
});
