import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planServicePack, type DeviceResource } from '../../src/domain/library/pack-plan';
import { EMPTY_SERVICE_DETAILS } from '../../src/domain/service-details';

const resource = (id: string, title = id, fromPack = false): DeviceResource => ({
  id,
  title,
  category: 'Money',
  summary: 'S.',
  body: 'B.',
  lastReviewed: '2026-01-01',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...(fromPack ? { fromPack: true as const } : {}),
});

describe('what a service pack would change', () => {
  it('lists the contacts as they are and as they would be, and leaves out empty ones', () => {
    const now = { ...EMPTY_SERVICE_DETAILS, dutyPhone: '01632960123', localContacts: [{ name: 'Pat Madeup', role: 'Hub liaison', phone: '07700900123' }] };
    const next = { ...EMPTY_SERVICE_DETAILS, dutyPhone: '01632960999', email: 'duty@example.org' };
    expect(planServicePack(now, [], { service: next, resources: [] }).contacts).toEqual([
      { label: 'Duty phone', before: '01632 960123', after: '01632 960999' },
      { label: 'Email', before: '', after: 'duty@example.org' },
      { label: 'Local contact 1', before: 'Pat Madeup (Hub liaison), 07700 900123', after: '' },
    ]);
  });

  it('adds, changes and removes only what a pack brought, and keeps what this device wrote', () => {
    const device = [resource('local-a', 'A', true), resource('local-b', 'B', true), resource('local-own', 'Own'), resource('local-c', 'C', true)];
    const plan = planServicePack(EMPTY_SERVICE_DETAILS, device, { service: EMPTY_SERVICE_DETAILS, resources: [resource('local-a', 'A2'), resource('local-own', 'Pack own'), resource('local-c', 'C'), resource('local-new')] });
    expect(plan.added.map((r) => r.id)).toEqual(['local-new']);
    expect(plan.changed.map((c) => [c.before.title, c.after.title])).toEqual([['A', 'A2']]);
    expect(plan.removed.map((r) => r.id)).toEqual(['local-b']);
    expect(plan.keptOwn.map((r) => r.title)).toEqual(['Own']);
    expect(plan.unchanged).toBe(1);
  });

  it('never removes or changes a resource written on this device, whatever the pack holds', () => {
    const ids = fc.constantFrom('local-a', 'local-b', 'local-c', 'local-d', 'local-e');
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ id: ids, fromPack: fc.boolean(), title: fc.constantFrom('x', 'y') }), { selector: (r) => r.id }),
        fc.uniqueArray(fc.record({ id: ids, title: fc.constantFrom('x', 'y') }), { selector: (r) => r.id }),
        (onDevice, inPack) => {
          const device = onDevice.map((r) => resource(r.id, r.title, r.fromPack));
          const plan = planServicePack(EMPTY_SERVICE_DETAILS, device, { service: EMPTY_SERVICE_DETAILS, resources: inPack.map((r) => resource(r.id, r.title)) });
          const own = new Set(device.filter((r) => !r.fromPack).map((r) => r.id));
          for (const r of [...plan.removed, ...plan.changed.map((c) => c.after), ...plan.added]) expect(own.has(r.id)).toBe(false);
        },
      ),
    );
  });
});
