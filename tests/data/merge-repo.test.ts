import { afterEach, describe, expect, it, vi } from 'vitest';
import { db, type FosteringDb } from '../../src/data/db';
import { householdsRepo } from '../../src/data/repositories/households';
import { duplicateMergeRepo } from '../../src/data/repositories/duplicate-merge';
import { mergeRepo, planInSteps, savePlanned } from '../../src/data/repositories/merge';
import type { BackupProgress } from '../../src/domain/backup/format';
import { summarise } from '../../src/domain/merge/summary';
import { addHousehold, backupOf, copyOfThisDevice, edit, onOtherDevice, removeHousehold } from './merge-helpers';

const SOURCE = 'Backup from Tablet 2 made 28 Nov 2026';
let other: FosteringDb | undefined;

afterEach(async () => {
  await other?.delete();
  other = undefined;
});

async function twoDevicesSharing() {
  await addHousehold('h1', 'H-0001', ['Priya Examplesmith'], 'LS1 4AP');
  await addHousehold('h2', 'H-0002', ['Sam Samplewood'], 'LS6 2BB');
  other = await copyOfThisDevice();
  return other;
}

async function everything() {
  const d = db();
  return Object.fromEntries(await Promise.all(d.tables.map(async (t) => [t.name, await t.toArray()] as const)));
}

