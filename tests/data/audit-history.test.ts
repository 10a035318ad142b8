import { describe, expect, it } from 'vitest';
import { db, FosteringDb, useDatabase } from '../../src/data/db';
import { CURRENT_VERSION } from '../../src/data/schema';
import { audit } from '../../src/data/audit';
import { verifyHistory } from '../../src/data/audit-verify';
import { applyRestore, createBackup, readBackup } from '../../src/data/backup';
import { setFirstPasscode } from '../../src/data/crypto/vault';
import { sha256Hex } from '../../src/data/crypto/sha256';
import { linkEntry, type ChainLink } from '../../src/domain/audit-chain';
import type { HouseholdEvent } from '../../src/domain/household';
import { asFixture } from '../fixture-person';
import { freshDevice } from './fixtures/backup-data';
import { writeHousehold } from './vault-helpers';
import { writeV7Database } from './fixtures/v7-database';

const JO = 'staff-jo';

const chainOf = async (householdId: string) =>
  (await db().events.where('householdId').equals(householdId).toArray()).filter((e) => e.chain).sort((a, b) => a.chainSeq! - b.chainSeq!);

describe('the audit hash chain', () => {
  it('links each household entry to the one before, and a device with no passcode finds its history whole', async () => {
    const id = await writeHousehold();
    const entries = await chainOf(id);
    expect(entries.length).toBeGreaterThanOrEqual(3);
    expect(entries.map((e) => e.chainSeq)).toEqual(entries.map((_, i) => i));
    for (const [i, e] of entries.entries()) if (i > 0) expect(e.chainPrev).toBe(entries[i - 1]!.chainHash);

    const report = await verifyHistory();
    expect(report.breaks).toEqual([]);
    expect(report.checked).toBe(await db().events.count());
    expect(report.plain).toBe(report.checked);
  });

  it('reports a changed entry and a removed one, naming the household', async () => {
    const id = await writeHousehold();
    const reference = (await db().households.get(id))!.reference;
    const [first, second] = await chainOf(id);
    await asFixture(() => db().events.put({ ...first!, summary: 'Nothing happened' }));
    expect((await verifyHistory()).breaks).toEqual([{ householdId: id, reference, kind: 'changed', at: first!.at }]);

    await asFixture(() => db().events.put(first!));
    await asFixture(() => db().events.delete(second!.id));
    expect((await verifyHistory()).breaks).toMatchObject([{ householdId: id, reference, kind: 'removed' }]);
  });

  it('is keyed once a passcode exists, so an entry rewritten with a plain hash worked out again is a break', async () => {
    await setFirstPasscode(JO, 'blue kettle on');
    const id = await writeHousehold();
    const entries = await chainOf(id);
    expect(entries[0]!.chain).toMatch(/ hmac:[0-9a-f]{16}$/);
    expect((await verifyHistory()).breaks).toEqual([]);

    // Someone able to write the database, without the passcode, rewrites the newest entry's text.
    const last = entries.at(-1)!;
    const { chainHash: _, chainSeq: __, chainPrev: ___, ...plain } = last;
    const forged = await linkEntry({ ...plain, summary: 'Nothing to see' }, entries.at(-2) as ChainLink, sha256Hex);
    await asFixture(() => db().events.put(forged as HouseholdEvent));
    expect((await verifyHistory()).breaks).toMatchObject([{ householdId: id, kind: 'changed' }]);
  });

  it('keeps chains from another device apart: plain ones are checked, keyed ones counted as checkable there', async () => {
    const id = await writeHousehold();
    // Entries merged in from two other devices, one without a passcode and one with.
    const elsewhere = async (digestId: string, digest = sha256Hex) => {
      const out: HouseholdEvent[] = [];
      for (const n of [1, 2]) {
        const entry: HouseholdEvent = { id: `${digestId}-${n}`, householdId: id, at: `2026-11-0${n}T10:00:00.000Z`, by: 'Sam Colleague', type: 'note', summary: `Note ${n}`, fields: [], chain: `${id} ${digestId}` };
        out.push(await linkEntry(entry, out.at(-1) as ChainLink | undefined, digest));
      }
      return out;
    };
    const plain = await elsewhere('sha256:other-device');
    const keyed = await elsewhere('hmac:0123456789abcdef', async (t) => `k${await sha256Hex(t)}`);
    await asFixture(() => db().events.bulkAdd([...plain, ...keyed]));
    // This device keeps writing its own chain for the household after the merge.
    await audit(id, 'Jo Worker', 'note', 'After the merge', []);

    const report = await verifyHistory();
    expect(report.breaks).toEqual([]);
    expect(report.elsewhere).toBe(2);
    expect(report.checked).toBe((await db().events.count()) - 2);
  });

  it('stays whole through a backup restored on another device, which chains on from there', async () => {
    await writeHousehold();
    const file = await createBackup({ by: 'Sam Example', appVersion: 'test' });
    const source = db();
    const fresh = freshDevice();
    localStorage.removeItem('fostering:device');
    try {
      const read = await readBackup(file.blob, {});
      if (!read.ok) throw new Error(read.problem.message);
      await applyRestore(read.value, 'Ria Madeup');
      const report = await verifyHistory();
      expect(report.breaks).toEqual([]);
      expect(report.unchained).toBe(0);
      expect(report.checked).toBe(await db().events.count());
    } finally {
      await Promise.all([source.delete(), fresh.delete()]);
    }
  });
});

