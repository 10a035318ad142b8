import { afterEach, describe, expect, it } from 'vitest';
import { db, type FosteringDb } from '../../src/data/db';
import { mergeRepo } from '../../src/data/repositories/merge';
import { addHousehold, backupOf, copyOfThisDevice, edit, onOtherDevice } from './merge-helpers';

const SOURCE = 'Backup from Tablet 2 made 28 Nov 2026';
/** More households than are worked out again in one round, so the last round is a part one. */
const HOUSEHOLDS = 130;
let other: FosteringDb | undefined;

afterEach(async () => {
  await other?.delete();
  other = undefined;
});

const id = (i: number) => `h${i}`;

describe('merging many households changed on another device', () => {
  it('finds every one by its new details and dates its next deadline, and each timeline says what was merged', async () => {
    for (let i = 0; i < HOUSEHOLDS; i++) await addHousehold(id(i), `H-${String(i + 1).padStart(4, '0')}`, [`Robin Madeup${i}`], 'LS1 4AP');
    other = await copyOfThisDevice();
    const backup = await onOtherDevice(other, async () => {
      for (let i = 0; i < HOUSEHOLDS; i++) await edit('householdDetails', id(i), { email: `family${i}@example.com` }, 'Ali Colleague');
      return backupOf(SOURCE);
    });

    await mergeRepo.merge(backup, 'Jo Worker');

    const households = await db().households.bulkGet(Array.from({ length: HOUSEHOLDS }, (_, i) => id(i)));
    households.forEach((household, i) => {
      expect(household?.searchKeys).toContain(`family${i}@example.com`);
      expect(household?.duplicateKeys).toContain(`email:family${i}@example.com`);
      expect(household?.nextDeadlineOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    });
    const merged = (await db().events.toArray()).filter((e) => e.type === 'merge');
    expect(new Set(merged.filter((e) => e.summary === `Changes merged from ${SOURCE}`).map((e) => e.householdId)).size).toBe(HOUSEHOLDS);
  });
});
