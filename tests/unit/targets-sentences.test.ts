import { describe, expect, it } from 'vitest';
import { DEFAULT_RECRUITMENT_INPUTS as D, planRecruitment, type RecruitmentInputs } from '../../src/domain/recruitment';
import { financialYearFromToday, formatMoney, formatShare, planSentences, targetMarchYear, yearFromToday } from '../../src/domain/target-sentences';

function sentences(overrides: Partial<RecruitmentInputs> = {}, today = '2025-11-22'): string {
  const inputs = { ...D, ...overrides };
  const result = planRecruitment(inputs);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return planSentences(inputs, result.plan, today).join(' ');
}

describe('the board-paper sentences', () => {
  it('say the issue’s example exactly with the source documents’ figures', () => {
    expect(sentences()).toBe(
      'To reach 70% in-house by March 2029 the service needs to approve 33 households a year: over the 3 years, 60 to grow and 39 to replace those who leave. ' +
        'At today’s conversion that takes about 209 enquiries a year. ' +
        'At today’s 18 approvals a year, 70% is reached in 2037. ' +
        'Closing the gap saves about £2.9m a year.',
    );
  });

  it('follow the figures: a 60% target in 5 years with 30 approvals a year now', () => {
    expect(sentences({ targetInHouseShare: 0.6, yearsToTarget: 5, approvalsPerYearNow: 30 })).toBe(
      'To reach 60% in-house by March 2031 the service needs to approve 18 households a year: over the 5 years, 25 to grow and 65 to replace those who leave. ' +
        'At today’s conversion that takes about 114 enquiries a year. ' +
        'At today’s 30 approvals a year, 60% is reached in 2027. ' +
        'Closing the gap saves about £1.2m a year.',
    );
  });

  it('say when the target is already met and only leavers need replacing', () => {
    const text = sentences({ inHousePlaces: 400, ifaPlaces: 100 });
    expect(text).toContain('The service already has enough in-house places for 70% by March 2029; it needs to approve 13 households a year to replace those who leave.');
    expect(text).toContain('The in-house share is already 70% or more today.');
    expect(text).not.toContain('Closing the gap');
  });

  it('say when nothing is needed at all', () => {
    expect(sentences({ inHousePlaces: 70, ifaPlaces: 30, deregistrationsPerYear: 0 })).toBe(
      'The service already has enough in-house places for 70% by March 2029, and no households are expected to leave, so no approvals are needed. ' +
        'The in-house share is already 70% or more today.',
    );
  });

  it('say when today’s rate never gets there, and count one approval as one', () => {
    expect(sentences({ approvalsPerYearNow: 1 })).toContain('At today’s 1 approval a year, 70% is not reached within 50 years.');
  });

  it('say what closing the gap costs when an in-house place costs more', () => {
    expect(sentences({ weeklyCostIfa: 300, weeklyCostInHouse: 400 })).toContain(
      'Closing the gap costs about £468,000 a year more, as an in-house place costs more than an agency place here.',
    );
  });

  it('never say NaN, Infinity or -0', () => {
    for (const overrides of [{ weeklyCostIfa: 0, weeklyCostInHouse: 0 }, { inHousePlaces: 0 }, { demandGrowthPerYear: -0.5 }]) {
      expect(sentences(overrides)).not.toMatch(/NaN|Infinity|-0\b/);
    }
  });
});

describe('the years in the sentences', () => {
  it('give the March ending the financial year Y years from today', () => {
    expect(targetMarchYear('2025-11-22', 3)).toBe(2029);
    expect(targetMarchYear('2026-11-22', 3)).toBe(2030);
    // 31 March is still the old financial year; 1 April starts the next.
    expect(targetMarchYear('2026-03-31', 3)).toBe(2029);
    expect(targetMarchYear('2026-04-01', 3)).toBe(2030);
  });

  it('count "reached in" as calendar years from today', () => {
    expect(yearFromToday('2025-11-22', 12)).toBe(2037);
    // The trajectory's rows name the same financial year as "by March": November 2028 is in 2028/29.
    expect(financialYearFromToday('2025-11-22', 3)).toBe('2028/29');
    expect(targetMarchYear('2025-11-22', 3)).toBe(2029);
    expect(financialYearFromToday('2026-02-01', 3)).toBe('2028/29');
    expect(targetMarchYear('2026-02-01', 3)).toBe(2029);
    expect(financialYearFromToday('2026-04-01', 0)).toBe('2026/27');
    expect(yearFromToday('2026-02-01', 12)).toBe(2038);
  });
});

describe('number formats', () => {
  it('round shares to one decimal place', () => {
    expect(formatShare(0.7)).toBe('70%');
    expect(formatShare(18 / 114)).toBe('15.8%');
    expect(formatShare(-0)).toBe('0%');
  });

  it('round money as a board paper does', () => {
    expect(formatMoney(2_864_160)).toBe('£2.9m');
    expect(formatMoney(3_000_000)).toBe('£3m');
    expect(formatMoney(999_600)).toBe('£1m');
    expect(formatMoney(468_312)).toBe('£468,000');
    expect(formatMoney(612)).toBe('£612');
  });
});