/** Timeline entries as a version 7 device wrote them, straight into its events store. */
async function addOldEntries(name: string): Promise<void> {
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(name);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const tx = idb.transaction(['households', 'events'], 'readwrite');
  const households = await new Promise<{ id: string }[]>((resolve) => {
    const req = tx.objectStore('households').getAll();
    req.onsuccess = () => resolve(req.result as { id: string }[]);
  });
  for (const [i, h] of households.entries()) {
    tx.objectStore('events').put({ id: `old-${i}`, householdId: h.id, at: '2025-01-02T10:00:00.000Z', by: 'Jo Worker', type: 'enquiry', summary: 'Enquiry received', fields: [] });
  }
  await new Promise((resolve) => (tx.oncomplete = resolve));
  idb.close();
}

describe('schema version 14', () => {
  it('keeps the entries of an older database as they were, outside any chain, and chains what is written next', async () => {
    const name = `audit-migration-${Math.random()}`;
    await writeV7Database(name);
    await addOldEntries(name);
    db().close();
    useDatabase(new FosteringDb(name));
    await db().open();
    expect(db().verno).toBe(CURRENT_VERSION);
    const old = await db().events.toArray();
    expect(old.length).toBeGreaterThan(0);
    expect(old.every((e) => e.chain === undefined)).toBe(true);

    const householdId = old.find((e) => e.householdId !== 'service')!.householdId;
    const added = await audit(householdId, 'Jo Worker', 'note', 'Written after the upgrade', []);
    expect(added.chainSeq).toBe(0);
    const report = await verifyHistory();
    expect(report).toMatchObject({ breaks: [], unchained: old.length, checked: 1 });
    await db().delete();
  });
});

describe('the head of each audit chain', () => {
  it('reports the newest entries removed, which leave a chain that still links up', async () => {
    const id = await writeHousehold();
    const reference = (await db().households.get(id))!.reference;
    const entries = await chainOf(id);
    expect((await verifyHistory()).breaks).toEqual([]);

    await asFixture(() => db().events.bulkDelete(entries.slice(-2).map((e) => e.id)));
    expect((await verifyHistory()).breaks).toEqual([{ householdId: id, reference, kind: 'newestRemoved', at: entries.at(-3)!.at }]);
  });

  it('with a passcode, a head moved back to match the shortened chain is not signed, and is reported', async () => {
    await setFirstPasscode(JO, 'blue kettle on');
    const id = await writeHousehold();
    const entries = await chainOf(id);
    const kept = entries.at(-2)!;
    await asFixture(() => db().events.delete(entries.at(-1)!.id));
    const [head] = await db().vault.where('key').startsWith('chainHead:').filter((r) => r.key.includes(id)).toArray();
    // Someone able to write the database moves the head back, without the key to sign it.
    await asFixture(() => db().vault.put({ key: head!.key, value: { chainSeq: kept.chainSeq, chainHash: kept.chainHash, signature: 'f'.repeat(64) } }));
    expect((await verifyHistory()).breaks).toMatchObject([{ householdId: id, kind: 'changed' }]);
  });

  it('finds nothing amiss after new entries, or after a backup made before them is restored', async () => {
    const id = await writeHousehold();
    const file = await createBackup({ by: 'Sam Example', appVersion: 'test' });
    await asFixture(() => audit(id, JO, 'note', 'A later note', []));
    expect((await verifyHistory()).breaks).toEqual([]);

    const read = await readBackup(file.blob, {});
    if (!read.ok) throw new Error(read.problem.message);
    await applyRestore(read.value, 'Ria Madeup');
    expect((await verifyHistory()).breaks).toEqual([]);
  });
});
