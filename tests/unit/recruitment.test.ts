import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RECRUITMENT_INPUTS as D,
  ceilExact,
  planRecruitment,
  type RecruitmentInputs,
  type RecruitmentPlan,
} from '../../src/domain/recruitment';

function plan(overrides: Partial<RecruitmentInputs> = {}): RecruitmentPlan {
  const result = planRecruitment({ ...D, ...overrides });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.plan;
}

/** Every number anywhere in the plan is finite and never -0. */
function allNumbers(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(allNumbers);
  if (value && typeof value === 'object') return Object.values(value).flatMap(allNumbers);
  return [];
}

describe('the recruitment plan with the source documents’ figures', () => {
  it('matches design.md', () => {
    const p = plan();
    expect(p).toMatchObject({
      totalDemand: 534,
      targetInHousePlaces: 374,
      gapPlaces: 90,
      netNewHouseholds: 60,
      replacementHouseholds: 39,
      approvalsPerYear: 33,
      enquiriesPerYear: 209,
      yearlySavingAtTarget: 2_864_160,
      yearsToTargetAtCurrentRate: 12,
    });
  });

  it('gives a trajectory from today to the year the target is reached', () => {
    const p = plan();
    expect(p.trajectory[0]).toEqual({ year: 0, inHousePlaces: 284, totalDemand: 534, inHouseShare: 284 / 534 });
    expect(p.trajectory.at(-1)!.year).toBe(12);
    expect(p.trajectory[11]!.inHouseShare).toBeLessThan(0.7);
    expect(p.trajectory[12]!.inHouseShare).toBeGreaterThanOrEqual(0.7);
    expect(p.requiredTrajectory[3]!.inHouseShare).toBeGreaterThanOrEqual(0.7);
  });
});

describe('worked cases', () => {
  it.each<[string, Partial<RecruitmentInputs>, Partial<RecruitmentPlan>]>([
    [
      'target already met: no gap, only replacements, 0 years',
      { inHousePlaces: 400, ifaPlaces: 100 },
      { targetInHousePlaces: 350, gapPlaces: 0, netNewHouseholds: 0, yearsToTargetAtCurrentRate: 0, yearlySavingAtTarget: 0 },
    ],
    [
      'exact products stay exact: 0.55 × 100 places is 55, not 56',
      { inHousePlaces: 50, ifaPlaces: 50, targetInHouseShare: 0.55, deregistrationsPerYear: 0, placesPerNewHousehold: 1, yearsToTarget: 1 },
      { targetInHousePlaces: 55, gapPlaces: 5, netNewHouseholds: 5, replacementHouseholds: 0, approvalsPerYear: 5 },
    ],
    [
      'demand growing faster than recruitment never reaches the target',
      { demandGrowthPerYear: 0.05 },
      { yearsToTargetAtCurrentRate: null },
    ],
    [
      'no leavers and no recruitment gap: nothing to do',
      { inHousePlaces: 70, ifaPlaces: 30, deregistrationsPerYear: 0 },
      { approvalsPerYear: 0, enquiriesPerYear: 0, replacementHouseholds: 0 },
    ],
  ])('%s', (_name, inputs, expected) => {
    expect(plan(inputs)).toMatchObject(expected);
  });

  it('counts growth in demand: 534 places growing 2% a year for 3 years', () => {
    const p = plan({ demandGrowthPerYear: 0.02 });
    expect(p.totalDemand).toBeCloseTo(534 * 1.02 ** 3, 9);
    expect(p.targetInHousePlaces).toBe(Math.ceil(0.7 * 534 * 1.02 ** 3));
  });

  it('rounds only real fractions up', () => {
    expect(ceilExact(55.00000000000001)).toBe(55);
    expect(ceilExact(209.00000000000003)).toBe(209);
    expect(ceilExact(55.01)).toBe(56);
    expect(Object.is(ceilExact(-0), -0)).toBe(false);
  });
});

