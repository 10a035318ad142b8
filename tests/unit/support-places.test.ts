import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/dates';
import { resignationTakesEffectOn } from '../../src/domain/support/deregistration';
import { placesOn } from '../../src/domain/support/places';

describe('places approved, in use and vacant', () => {
  const placements = [
    { startOn: '2026-01-05', endOn: '2026-03-01' },
    { startOn: '2026-02-10' },
    { startOn: '2026-06-01' },
  ];

  it('count the placements current on the day, up to but not including the end date', () => {
    expect(placesOn(2, placements, '2026-02-28')).toEqual({ approved: 2, inUse: 2, vacant: 0 });
    expect(placesOn(2, placements, '2026-03-01')).toEqual({ approved: 2, inUse: 1, vacant: 1 });
  });

  it('never show a negative vacancy when siblings take the household over its number', () => {
    expect(placesOn(1, placements, '2026-02-28').vacant).toBe(0);
  });

  it('vacant is what is approved less what is in use, never below nothing', () => {
    const placement = fc.record({ start: fc.integer({ min: 0, max: 300 }), length: fc.option(fc.integer({ min: 1, max: 300 })) });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 }), fc.array(placement, { maxLength: 8 }), fc.integer({ min: 0, max: 600 }), (approved, ps, day) => {
        const list = ps.map((p) => ({ startOn: addDays('2026-01-01', p.start), ...(p.length === null ? {} : { endOn: addDays('2026-01-01', p.start + p.length) }) }));
        const places = placesOn(approved, list, addDays('2026-01-01', day));
        expect(places.vacant).toBe(Math.max(0, approved - places.inUse));
        expect(places.inUse).toBeLessThanOrEqual(list.length);
      }),
    );
  });
});

describe('resignation', () => {
  it('takes effect 28 days after notice', () => {
    expect(resignationTakesEffectOn('2027-02-01')).toBe('2027-03-01');
    expect(resignationTakesEffectOn('2028-02-01')).toBe('2028-02-29');
  });

  it('or on an earlier date agreed with the household, never later', () => {
    expect(resignationTakesEffectOn('2027-02-01', '2027-02-10')).toBe('2027-02-10');
    expect(resignationTakesEffectOn('2027-02-01', '2027-04-10')).toBe('2027-03-01');
  });
});
