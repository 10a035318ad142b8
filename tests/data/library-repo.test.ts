import { describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { libraryRepo } from '../../src/data/repositories/library';
import type { LocalResourceFields } from '../../src/domain/library/local-resource';

const fields: LocalResourceFields = {
  title: 'Hub evenings',
  category: 'Support for you',
  summary: 'Monthly get-togethers.',
  body: 'First Tuesday of the month.',
  lastReviewed: '2026-10-01',
};

describe('the service’s own library resources', () => {
  it('refuses to "save" changes to a resource that has gone, and records nothing', async () => {
    const row = await libraryRepo.addLocalResource(fields, [], 'Jo Worker');
    await libraryRepo.removeLocalResource(row.id, 'Jo Worker');
    const eventsBefore = await db().events.count();
    await expect(libraryRepo.updateLocalResource(row.id, { ...fields, title: 'Changed' }, row.revision!.rev, 'Jo Worker')).rejects.toThrow(
      'This resource is no longer on this device',
    );
    expect(await db().events.count()).toBe(eventsBefore);
    expect(await db().localResources.count()).toBe(0);
  });
});
