import { describe, expect, it } from 'vitest';
import { validateServicePack } from '../../src/domain/library/service-pack';

const TODAY = '2026-11-30';

const goodPack = () => ({
  kind: 'fostering-service-pack',
  version: 1,
  exportedAt: '2026-11-02T10:00:00.000Z',
  service: {
    name: 'Exampleshire Fostering',
    dutyPhone: '01632 960123',
    outOfHoursPhone: '+44 1632 960999',
    ladoPhone: '01632 960555',
    email: 'fostering@example.org',
    localContacts: [{ name: 'Pat Madeup', role: 'Mockingbird liaison worker', phone: '07700 900123' }],
  },
  resources: [
    {
      id: 'local-hub-evenings',
      title: 'Hub evenings',
      category: 'Support for you',
      summary: 'Monthly get-togethers.',
      body: '## When\n\nFirst Tuesday of the month.',
      lastReviewed: '2026-10-01',
      updatedAt: '2026-10-01T09:00:00.000Z',
    },
  ],
});

describe('service pack validation', () => {
  it('accepts a good pack and stores phone numbers in the national form', () => {
    const result = validateServicePack(goodPack(), TODAY);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.pack.service.outOfHoursPhone).toBe('01632960999');
      expect(result.pack.service.ladoPhone).toBe('01632960555');
      // A pack from before the hub carer's number existed is still read, the number left empty.
      expect(result.pack.service.hubCarerPhone).toBe('');
      expect(result.pack.service.localContacts[0]?.phone).toBe('07700900123');
      expect(result.pack.resources.map((r) => r.id)).toEqual(['local-hub-evenings']);
    }
  });

  it('rejects a file of the wrong kind or version', () => {
    expect(validateServicePack({ ...goodPack(), kind: 'fostering-backup' }, TODAY)).toEqual({ ok: false, problems: ['This file is not a fostering service pack'] });
    expect(validateServicePack('hello', TODAY)).toMatchObject({ ok: false });
    expect(validateServicePack({ ...goodPack(), version: 2 }, TODAY)).toMatchObject({ ok: false, problems: [expect.stringContaining('version 2')] });
  });

  it('says what is wrong with the details and each resource', () => {
    const pack = goodPack();
    pack.service.dutyPhone = '12345';
    pack.resources[0]!.title = '';
    pack.resources.push({ ...pack.resources[0]!, id: 'emergency', title: 'Takeover' });
    const result = validateServicePack(pack, TODAY);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toEqual([
        expect.stringContaining('Service details: Enter the duty phone number in the right format'),
        'Resource 1: Enter a title',
        'Resource 2 ("Takeover") has no usable id',
      ]);
    }
  });

  it('rejects resources that are not a list or have a bad category or date', () => {
    expect(validateServicePack({ ...goodPack(), resources: 'none' }, TODAY)).toMatchObject({ ok: false, problems: ['The pack has no list of resources'] });
    const pack = goodPack();
    pack.resources[0]!.category = 'Gardening';
    pack.resources[0]!.lastReviewed = 'last week';
    expect(validateServicePack(pack, TODAY)).toMatchObject({
      ok: false,
      problems: ['Resource 1 ("Hub evenings"): Choose a category', 'Resource 1 ("Hub evenings"): Date last reviewed must be a real date'],
    });
  });

  it('refuses a resource reviewed after today, naming it', () => {
    const pack = goodPack();
    pack.resources[0]!.lastReviewed = '2026-12-01';
    expect(validateServicePack(pack, TODAY)).toEqual({
      ok: false,
      problems: ['Resource 1 ("Hub evenings"): Date last reviewed must be today or in the past'],
    });
    pack.resources[0]!.lastReviewed = TODAY;
    expect(validateServicePack(pack, TODAY).ok).toBe(true);
  });
});
