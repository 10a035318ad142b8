import { asFixture } from '../fixture-person';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { applyRestore, planRestore, readBackup } from '../../src/data/backup';
import { db } from '../../src/data/db';
import { SCHEMA } from '../../src/data/schema';
import type { Rows } from './fixtures/backup-data';
import { forgeBackup, smallService } from './fixtures/backup-files';
import { seed } from './fixtures/backup-data';
import { writeV1Database } from './fixtures/v1-database';

/** The rows of a database written by version 1 of the app, as a version 1 backup would hold them. */
async function v1Rows(): Promise<Rows> {
  const name = `v1-source-${Math.random()}`;
  await writeV1Database(name);
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA[0]!.stores);
  await v1.open();
  const rows: Rows = {};
  for (const table of v1.tables) if (table.name !== 'drafts') rows[table.name] = await table.toArray();
  v1.close();
  await Dexie.delete(name);
  return rows;
}

describe('restoring a backup written under schema version 1', () => {
  it('brings its records up to date through the real upgrades and keeps every one', async () => {
    const file = await forgeBackup(await v1Rows(), { header: { schemaVersion: 1 } });
    const read = await readBackup(file);
    if (!read.ok) throw new Error(read.problem.message);
    await applyRestore(read.value, 'Sam Example');

    const d = db();
    expect(await d.households.count()).toBe(1);
    expect(await d.householdDetails.get('hh-v1-1')).toMatchObject({ postcode: 'AB1 2CD' });
    expect(await d.checks.count()).toBe(4);
    expect(await d.notes.count()).toBe(1);
    expect(await d.settings.get('nextReference')).toMatchObject({ key: 'nextReference', value: 2 });
    // The v2 upgrade ran: only the check requested and neither received nor marked not needed is awaiting.
    const awaiting = await d.checks.where('awaitingSince').belowOrEqual('9999-12-31').toArray();
    expect(awaiting.map((c) => c.id)).toEqual(['c1']);
    expect(await d.households.where('searchKeys').startsWith('testp').primaryKeys()).toEqual(['hh-v1-1']);
    // The scratch database the upgrade ran in is gone.
    expect((await Dexie.getDatabaseNames()).filter((n) => n.startsWith('fostering-restore-'))).toEqual([]);
  });
});

describe('restoring over a device that already holds records', () => {
  it('says what it adds, replaces and removes, then makes the device equal to the backup and audits it', async () => {
    const device = smallService();
    device.households!.push({ ...device.households![0]!, id: 'hh-only-here', reference: 'H-0009' });
    await seed(device);
    const backup = smallService();
    backup.households!.push({ ...backup.households![0]!, id: 'hh-new', reference: 'H-0002' }, { ...backup.households![0]!, id: 'hh-new-2', reference: 'H-0003' });
    const read = await readBackup(await forgeBackup(backup));
    if (!read.ok) throw new Error(read.problem.message);

    const plan = await planRestore(read.value);
    expect(plan.find((c) => c.table === 'households')).toEqual({ table: 'households', adds: 2, replaces: 1, removes: 1 });

    await db().drafts.put({ key: 'enquiry', value: { name: 'Half typed' }, savedAt: '2026-04-01T09:00:00.000Z' });
    await asFixture(() => db().settings.put({ key: 'deviceName', value: 'Kitchen tablet' }));
    await asFixture(() => db().staff.add({ id: 's-ria', name: 'Ria Madeup', active: 1 }));
    await asFixture(() => db().settings.put({ key: 'currentStaffId', value: 's-ria' }));
    await applyRestore(read.value, 'Ria Madeup');

    expect((await db().households.toCollection().primaryKeys()).sort()).toEqual(['hh-1', 'hh-new', 'hh-new-2']);
    // What belongs to this device stays: the half-typed form, the device's name and who is using it.
    expect(await db().drafts.get('enquiry')).toBeDefined();
    expect((await db().staff.toArray()).map((s) => s.name).sort()).toEqual(['Ria Madeup', 'Sam Example']);
    expect((await db().settings.get('deviceName'))?.value).toBe('Kitchen tablet');
    expect((await db().settings.get('lastBackupAt'))?.value).toBe('2026-04-01T09:00:00.000Z');
    const [entry] = await db().events.where('householdId').equals('service').filter((e) => e.type === 'restore').toArray();
    expect(entry).toMatchObject({ by: 'Ria Madeup' });
    expect(entry!.summary).toContain('Recruitment tablet 2');
    expect(entry!.summary).toContain('2026-04-01T09:00:00.000Z');
    expect(entry!.summary).toContain('3 households');
  });
});
