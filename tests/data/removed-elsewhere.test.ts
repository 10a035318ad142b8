import { afterEach, describe, expect, it } from 'vitest';
import { db, type FosteringDb } from '../../src/data/db';
import { conflictsRepo } from '../../src/data/repositories/conflicts';
import { draftsRepo } from '../../src/data/repositories/drafts';
import { householdsRepo } from '../../src/data/repositories/households';
import { mergeRepo } from '../../src/data/repositories/merge';
import { settingsRepo } from '../../src/data/repositories/settings';
import { DEFAULT_LOCAL_TARGETS } from '../../src/domain/settings';
import { addHousehold, backupOf, copyOfThisDevice, edit, onOtherDevice, removeHousehold } from './merge-helpers';

let other: FosteringDb | undefined;

afterEach(async () => {
  await other?.delete();
  other = undefined;
});

describe('settling a household removed on another device', () => {
  it('takes the household’s half-typed forms with it, in every tab, and leaves other households’ drafts', async () => {
    await addHousehold('h1', 'H-0001', ['Priya Examplesmith'], 'LS1 4AP');
    await addHousehold('h2', 'H-0002', ['Sam Samplewood'], 'LS6 2BB');
    other = await copyOfThisDevice();
    const backup = await onOtherDevice(other, async () => {
      await removeHousehold('h2', 'Ali Colleague');
      return backupOf('Backup from Tablet 2 made 28 Nov 2026');
    });
    await edit('people', 'h2-p0', { name: 'Samantha Samplewood' }, 'Jo Worker');
    await mergeRepo.merge(backup, 'Jo Worker');
    const [conflict] = await db().conflicts.toArray();
    expect(conflict).toMatchObject({ recordId: 'h2', incoming: 'removed' });

    await draftsRepo.put('note:h2', 'Rang about the visit', 'tab-a');
    await draftsRepo.put('note:h2', 'Rang about', 'tab-b');
    await draftsRepo.put('note:h1', 'Sent the form', 'tab-a');

    expect(await conflictsRepo.settle(conflict!.id, 'incoming', 'Jo Worker')).toEqual({ ok: true });

    expect(await householdsRepo.get('h2')).toBeUndefined();
    expect((await db().drafts.toCollection().primaryKeys()).map((k) => k.split('#')[0])).toEqual(['note:h1']);
  });
});

describe('merging another device', () => {
  it('removes the half-typed forms of a household removed there', async () => {
    await addHousehold('h1', 'H-0001', ['Priya Examplesmith'], 'LS1 4AP');
    await addHousehold('h2', 'H-0002', ['Sam Samplewood'], 'LS6 2BB');
    other = await copyOfThisDevice();
    const backup = await onOtherDevice(other, async () => {
      await removeHousehold('h2', 'Ali Colleague');
      return backupOf('Backup from Tablet 2 made 28 Nov 2026');
    });
    await draftsRepo.put('note:h2', 'Rang about the visit', 'tab-a');
    await draftsRepo.put('note:h1', 'Sent the form', 'tab-a');

    await mergeRepo.merge(backup, 'Jo Worker');

    expect(await householdsRepo.get('h2')).toBeUndefined();
    expect((await db().drafts.toCollection().primaryKeys()).map((k) => k.split('#')[0])).toEqual(['note:h1']);
  });

  it('marks the stored due dates out of date when it brings the other device’s local targets', async () => {
    await addHousehold('h1', 'H-0001', ['Priya Examplesmith'], 'LS1 4AP');
    other = await copyOfThisDevice();
    const backup = await onOtherDevice(other, async () => {
      await settingsRepo.saveLocalTargets({ ...DEFAULT_LOCAL_TARGETS, initialVisitWorkingDays: 10 }, 'Ali Colleague');
      return backupOf('Backup from Tablet 2 made 28 Nov 2026');
    });
    expect(await settingsRepo.deadlinesStaleSince()).toBeUndefined();

    await mergeRepo.merge(backup, 'Jo Worker');

    expect((await settingsRepo.localTargets()).initialVisitWorkingDays).toBe(10);
    expect(await settingsRepo.deadlinesStaleSince()).toEqual(expect.any(String));
  });
});
