import { describe, expect, it } from 'vitest';
import { financialYear } from '../../src/domain/reports/financial-year';
import type { CarerHousehold } from '../../src/domain/support/carer';
import { respiteAllowance, tierPromises, trainingHoursInLastYear, trainingShortfall } from '../../src/domain/support/tier-promises';
import { DEFAULT_TIERS } from '../../src/domain/support/tiers';

const YEAR = financialYear(2026);
const tier2 = DEFAULT_TIERS[1]!;

function carer(householdId: string, approvedOn: string, tierId?: string, leftOn?: string): CarerHousehold {
  return { householdId, approvedOn, onRegister: leftOn ? 0 : 1, ...(tierId ? { tierId } : {}), ...(leftOn ? { leftOn } : {}) } as CarerHousehold;
}

describe('training hours against the tier', () => {
  it('counts the 12 months to the day, that day in and the same day a year before out', () => {
    const log = [
      { on: '2025-11-30', hours: 6 },
      { on: '2025-12-01', hours: 3 },
      { on: '2026-11-30', hours: 2 },
      { on: '2026-12-01', hours: 40 },
    ];
    expect(trainingHoursInLastYear(log, '2026-11-30')).toBe(5);
  });

  it('says a household is short once it has been approved a year and logged fewer hours than the tier asks', () => {
    const approved = carer('a', '2024-06-01', 'tier2');
    expect(trainingShortfall(approved, [{ on: '2026-03-01', hours: 10 }], tier2, '2026-11-30')).toEqual({ hours: 10, required: 18 });
    expect(trainingShortfall(approved, [{ on: '2026-03-01', hours: 18 }], tier2, '2026-11-30')).toBeUndefined();
  });

  it('leaves out households in their first year (their training is the TSD standards) and tiers that ask for no hours', () => {
    expect(trainingShortfall(carer('a', '2026-01-15', 'tier2'), [], tier2, '2026-11-30')).toBeUndefined();
    expect(trainingShortfall(carer('a', '2025-11-30', 'tier2'), [], tier2, '2026-11-30')).toEqual({ hours: 0, required: 18 });
    expect(trainingShortfall(carer('a', '2020-01-01', 'tier1'), [], DEFAULT_TIERS[0], '2026-11-30')).toBeUndefined();
    expect(trainingShortfall(carer('a', '2020-01-01'), [], undefined, '2026-11-30')).toBeUndefined();
  });
});

describe('the respite allowance for the year', () => {
  it('is the whole allowance for a household on the register all year', () => {
    expect(respiteAllowance(21, carer('a', '2020-01-01'), YEAR, YEAR.to)).toBe(21);
  });

  it('is in proportion to the days on the register, to the nearest night', () => {
    // Approved on 1 October: 182 of the year's 365 days.
    expect(respiteAllowance(21, carer('a', '2026-10-01'), YEAR, YEAR.to)).toBe(10);
    // Left on 1 October: on the register to 30 September, 183 days.
    expect(respiteAllowance(28, carer('a', '2020-01-01', undefined, '2026-10-01'), YEAR, YEAR.to)).toBe(14);
    // The year still running, counted to today.
    expect(respiteAllowance(14, carer('a', '2020-01-01'), YEAR, '2026-11-30')).toBe(9);
    expect(respiteAllowance(14, carer('a', '2027-04-02'), YEAR, YEAR.to)).toBe(0);
  });
});

describe('what each tier received against what it promises', () => {
  it('sums hub nights in the year for the households on each tier and names those short of training', () => {
    const rows = tierPromises(
      {
        carers: [carer('a', '2020-01-01', 'tier2'), carer('b', '2020-01-01', 'tier2'), carer('c', '2020-01-01', 'tier1'), carer('d', '2020-01-01')],
        tierChanges: [],
        tiers: [...DEFAULT_TIERS],
        hubStays: [
          { householdId: 'a', fromOn: '2026-05-01', nights: 2 },
          { householdId: 'a', fromOn: '2026-03-31', nights: 5 },
          { householdId: 'b', fromOn: '2026-07-10', nights: 1 },
          { householdId: 'c', fromOn: '2026-12-01', nights: 3 },
        ],
        training: [
          { householdId: 'a', on: '2026-09-01', hours: 20 },
          { householdId: 'b', on: '2026-09-01', hours: 6 },
        ],
      },
      YEAR,
      '2026-11-30',
    );
    const [t1, t2, t3, none] = rows;
    expect(t2).toMatchObject({ label: 'Tier 2: enhanced', households: ['a', 'b'], respiteUsed: 3, respiteAllowed: 28, trainingHoursAYear: 18, shortOfTraining: ['b'] });
    expect(t1).toMatchObject({ households: ['c'], respiteUsed: 0, respiteAllowed: 9, shortOfTraining: [] });
    expect(t1!.trainingHoursAYear).toBeUndefined();
    expect(t3).toMatchObject({ households: [], respiteUsed: 0, respiteAllowed: 0 });
    expect(none).toMatchObject({ label: 'No tier given', households: ['d'], respiteAllowed: 0, shortOfTraining: [] });
  });
});