describe('bad inputs', () => {
  it.each<[keyof RecruitmentInputs, number, string]>([
    ['inHousePlaces', -1, 'Children in in-house placements must be 0 or more'],
    ['ifaPlaces', Number.NaN, 'Children in agency placements must be a number'],
    ['ifaPlaces', 5e-324, 'Children in agency placements must be a whole number'],
    ['inHousePlaces', 12.5, 'Children in in-house placements must be a whole number'],
    ['targetInHouseShare', 0, 'Target in-house share must be more than 0% and no more than 100%'],
    ['targetInHouseShare', 1.2, 'Target in-house share must be more than 0% and no more than 100%'],
    ['demandGrowthPerYear', Number.POSITIVE_INFINITY, 'Yearly growth in demand must be a number'],
    ['demandGrowthPerYear', 0.9, 'Yearly growth in demand must be between -50% and 50%'],
    ['yearsToTarget', 0, 'Years to reach the target must be a whole number from 1 to 50'],
    ['yearsToTarget', 2.5, 'Years to reach the target must be a whole number from 1 to 50'],
    ['placesPerNewHousehold', 0, 'Places per newly approved household must be more than 0'],
    ['placeUtilisation', 0, 'Share of approved places used must be more than 0% and no more than 100%'],
    ['deregistrationsPerYear', -3, 'Households leaving each year must be 0 or more'],
    ['placesLostPerDeregistration', -0.5, 'Places lost per household leaving must be 0 or more'],
    ['enquiryToApprovalRate', 0, 'Enquiries that end in approval must be more than 0% and no more than 100%'],
    ['approvalsPerYearNow', -1, 'Approvals a year at today’s rate must be 0 or more'],
    ['weeklyCostIfa', -1000, 'Weekly cost of an agency place must be 0 or more'],
    ['weeklyCostInHouse', Number.NaN, 'Weekly cost of an in-house place must be a number'],
  ])('%s = %s is refused: "%s"', (field, value, message) => {
    const result = planRecruitment({ ...D, [field]: value });
    expect(result).toEqual({ ok: false, errors: { [field]: message } });
  });

  it('refuses no placements at all', () => {
    const result = planRecruitment({ ...D, inHousePlaces: 0, ifaPlaces: 0 });
    expect(result.ok).toBe(false);
  });
});

const validInputs: fc.Arbitrary<RecruitmentInputs> = fc.record({
  inHousePlaces: fc.integer({ min: 0, max: 2000 }),
  ifaPlaces: fc.integer({ min: 1, max: 2000 }),
  targetInHouseShare: fc.double({ min: 0.01, max: 1, noNaN: true }),
  demandGrowthPerYear: fc.double({ min: -0.5, max: 0.5, noNaN: true }),
  yearsToTarget: fc.integer({ min: 1, max: 50 }),
  placesPerNewHousehold: fc.double({ min: 0.1, max: 4, noNaN: true }),
  placeUtilisation: fc.double({ min: 0.05, max: 1, noNaN: true }),
  deregistrationsPerYear: fc.integer({ min: 0, max: 200 }),
  placesLostPerDeregistration: fc.double({ min: 0, max: 4, noNaN: true }),
  enquiryToApprovalRate: fc.double({ min: 0.01, max: 1, noNaN: true }),
  approvalsPerYearNow: fc.integer({ min: 0, max: 200 }),
  weeklyCostIfa: fc.integer({ min: 0, max: 5000 }),
  weeklyCostInHouse: fc.integer({ min: 0, max: 5000 }),
});

