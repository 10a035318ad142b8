import { describe, expect, it, vi } from 'vitest';
import { db } from '../../src/data/db';
import { draftsRepo } from '../../src/data/repositories/drafts';

describe('a draft keeps the revision its form opened on', () => {
  it('in the database, and again when it is taken up after a reload', async () => {
    await draftsRepo.keep('check:hh-1:c-1', { requestedOn: '2026-06-01' }, 'tab-a', '3-abc');
    expect(await draftsRepo.take('check:hh-1:c-1', 'tab-a')).toEqual({ value: { requestedOn: '2026-06-01' }, base: '3-abc' });
  });

  it('in the localStorage copy kept when the database refuses the draft (a full disk)', async () => {
    const put = vi.spyOn(db().drafts, 'put').mockRejectedValue(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    await draftsRepo.keep('check:hh-1:c-2', { requestedOn: '2026-06-02' }, 'tab-b', '4-def');
    put.mockRestore();
    expect(await db().drafts.count()).toBe(0);
    expect(await draftsRepo.take('check:hh-1:c-2', 'tab-b')).toEqual({ value: { requestedOn: '2026-06-02' }, base: '4-def' });
  });

  it('as nothing for a draft kept before drafts held a base', async () => {
    await db().drafts.put({ key: 'stage2:hh-1#tab-c', value: { reportStartedOn: '2026-03-02' }, savedAt: new Date().toISOString() });
    expect(await draftsRepo.take('stage2:hh-1', 'tab-c')).toEqual({ value: { reportStartedOn: '2026-03-02' }, base: undefined });
  });
});
