import { describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { asFixture } from '../fixture-person';
import { discardOldDrafts, draftsRepo } from '../../src/data/repositories/drafts';

const DAY = 86_400_000;
const daysAgo = (days: number) => new Date(Date.now() - days * DAY).toISOString();

describe('drafts older than 30 days', () => {
  it('are discarded at start-up, stored or in localStorage, while newer ones stay', async () => {
    await asFixture(() =>
      db().drafts.bulkPut([
        { key: 'note:h-1#tab-1', value: { text: 'Old worry about the stairs' }, savedAt: daysAgo(31) },
        { key: 'note:h-2#tab-1', value: { text: 'Recent worry' }, savedAt: daysAgo(29) },
      ]),
    );
    localStorage.setItem('fostering:draft:visit:h-3#tab-1', JSON.stringify({ value: { text: 'Old visit' }, savedAt: daysAgo(40) }));

    expect(await discardOldDrafts()).toBe(2);
    expect(await db().drafts.toCollection().primaryKeys()).toEqual(['note:h-2#tab-1']);
    expect(localStorage.getItem('fostering:draft:visit:h-3#tab-1')).toBeNull();
  });

  it('are not offered when a form opens or a household lists its drafts', async () => {
    await asFixture(() => db().drafts.put({ key: 'note:h-1#tab-1', value: { text: 'Old worry' }, savedAt: daysAgo(31) }));
    expect(await draftsRepo.keysStartingWith('note:h-1', 'tab-1')).toEqual([]);
    expect(await draftsRepo.take('note:h-1', 'tab-1')).toBeUndefined();
    expect(await db().drafts.count()).toBe(0);
  });
});
