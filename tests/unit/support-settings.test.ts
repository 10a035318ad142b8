import { describe, expect, it } from 'vitest';
import { moved, programmeInUse, tierInputFrom, tierInUse, validateProgramme, validateTierSetting } from '../../src/domain/support/support-settings';
import { DEFAULT_TIERS } from '../../src/domain/support/tiers';

describe('a tier as typed', () => {
  it('reads back what it was typed from', () => {
    const { id: _, ...tier } = DEFAULT_TIERS[2]!;
    expect(validateTierSetting(tierInputFrom(DEFAULT_TIERS[2]!), [])).toEqual({ ok: true, value: tier });
  });

  it('says beside each field what is wrong, with no NaN', () => {
    const result = validateTierSetting(
      { name: 'tier 1:  CORE', qualifies: '', supervisionEvery: '0', supervisionUnit: 'weeks', respiteNightsAYear: 'lots', trainingRequired: '', trainingHoursAYear: '7.5', feeElementWeekly: '-5' },
      ['Tier 1: core'],
    );
    expect(result.ok ? {} : result.errors).toEqual({
      name: 'Another tier is called tier 1:  CORE: give this one a different name',
      qualifies: 'Enter what qualifies a household for this tier',
      supervisionEvery: 'Supervision must be every 1 to 12 weeks, as a whole number',
      respiteNightsAYear: 'Respite nights a year must be a whole number from 0 to 365',
      trainingRequired: 'Enter the training the tier requires',
      trainingHoursAYear: 'Training hours a year must be a whole number from 1 to 200, or left blank',
      feeElementWeekly: 'The fee element must be an amount in pounds from 0 to 5000, like 150 or 150.50',
    });
  });

  it('asks for no yearly training hours when the box is left blank, and keeps hours typed', () => {
    const blank = validateTierSetting({ ...tierInputFrom(DEFAULT_TIERS[1]!), trainingHoursAYear: '  ' }, []);
    expect(blank.ok && 'trainingHoursAYear' in blank.value).toBe(false);
    const typed = validateTierSetting({ ...tierInputFrom(DEFAULT_TIERS[0]!), trainingHoursAYear: ' 12 ' }, []);
    expect(typed.ok && typed.value.trainingHoursAYear).toBe(12);
  });

  it('takes a fee in pounds and pence, with or without the pound sign', () => {
    const result = validateTierSetting({ ...tierInputFrom(DEFAULT_TIERS[0]!), feeElementWeekly: '£1,250.50' }, []);
    expect(result.ok && result.value.feeElementWeekly).toBe(1250.5);
  });

  it('cannot be removed while a household is on it or a tier history names it', () => {
    expect(tierInUse('tier2', [{ tierId: 'tier2' }, { tierId: 'tier2' }, {}], [])).toBe('2 households are on this tier');
    expect(tierInUse('tier2', [{ tierId: 'tier1' }], [{ tierId: 'tier1', fromTierId: 'tier2' }])).toBe('households’ tier histories name it');
    expect(tierInUse('tier2', [{ tierId: 'tier1' }], [{ tierId: 'tier1' }])).toBeUndefined();
  });
});

describe('a KEEP programme as typed', () => {
  it('needs an age range that runs forwards', () => {
    const result = validateProgramme({ name: 'KEEP Teen', agesFrom: '12', agesTo: '10', sessions: '16', minutesPerSession: '90' }, ['KEEP P']);
    expect(result.ok ? {} : result.errors).toEqual({ agesTo: 'The oldest age must be 12 or more: the youngest age is 12' });
    expect(validateProgramme({ name: 'KEEP Teen', agesFrom: '12', agesTo: '17', sessions: '16', minutesPerSession: '90' }, [])).toEqual({
      ok: true,
      value: { name: 'KEEP Teen', agesFrom: 12, agesTo: 17, sessions: 16, minutesPerSession: 90 },
    });
  });

  it('cannot be removed while a group runs it', () => {
    expect(programmeInUse('keepP', [{ programmeId: 'keepP' }])).toBe('1 KEEP group runs this programme');
    expect(programmeInUse('keepP', [{ programmeId: 'keepSafe' }])).toBeUndefined();
  });
});

describe('the order of a list', () => {
  it('moves an item one place, and not past either end', () => {
    expect(moved(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});
