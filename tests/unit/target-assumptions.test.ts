import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { needsByCategory, validateNeeds } from '../../src/domain/need-categories';
import { parseNeedsForm, needsForm } from '../../src/domain/need-categories-form';
import { median, ownFigures } from '../../src/domain/own-figures';
import { DEFAULT_RECRUITMENT_INPUTS as D, planRecruitment } from '../../src/domain/recruitment';
import {
  DEFAULT_ASSUMPTIONS,
  placesPerHousehold,
  recruitmentInputsFor,
  requiredLineWithLeadTime,
  sensitivity,
  validateAssumptions,
  withAssumptions,
} from '../../src/domain/target-assumptions';

const plan = (inputs = D) => {
  const result = planRecruitment(inputs);
  if (!result.ok) throw new Error('no plan');
  return result.plan;
};

describe('kinship placements in or out of the in-house share', () => {
  it('leaves the results unchanged with the switch off', () => {
    expect(recruitmentInputsFor(withAssumptions(D))).toEqual(D);
    expect(plan(recruitmentInputsFor(withAssumptions(D))).approvalsPerYear).toBe(33);
  });

  it('takes the kinship placements out of H with the switch on, so more households are needed', () => {
    const inputs = recruitmentInputsFor({ ...withAssumptions(D), leaveOutKinship: true });
    expect(inputs.inHousePlaces).toBe(142);
    // 70% of 142 + 250 = 392 is 275 places; 133 to add.
    expect(plan(inputs).targetInHousePlaces).toBe(275);
    expect(plan(inputs).gapPlaces).toBe(133);
    expect(plan(inputs).approvalsPerYear).toBe(43);
  });

  it('refuses more kinship placements than in-house ones only when they are taken out', () => {
    const inputs = { ...withAssumptions(D), inHousePlaces: 100 };
    expect(validateAssumptions(inputs)).toEqual({});
    expect(validateAssumptions({ ...inputs, leaveOutKinship: true }).kinshipPlaces).toBe(
      'Children with kinship carers cannot be more than the 100 children in in-house placements',
    );
    expect(validateAssumptions({ ...withAssumptions(D), ifaPlaces: 0, kinshipPlaces: 284, leaveOutKinship: true }).kinshipPlaces).toMatch(
      /leaves no placements/,
    );
    expect(validateAssumptions({ ...withAssumptions(D), leadTimeMonths: -1 }).leadTimeMonths).toBe('Time from enquiry to approval must be from 0 to 60 months');
  });

  it('gives old scenarios the defaults', () => {
    expect(withAssumptions(D)).toMatchObject(DEFAULT_ASSUMPTIONS);
  });
});

describe('places per household', () => {
  it('warns with the defaults: 1.5 assumed per new household against 0.81 today', () => {
    const places = placesPerHousehold(D);
    expect(places.today).toBeCloseTo(0.811, 3);
    expect(places.perNewHousehold).toBe(1.5);
    expect(places.newAboveToday).toBe(true);
  });

  it('does not warn when new households fill what today’s do, or less', () => {
    expect(placesPerHousehold({ ...D, placesPerNewHousehold: 1, placeUtilisation: 0.5, placesLostPerDeregistration: 0.5 }).newAboveToday).toBe(false);
    expect(placesPerHousehold({ ...D, placeUtilisation: 0.5 }).newAboveToday).toBe(false);
  });
});

describe('sensitivity', () => {
  it('gives approvals and enquiries 2 points either side and with places like today’s', () => {
    const rows = sensitivity(D);
    expect(rows.map((r) => r.case)).toEqual(['lowerConversion', 'asEntered', 'higherConversion', 'placesLikeToday']);
    expect(rows[1]!.result).toEqual({ approvalsPerYear: 33, enquiriesPerYear: 209 });
    // 33 approvals at 13.8% and 17.8%.
    expect(rows[0]!.result).toEqual({ approvalsPerYear: 33, enquiriesPerYear: Math.ceil(33 / (18 / 114 - 0.02)) });
    expect(rows[2]!.result).toEqual({ approvalsPerYear: 33, enquiriesPerYear: Math.ceil(33 / (18 / 114 + 0.02)) });
    // c × u = 142/175: (90 + 24 × 142/175 × 3) / (142/175 × 3) = 60.97…
    expect(rows[3]!.result).toEqual({ approvalsPerYear: 61, enquiriesPerYear: 387 });
  });

  it('says when a case cannot be worked out rather than showing a bad number', () => {
    const rows = sensitivity({ ...D, enquiryToApprovalRate: 0.01, placesLostPerDeregistration: 0 });
    expect(rows[0]!.result).toEqual({ unavailable: 'Conversion would be too low to plan with' });
    expect(rows[3]!.result).toEqual({ unavailable: 'Today’s households fill too few places each to plan with' });
    expect(sensitivity({ ...D, enquiryToApprovalRate: 0.99 })[2]!.result).toEqual({ unavailable: 'Conversion would be over 100%' });
  });
});

