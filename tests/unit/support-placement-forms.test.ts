import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../../src/domain/dates';
import { validatePlacement, validatePlacementEnd } from '../../src/domain/support/placement-forms';
import { fullOn, placesOn } from '../../src/domain/support/places';

const APPROVED_ON = '2026-03-15';
const TODAY = '2027-03-20';
const typed = { startOn: '2027-01-10', ageBand: '5to10', siblingGroup: 'no', shortBreak: 'no' };
const ctx = (approved: number, placements: { startOn: string; endOn?: string }[] = []) => ({ approvedOn: APPROVED_ON, today: TODAY, approved, placements });

describe('adding a placement', () => {
  it('takes a free place with its age band, sibling group and short break', () => {
    expect(validatePlacement({ ...typed, siblingGroup: 'yes' }, ctx(2))).toEqual({
      ok: true,
      value: { startOn: '2027-01-10', ageBand: '5to10', siblingGroup: true, shortBreak: false },
    });
  });

  it('cannot start before the household was approved, nor in the future', () => {
    const early = validatePlacement({ ...typed, startOn: '2026-03-14' }, ctx(2));
    expect(early.ok ? '' : early.errors.startOn).toBe('The start date must be on or after the date of approval (15 March 2026)');
    const later = validatePlacement({ ...typed, startOn: '2027-03-21' }, ctx(2));
    expect(later.ok ? '' : later.errors.startOn).toBe('The start date cannot be in the future');
  });

  it('cannot take more places than approved, and says on which day they are all in use', () => {
    const result = validatePlacement(typed, ctx(1, [{ startOn: '2026-12-01' }]));
    expect(result.ok ? '' : result.errors.startOn).toBe('The household is approved for 1 place and all are in use on 10 January 2027: end a placement first, or change the terms at a review');
  });

  it('is refused when a later placement would be over the terms once this one is added', () => {
    // Free on the 10th, but a placement from the 20th takes the only place while this one is still current.
    expect(fullOn(1, [{ startOn: '2027-01-20' }], '2027-01-10')).toBe('2027-01-20');
    expect(fullOn(1, [{ startOn: '2026-12-01', endOn: '2027-01-10' }], '2027-01-10')).toBeUndefined();
  });

  it('with no places in the terms, says the terms must change first', () => {
    const result = validatePlacement(typed, ctx(0));
    expect(result.ok ? '' : result.errors.startOn).toMatch(/^The household has no places in its terms of approval/);
  });

  it('asks for every choice, each beside its field', () => {
    const result = validatePlacement({ startOn: '', ageBand: '', siblingGroup: '', shortBreak: '' }, ctx(2));
    expect(result.ok ? {} : result.errors).toEqual({
      startOn: 'Enter the start date',
      ageBand: 'Select the child’s age band',
      siblingGroup: 'Select whether the child is placed as part of a sibling group',
      shortBreak: 'Select whether this is a short break',
    });
  });

  it('accepted, never leaves more placements current on any day than places approved', () => {
    const placement = fc.record({ start: fc.integer({ min: 0, max: 200 }), length: fc.option(fc.integer({ min: 1, max: 200 })) });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4 }), fc.array(placement, { maxLength: 6 }), fc.integer({ min: 0, max: 200 }), (approved, ps, start) => {
        const base = '2026-04-01';
        const list = ps.map((p) => ({ startOn: addDays(base, p.start), ...(p.length === null ? {} : { endOn: addDays(base, p.start + p.length) }) }));
        const startOn = addDays(base, start);
        if (fullOn(approved, list, startOn)) return;
        const after = [...list, { startOn }];
        for (let day = start; day <= 400; day += 1) {
          const on = addDays(base, day);
          if (placesOn(approved, list, on).inUse <= approved) expect(placesOn(approved, after, on).inUse).toBeLessThanOrEqual(approved);
        }
      }),
    );
  });
});

describe('ending a placement', () => {
  it('cannot end before it starts', () => {
    const result = validatePlacementEnd({ endOn: '2027-01-09', ending: 'planned' }, { startOn: '2027-01-10', today: TODAY });
    expect(result.ok ? '' : result.errors.endOn).toBe('A placement cannot end before it starts: the end date must be on or after 10 January 2027');
  });

  it('is planned or unplanned, on a real date', () => {
    expect(validatePlacementEnd({ endOn: '2027-02-30', ending: '' }, { startOn: '2027-01-10', today: TODAY })).toEqual({
      ok: false,
      errors: { endOn: expect.stringMatching(/real date/) as unknown as string, ending: 'Select whether the ending was planned or unplanned' },
    });
    expect(validatePlacementEnd({ endOn: '2027-03-01', ending: 'unplanned' }, { startOn: '2027-01-10', today: TODAY })).toEqual({ ok: true, value: { endOn: '2027-03-01', ending: 'unplanned' } });
  });
});
