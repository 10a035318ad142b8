import { describe, expect, it } from 'vitest';
import { applyRestore, planRestore, readBackup } from '../../src/data/backup';
import { db } from '../../src/data/db';
import { asPerson } from '../../src/data/revisions';
import { asFixture } from '../fixture-person';
import { seed } from './fixtures/backup-data';
import { forgeBackup, smallService } from './fixtures/backup-files';

async function checkedBackup() {
  const backup = smallService();
  backup.households!.push({ ...backup.households![0]!, id: 'hh-new', reference: 'H-0002' });
  const read = await readBackup(await forgeBackup(backup));
  if (!read.ok) throw new Error(read.problem.message);
  return read.value;
}

function restoreEntry() {
  return db().events.where('householdId').equals('service').filter((e) => e.type === 'restore').first();
}

describe('a restore said yes to after its check', () => {
  it('records the removals the check counted when the device has not changed since', async () => {
    const device = smallService();
    device.households!.push({ ...device.households![0]!, id: 'hh-only-here', reference: 'H-0009' });
    await seed(device);
    const content = await checkedBackup();
    const plan = await planRestore(content);

    const done = await applyRestore(content, 'Ria Madeup', undefined, plan);
    expect(done).toEqual(plan);
    expect((await db().households.toCollection().primaryKeys()).sort()).toEqual(['hh-1', 'hh-new']);
    expect((await restoreEntry())!.summary).toContain('; 1 records not in the backup removed');
  });

  it('counts again when a household was added on this device between the check and the yes', async () => {
    await seed(smallService());
    const content = await checkedBackup();
    const plan = await planRestore(content);
    expect(plan.find((c) => c.table === 'households')).toEqual({ table: 'households', adds: 1, replaces: 1, removes: 0 });

    // Another tab takes an enquiry while the summary is on screen.
    await asFixture(() => db().households.add({ ...smallService().households![0]!, id: 'hh-meanwhile', reference: 'H-0010' } as never));
    const done = await applyRestore(content, 'Ria Madeup', undefined, plan);

    expect(done.find((c) => c.table === 'households')).toEqual({ table: 'households', adds: 1, replaces: 1, removes: 1 });
    expect(await db().households.get('hh-meanwhile')).toBeUndefined();
    expect((await restoreEntry())!.summary).toContain('; 1 records not in the backup removed');
  });

  it('counts every record on a device holding more timeline entries than it reads at once', async () => {
    await seed(smallService());
    const entry = (i: number) => ({ id: `ev-${String(i).padStart(5, '0')}`, householdId: 'hh-1', at: '2026-11-20T10:00:00.000Z', by: 'Ria Madeup', type: 'note', summary: 'Called the applicant', fields: [] });
    const here = Array.from({ length: 12_000 }, (_, i) => entry(i));
    const seeded = await db().events.count();
    await asPerson('Ria Madeup', [db().events], () => db().events.bulkAdd(here));
    const content = await checkedBackup();
    // The backup has the first 7,000 of them and 500 this device never had.
    content.tables.events = [...here.slice(0, 7_000), ...Array.from({ length: 500 }, (_, i) => entry(20_000 + i))];

    const plan = await planRestore(content);

    expect(plan.find((c) => c.table === 'events')).toEqual({ table: 'events', adds: 500, replaces: 7_000, removes: 5_000 + seeded });
  });
});