describe('merging another device into this one', () => {
  it('brings in households only the other device has, with a new reference where theirs is taken here', async () => {
    await addHousehold('h1', 'H-0001', ['Priya Examplesmith'], 'LS1 4AP');
    other = await copyOfThisDevice();
    await addHousehold('h2', 'H-0002', ['Sam Samplewood'], 'LS6 2BB');
    const backup = await onOtherDevice(other, async () => {
      await addHousehold('h3', 'H-0002', ['Chris Fictionby'], 'LS7 3CC', 'Ali Colleague');
      return backupOf(SOURCE);
    });

    const result = await mergeRepo.merge(backup, 'Jo Worker');

    expect(result.summary.sentences).toContain('Adds 1 household, 1 household’s contact details, 1 person and 1 timeline entry.');
    expect((await householdsRepo.get('h3'))?.reference).toBe('H-0003');
    expect((await db().settings.get('nextReference'))?.value).toBe(4);
    const [renumbered] = await householdsRepo.timeline('h3', 1);
    expect(renumbered?.summary).toBe('Reference changed from H-0002 to H-0003: H-0002 is another household on this device');
    const service = await db().events.where('householdId').equals('service').toArray();
    expect(service).toEqual([expect.objectContaining({ by: 'Jo Worker', type: 'merge', summary: expect.stringContaining(`Merged ${SOURCE}. Adds 1 household`) })]);
  });

  it('takes a change made on the other device only, and keeps one made here on another field', async () => {
    const there = await twoDevicesSharing();
    const backup = await onOtherDevice(there, async () => {
      await edit('households', 'h1', { stage: 'initialVisit', stageEnteredOn: '2026-11-10' }, 'Ali Colleague');
      return backupOf(SOURCE);
    });
    await edit('householdDetails', 'h1', { email: 'priya@example.com' }, 'Jo Worker');

    await mergeRepo.merge(backup, 'Jo Worker');

    const record = await householdsRepo.record('h1');
    expect(record?.household.stage).toBe('initialVisit');
    expect(record?.details.email).toBe('priya@example.com');
    expect(record?.household.searchKeys).toContain('priya@example.com');
    expect(await db().conflicts.count()).toBe(0);
    const [latest] = await householdsRepo.timeline('h1', 1);
    expect(latest?.summary).toBe(`Changes merged from ${SOURCE}`);
  });

  it('lists the same field changed on both devices as a conflict, with both values, who and when', async () => {
    const there = await twoDevicesSharing();
    const backup = await onOtherDevice(there, async () => {
      await edit('householdDetails', 'h1', { postcode: 'LS2 7AA', phone: '07700900123' }, 'Ali Colleague', '2026-11-25T09:00:00.000Z');
      return backupOf(SOURCE);
    });
    await edit('householdDetails', 'h1', { postcode: 'LS3 8DD' }, 'Jo Worker', '2026-11-26T15:00:00.000Z');

    const result = await mergeRepo.merge(backup, 'Jo Worker');

    expect(result.summary.conflicts).toBe(1);
    const details = await db().householdDetails.get('h1');
    expect(details).toMatchObject({ postcode: 'LS3 8DD', phone: '07700900123' });
    expect(await db().conflicts.toArray()).toEqual([
      expect.objectContaining({
        table: 'householdDetails',
        recordId: 'h1',
        householdId: 'h1',
        path: 'postcode',
        local: 'LS3 8DD',
        incoming: 'LS2 7AA',
        localBy: 'Jo Worker',
        localAt: '2026-11-26T15:00:00.000Z',
        incomingBy: 'Ali Colleague',
        incomingAt: '2026-11-25T09:00:00.000Z',
        source: SOURCE,
        open: 1,
      }),
    ]);
  });

  it('removes a household removed on the other device, and keeps one changed here since', async () => {
    const there = await twoDevicesSharing();
    const backup = await onOtherDevice(there, async () => {
      await removeHousehold('h1', 'Ali Colleague');
      await removeHousehold('h2', 'Ali Colleague');
      return backupOf(SOURCE);
    });
    await edit('people', 'h2-p0', { name: 'Samantha Samplewood' }, 'Jo Worker');

    const result = await mergeRepo.merge(backup, 'Jo Worker');

    expect(await householdsRepo.get('h1')).toBeUndefined();
    expect(await db().people.where('householdId').equals('h1').count()).toBe(0);
    expect(await db().deletions.get(['households', 'h1'])).toMatchObject({ deletedBy: 'Ali Colleague' });
    expect((await db().people.get('h2-p0'))?.name).toBe('Samantha Samplewood');
    expect(result.summary.conflicts).toBe(1);
    expect(await db().conflicts.toArray()).toEqual([expect.objectContaining({ table: 'households', recordId: 'h2', local: 'kept', incoming: 'removed', incomingBy: 'Ali Colleague' })]);
  });

  it('changes nothing when the same backup is merged a second time', async () => {
    const there = await twoDevicesSharing();
    const backup = await onOtherDevice(there, async () => {
      await edit('householdDetails', 'h1', { postcode: 'LS2 7AA' }, 'Ali Colleague');
      await removeHousehold('h2', 'Ali Colleague');
      await addHousehold('h3', 'H-0003', ['Chris Fictionby'], 'LS7 3CC', 'Ali Colleague');
      return backupOf(SOURCE);
    });
    await edit('householdDetails', 'h1', { postcode: 'LS3 8DD' }, 'Jo Worker');
    await addHousehold('h4', 'H-0003', ['Dana Madeupson'], 'LS8 4EE');
    await mergeRepo.merge(backup, 'Jo Worker');
    const once = await everything();

    const again = await mergeRepo.merge(backup, 'Jo Worker');

    expect(again.summary.sentences).toEqual(['Nothing to merge: this device already has everything in it.']);
    expect(await everything()).toEqual(once);
  });

  it('writes nothing at all when the merge fails part-way', async () => {
    const there = await twoDevicesSharing();
    const backup = await onOtherDevice(there, async () => {
      await edit('householdDetails', 'h1', { postcode: 'LS2 7AA' }, 'Ali Colleague');
      await addHousehold('h3', 'H-0003', ['Chris Fictionby'], 'LS7 3CC', 'Ali Colleague');
      return backupOf(SOURCE);
    });
    await edit('householdDetails', 'h1', { postcode: 'LS3 8DD' }, 'Jo Worker');
    const before = await everything();
    vi.spyOn(db().conflicts, 'add').mockRejectedValueOnce(new Error('The disk is full'));

    await expect(mergeRepo.merge(backup, 'Jo Worker')).rejects.toThrow('The disk is full');

    expect(await everything()).toEqual(before);
  });

  it('writes nothing from a plan made before this device changed, and a merge plans again so the change here stays', async () => {
    const there = await twoDevicesSharing();
    const backup = await onOtherDevice(there, async () => {
      await edit('householdDetails', 'h1', { postcode: 'LS2 7AA' }, 'Ali Colleague', '2026-11-25T09:00:00.000Z');
      return backupOf(SOURCE);
    });
    const planned = await planInSteps(backup, 'Jo Worker', '2026-11-28T10:00:00.000Z', () => undefined);
    // Saved in another tab after the plan was made, before it is written.
    await edit('householdDetails', 'h1', { postcode: 'LS3 8DD' }, 'Jo Worker', '2026-11-26T15:00:00.000Z');
    const before = await everything();

    expect(await savePlanned(planned)).toBeUndefined();
    expect(await everything()).toEqual(before);

    const result = await mergeRepo.merge(backup, 'Jo Worker');

    expect(result.summary.conflicts).toBe(1);
    expect((await db().householdDetails.get('h1'))?.postcode).toBe('LS3 8DD');
    expect(await db().conflicts.toArray()).toEqual([expect.objectContaining({ recordId: 'h1', path: 'postcode', local: 'LS3 8DD', incoming: 'LS2 7AA' })]);
  });

  it('saves the plan its preview showed without comparing again, and compares again when this device changed since', async () => {
    const there = await twoDevicesSharing();
    const backup = await onOtherDevice(there, async () => {
      await edit('householdDetails', 'h1', { postcode: 'LS2 7AA' }, 'Ali Colleague', '2026-11-25T09:00:00.000Z');
      await addHousehold('h3', 'H-0003', ['Chris Fictionby'], 'LS7 3CC', 'Ali Colleague');
      return backupOf(SOURCE);
    });
    const steps: string[] = [];
    const previewed = await mergeRepo.plan(backup, 'Jo Worker');

    const result = await mergeRepo.merge(backup, 'Jo Worker', (p) => steps.push(p.step), previewed);

    expect(steps).not.toContain('Comparing with this device');
    expect(result.summary.sentences).toEqual(summarise(previewed.plan).sentences);
    expect((await db().householdDetails.get('h1'))?.postcode).toBe('LS2 7AA');
    expect(await db().households.get('h3')).toBeDefined();

    const later = await onOtherDevice(there, async () => {
      await edit('householdDetails', 'h2', { postcode: 'LS9 1ZZ' }, 'Ali Colleague', '2026-11-27T09:00:00.000Z');
      return backupOf(SOURCE);
    });
    const stale = await mergeRepo.plan(later, 'Jo Worker');
    await edit('householdDetails', 'h2', { postcode: 'LS8 5EE' }, 'Jo Worker', '2026-11-28T15:00:00.000Z');
    steps.length = 0;

    const again = await mergeRepo.merge(later, 'Jo Worker', (p) => steps.push(p.step), stale);

    expect(steps).toContain('Comparing with this device');
    expect(again.summary.conflicts).toBe(1);
    expect((await db().householdDetails.get('h2'))?.postcode).toBe('LS8 5EE');
  });

  it('says how far it has got while it compares and saves, and writes none of many records when one request fails late on', async () => {
    await addHousehold('h1', 'H-0001', ['Priya Examplesmith'], 'LS1 4AP');
    other = await copyOfThisDevice();
    const backup = await onOtherDevice(other, async () => {
      for (let i = 2; i <= 130; i++) await addHousehold(`h${i}`, `H-${String(i).padStart(4, '0')}`, [`Sam Samplewood ${i}`], 'LS6 2BB', 'Ali Colleague');
      return backupOf(SOURCE);
    });
    const seen: BackupProgress[] = [];
    await mergeRepo.preview(backup, 'Jo Worker', (p) => seen.push(p));
    const comparing = seen.filter((p) => p.step === 'Comparing with this device');
    expect(comparing.length).toBeGreaterThan(2);
    expect(comparing.at(-1)).toEqual({ step: 'Comparing with this device', done: comparing[0]!.total, total: comparing[0]!.total });
    expect(comparing.map((p) => p.done)).toEqual([...comparing.map((p) => p.done)].sort((a, b) => a - b));

    const before = await everything();
    // The second hundred people, after a hundred households, their details and the first hundred people went in.
    const people = db().table('people');
    const put = people.bulkPut.bind(people);
    vi.spyOn(people, 'bulkPut').mockImplementationOnce(put).mockRejectedValueOnce(new Error('The disk is full'));
    const saving: BackupProgress[] = [];

    await expect(mergeRepo.merge(backup, 'Jo Worker', (p) => p.step === 'Saving the merged records' && saving.push(p))).rejects.toThrow('The disk is full');

    expect(saving.at(-1)?.done).toBeGreaterThan(300);
    expect(await everything()).toEqual(before);
  });

  it('follows a duplicate household merged by hand on the other device, keeping both histories here too', async () => {
    const there = await twoDevicesSharing();
    await db().notes.add({ id: 'n2', householdId: 'h2', at: '2026-11-20T10:00:00.000Z', by: 'Jo Worker', text: 'Asked about short breaks' });
    const backup = await onOtherDevice(there, async () => {
      await db().notes.add({ id: 'n2', householdId: 'h2', at: '2026-11-20T10:00:00.000Z', by: 'Jo Worker', text: 'Asked about short breaks' });
      expect(await duplicateMergeRepo.merge('h1', 'h2', {}, 'Ali Colleague')).toEqual({ ok: true, keptId: 'h1' });
      return backupOf(SOURCE);
    });

    await mergeRepo.merge(backup, 'Jo Worker');

    expect(await householdsRepo.get('h2')).toBeUndefined();
    expect((await db().notes.get('n2'))?.householdId).toBe('h1');
    expect((await db().people.where('householdId').equals('h1').toArray()).map((p) => p.name).sort()).toEqual(['Priya Examplesmith', 'Sam Samplewood']);
    const summaries = (await householdsRepo.timeline('h1')).map((e) => e.summary);
    expect(summaries).toEqual(expect.arrayContaining(['Enquiry recorded (H-0001)', 'Enquiry recorded (H-0002)', expect.stringContaining('Merged with H-0002')]));
  });
});