describe('properties', () => {
  it('never yields NaN, Infinity or -0 anywhere for valid inputs', () => {
    fc.assert(
      fc.property(validInputs, (inputs) => {
        const result = planRecruitment(inputs);
        expect(result.ok).toBe(true);
        for (const n of allNumbers(result.ok && result.plan)) {
          expect(Number.isFinite(n)).toBe(true);
          expect(Object.is(n, -0)).toBe(false);
        }
      }),
    );
  });

  it('never yields NaN or Infinity for any numbers at all: bad ones become messages', () => {
    const anyNumber = fc.oneof(fc.double(), fc.integer());
    fc.assert(
      fc.property(validInputs, fc.constantFrom(...(Object.keys(D) as (keyof RecruitmentInputs)[])), anyNumber, (inputs, field, value) => {
        const result = planRecruitment({ ...inputs, [field]: value });
        if (result.ok) for (const n of allNumbers(result.plan)) expect(Number.isFinite(n)).toBe(true);
        else expect(Object.keys(result.errors).length).toBeGreaterThan(0);
      }),
    );
  });

  it('a higher target share never needs fewer approvals', () => {
    fc.assert(
      fc.property(validInputs, fc.double({ min: 0.01, max: 1, noNaN: true }), (inputs, other) => {
        const [lo, hi] = [Math.min(inputs.targetInHouseShare, other), Math.max(inputs.targetInHouseShare, other)];
        expect(plan({ ...inputs, targetInHouseShare: hi }).approvalsPerYear).toBeGreaterThanOrEqual(plan({ ...inputs, targetInHouseShare: lo }).approvalsPerYear);
      }),
    );
  });

  it('a higher conversion never needs more enquiries', () => {
    fc.assert(
      fc.property(validInputs, fc.double({ min: 0.01, max: 1, noNaN: true }), (inputs, other) => {
        const [lo, hi] = [Math.min(inputs.enquiryToApprovalRate, other), Math.max(inputs.enquiryToApprovalRate, other)];
        expect(plan({ ...inputs, enquiryToApprovalRate: hi }).enquiriesPerYear).toBeLessThanOrEqual(plan({ ...inputs, enquiryToApprovalRate: lo }).enquiriesPerYear);
      }),
    );
  });

  it('more deregistrations never need fewer approvals', () => {
    fc.assert(
      fc.property(validInputs, fc.integer({ min: 0, max: 200 }), (inputs, other) => {
        const [lo, hi] = [Math.min(inputs.deregistrationsPerYear, other), Math.max(inputs.deregistrationsPerYear, other)];
        expect(plan({ ...inputs, deregistrationsPerYear: hi }).approvalsPerYear).toBeGreaterThanOrEqual(plan({ ...inputs, deregistrationsPerYear: lo }).approvalsPerYear);
      }),
    );
  });

  it('the trajectory covers year 0 to at least year Y and the year the target is reached', () => {
    fc.assert(
      fc.property(validInputs, (inputs) => {
        const p = plan(inputs);
        expect(p.trajectory[0]!.year).toBe(0);
        expect(p.trajectory.at(-1)!.year).toBe(Math.max(inputs.yearsToTarget, p.yearsToTargetAtCurrentRate ?? inputs.yearsToTarget));
      }),
    );
  });
});

describe('limits that keep every figure finite', () => {
  it.each<[keyof RecruitmentInputs, number, string]>([
    ['weeklyCostInHouse', 3.4e306, 'Weekly cost of an in-house place must be 100,000 or less'],
    ['placesPerNewHousehold', 21, 'Places per newly approved household must be 20 or less'],
    ['placesLostPerDeregistration', 25, 'Places lost per household leaving must be 20 or less'],
    ['placesPerNewHousehold', 5e-324, 'Places per newly approved household must be at least 0.1'],
    ['placeUtilisation', 1e-9, 'Share of approved places used must be at least 0.1%'],
    ['enquiryToApprovalRate', 0.0001, 'Enquiries that end in approval must be at least 0.1%'],
  ])('%s = %s is refused', (field, value, message) => {
    expect(planRecruitment({ ...D, [field]: value })).toEqual({ ok: false, errors: { [field]: message } });
  });
});