describe('lead time', () => {
  it('with no lead time, is the required line exactly', () => {
    const p = plan();
    expect(requiredLineWithLeadTime(D, p, 0)).toEqual(p.requiredTrajectory.slice(0, D.yearsToTarget + 1));
  });

  it('keeps today’s rate until the lead time is over, then the required rate', () => {
    const p = plan();
    const atToday = p.trajectory;
    const delayed = requiredLineWithLeadTime(D, p, 12);
    expect(delayed[1]!.inHousePlaces).toBeCloseTo(atToday[1]!.inHousePlaces, 9);
    // Year 2 adds the required rate's places in full.
    const step = p.approvalsPerYear * D.placesPerNewHousehold - D.deregistrationsPerYear * D.placesLostPerDeregistration;
    expect(delayed[2]!.inHousePlaces - delayed[1]!.inHousePlaces).toBeCloseTo(step, 9);
    // 9 months: a quarter of year 1's extra approvals.
    const nine = requiredLineWithLeadTime(D, p, 9);
    expect(nine[1]!.inHousePlaces - atToday[1]!.inHousePlaces).toBeCloseTo((p.approvalsPerYear - 18) * 1.5 * 0.25, 9);
  });

  it('never reaches further than the plan without a lead time when more approvals are needed', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 60, noNaN: true }), fc.integer({ min: 1, max: 10 }), (months, years) => {
        const inputs = { ...D, yearsToTarget: years };
        const p = plan(inputs);
        const delayed = requiredLineWithLeadTime(inputs, p, months).at(-1)!;
        return delayed.inHousePlaces <= p.requiredTrajectory[years]!.inHousePlaces + 1e-9;
      }),
    );
  });
});

describe('households by need', () => {
  it('works each category out on its own placements, with its part of the leavers', () => {
    const [uasc] = needsByCategory(D, { unaccompaniedUnder16: { inHouse: 3, agency: 10 } });
    // 70% of 13 is 9.1, so 10 places; 7 to add; leavers take 24 × 142/175 × 3 × 3/284 places.
    expect(uasc).toMatchObject({ category: 'unaccompaniedUnder16', targetPlaces: 10, gapPlaces: 7 });
    const lost = (24 * (142 / 175) * 3 * 3) / 284;
    expect(uasc!.lostPlaces).toBeCloseTo(lost, 9);
    expect(uasc!.householdsPerYear).toBe(Math.ceil((7 + lost) / 4.5));
  });

  it('leaves out categories with no figures, and a category holding every placement needs what the whole service does', () => {
    expect(needsByCategory(D, {})).toEqual([]);
    expect(needsByCategory(D, { teenagers: { inHouse: 284, agency: 250 } })[0]!.householdsPerYear).toBe(33);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 284 }), fc.integer({ min: 0, max: 250 }), (inHouse, agency) => {
        const [need] = needsByCategory(D, { teenagers: { inHouse, agency } });
        return Number.isInteger(need!.householdsPerYear) && need!.householdsPerYear >= 0;
      }),
    );
  });

  it('checks each category against the placements counted', () => {
    expect(validateNeeds({ teenagers: { inHouse: 300, agency: 10 } }, 284, 250)).toEqual({
      'teenagers.inHouse': 'Teenagers: in-house placements cannot be more than the 284 in-house placements counted',
    });
  });

  it('reads the fields: both blank leaves a category out, one blank or a word is a message', () => {
    const form = needsForm({});
    expect(parseNeedsForm(form, 284, 250)).toEqual({ ok: true, needs: {} });
    form.siblingGroups = { inHouse: '12', agency: '' };
    form.teenagers = { inHouse: 'many', agency: '-4' };
    form.parentAndChild = { inHouse: '2', agency: '5' };
    expect(parseNeedsForm(form, 284, 250)).toEqual({
      ok: false,
      errors: {
        'siblingGroups.agency': 'Enter the agency placements for sibling groups too, or leave both blank',
        'teenagers.inHouse': 'Teenagers: in-house placements must be a number, like 12',
        'teenagers.agency': 'Teenagers: agency placements must be 0 or more',
      },
    });
    expect(parseNeedsForm(needsForm({ parentAndChild: { inHouse: 2, agency: 5 } }), 284, 250)).toEqual({
      ok: true,
      needs: { parentAndChild: { inHouse: 2, agency: 5 } },
    });
  });
});

describe('own figures: lead time and kinship counted apart', () => {
  const records = { approvals: 6, kinshipApprovals: 2, approvalsWithTerms: 0, placesApproved: 0, enquiries: 40 };

  it('takes the median days from enquiry to approval of mainstream households', () => {
    const figure = ownFigures({ ...records, daysToApproval: [200, 250, 300, 310, 400, 1000] }).leadTimeMonths;
    expect(figure).toMatchObject({ source: 'records', basis: expect.stringContaining('305 days from enquiry to approval') });
    expect(figure.source === 'records' && figure.value).toBeCloseTo(305 / (365.25 / 12), 9);
    expect(median([3, 1, 2])).toBe(2);
  });

  it('keeps 9 months with too few approvals, and says connected-person approvals are counted apart', () => {
    const figures = ownFigures({ ...records, daysToApproval: [200, 250] });
    expect(figures.leadTimeMonths).toMatchObject({ source: 'default', reason: expect.stringContaining('the default of 9 months is kept') });
    expect(figures.approvalsPerYearNow).toMatchObject({
      basis: '6 mainstream households approved in the last 12 months. 2 connected-person households approved as well, counted apart.',
    });
  });
});
