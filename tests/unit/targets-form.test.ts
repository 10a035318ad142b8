import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TARGET_NUMBERS as D, formatInput, parseTargetsForm, targetsForm, validateScenarioName, type TargetsForm } from '../../src/domain/targets-form';

function withText(changes: Partial<Record<keyof TargetsForm, string>>): TargetsForm {
  const form = targetsForm(D);
  for (const [key, text] of Object.entries(changes)) form[key as keyof TargetsForm] = { ...form[key as keyof TargetsForm], text: text! };
  return form;
}

describe('the targets form', () => {
  it('shows shares as percentages and keeps exact figures behind rounded text', () => {
    const form = targetsForm(D);
    expect(form.targetInHouseShare.text).toBe('70');
    expect(form.enquiryToApprovalRate.text).toBe('15.8');
    expect(form.placesLostPerDeregistration.text).toBe('0.81');
    expect(parseTargetsForm(form)).toEqual({ ok: true, inputs: D });
  });

  it('reads typed percentages, commas and pound signs', () => {
    const result = parseTargetsForm(withText({ targetInHouseShare: '65%', enquiryToApprovalRate: '12.5', weeklyCostIfa: '£1,050', demandGrowthPerYear: '-2' }));
    expect(result).toEqual({
      ok: true,
      inputs: { ...D, targetInHouseShare: 0.65, enquiryToApprovalRate: 0.125, weeklyCostIfa: 1050, demandGrowthPerYear: -0.02 },
    });
  });

  it('turns blanks and words into messages for their fields, never numbers', () => {
    const result = parseTargetsForm(withText({ inHousePlaces: '', targetInHouseShare: 'abc', yearsToTarget: 'Infinity', ifaPlaces: '1e3' }));
    expect(result).toEqual({
      ok: false,
      errors: {
        inHousePlaces: 'Enter the number of children in in-house placements',
        targetInHouseShare: 'Target in-house share must be a number, like 70',
        yearsToTarget: 'Years to reach the target must be a number, like 3',
        ifaPlaces: 'Children in agency placements must be a number, like 250',
      },
    });
  });

  it('passes on the calculator’s own checks', () => {
    expect(parseTargetsForm(withText({ enquiryToApprovalRate: ' ', weeklyCostIfa: '' }))).toEqual({
      ok: false,
      errors: { enquiryToApprovalRate: 'Enter the share of enquiries that end in approval', weeklyCostIfa: 'Enter the weekly cost of an agency place' },
    });
    expect(parseTargetsForm(withText({ targetInHouseShare: '120', yearsToTarget: '0' }))).toEqual({
      ok: false,
      errors: {
        targetInHouseShare: 'Target in-house share must be more than 0% and no more than 100%',
        yearsToTarget: 'Years to reach the target must be a whole number from 1 to 50',
      },
    });
  });

  it('writes figures back without -0 or long fractions', () => {
    expect(formatInput('demandGrowthPerYear', -0)).toBe('0');
    expect(formatInput('placesPerNewHousehold', 27 / 18)).toBe('1.5');
    expect(formatInput('targetInHouseShare', 0.7)).toBe('70');
  });
});

describe('a scenario’s name', () => {
  it('is required, tidied and at most 80 characters', () => {
    expect(validateScenarioName('  ')).toEqual({ ok: false, error: 'Enter a name for this scenario' });
    expect(validateScenarioName('x'.repeat(81))).toEqual({ ok: false, error: 'Scenario name must be 80 characters or fewer' });
    expect(validateScenarioName('  70%   by 2029 ')).toEqual({ ok: true, name: '70% by 2029' });
    expect(validateScenarioName('x'.repeat(80)).ok).toBe(true);
  });
});
