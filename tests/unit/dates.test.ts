import { addMonths as fnsAddMonths } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addWeeks,
  ageOn,
  birthday,
  daysBetween,
  dayOfWeek,
  formatDate,
  formatShortDate,
  isIsoDate,
  isWeekend,
  maxDate,
  minDate,
  todayIso,
} from '../../src/domain/dates';

describe('addMonths', () => {
  it('clamps to the last day of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29'); // leap year
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2026-08-31', -2)).toBe('2026-06-30');
  });

  it('keeps the day of the month when it exists, across year ends', () => {
    expect(addMonths('2026-03-27', 8)).toBe('2026-11-27');
    expect(addMonths('2026-06-15', 8)).toBe('2027-02-15');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
  });

  it('gives the same date as date-fns for any date and any number of months', () => {
    const iso = fc.date({ min: new Date(1900, 0, 1), max: new Date(2199, 11, 31), noInvalidDate: true }).map((d) => todayIso(d));
    fc.assert(
      fc.property(iso, fc.integer({ min: -2400, max: 2400 }), (d, n) => {
        const [y, m, day] = d.split('-').map(Number) as [number, number, number];
        expect(addMonths(d, n)).toBe(todayIso(fnsAddMonths(new Date(y, m - 1, day), n)));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('addDays, addWeeks and daysBetween', () => {
  it('crosses month, year and clock-change boundaries by whole days', () => {
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29'); // clocks go forward
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26'); // clocks go back
    expect(addWeeks('2026-01-05', 16)).toBe('2026-04-27');
  });

  it('counts calendar days, negative when the end is earlier', () => {
    expect(daysBetween('2026-03-01', '2026-03-29')).toBe(28);
    expect(daysBetween('2026-03-29', '2026-03-01')).toBe(-28);
    expect(daysBetween('2026-01-01', '2027-01-01')).toBe(365);
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
  });

  it('adding n days is always n days later', () => {
    const iso = fc
      .date({ min: new Date(2000, 0, 1), max: new Date(2040, 11, 31), noInvalidDate: true })
      .map((d) => todayIso(d));
    fc.assert(fc.property(iso, fc.integer({ min: -800, max: 800 }), (d, n) => daysBetween(d, addDays(d, n)) === n));
  });
});

describe('dayOfWeek and isWeekend', () => {
  it('knows the days of a week', () => {
    expect(dayOfWeek('2026-03-27')).toBe(5);
    expect(isWeekend('2026-03-27')).toBe(false);
    expect(isWeekend('2026-03-28')).toBe(true);
    expect(isWeekend('2026-03-29')).toBe(true);
  });
});

describe('ageOn and birthday', () => {
  it('counts an 18th birthday on the day itself', () => {
    expect(ageOn('2008-06-15', '2026-06-14')).toBe(17);
    expect(ageOn('2008-06-15', '2026-06-15')).toBe(18);
    expect(ageOn('2008-06-15', '2026-06-16')).toBe(18);
    expect(birthday('2008-06-15', 18)).toBe('2026-06-15');
  });

  it('counts a 29 February birthday on 28 February in other years, in both functions', () => {
    expect(birthday('2008-02-29', 18)).toBe('2026-02-28');
    expect(ageOn('2008-02-29', '2026-02-27')).toBe(17);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(18);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
    // In a leap year the birthday is on the day.
    expect(birthday('2012-02-29', 16)).toBe('2028-02-29');
    expect(ageOn('2012-02-29', '2028-02-28')).toBe(15);
    expect(ageOn('2012-02-29', '2028-02-29')).toBe(16);
  });

  it('agrees with birthday for every date of birth', () => {
    const anyDay = fc
      .date({ min: new Date(1940, 0, 1), max: new Date(2025, 11, 31), noInvalidDate: true })
      .map((d) => todayIso(d));
    const leapDay = fc.integer({ min: 1940 / 4, max: 2024 / 4 }).map((q) => `${q * 4}-02-29`).filter(isIsoDate);
    const dob = fc.oneof(anyDay, leapDay);
    fc.assert(
      fc.property(dob, fc.integer({ min: 1, max: 80 }), (d, years) => {
        const day = birthday(d, years);
        return ageOn(d, day) === years && ageOn(d, addDays(day, -1)) === years - 1;
      }),
    );
  });
});

describe('isIsoDate', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2026-03-27')).toBe(true);
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-00-10')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
  });

  it('rejects other shapes and types', () => {
    for (const value of ['', '27/03/2026', '2026-3-27', '2026-03-27T00:00:00Z', ' 2026-03-27', 'tomorrow', 20260327, null, undefined]) {
      expect(isIsoDate(value), String(value)).toBe(false);
    }
  });
});

describe('formatDate and formatShortDate', () => {
  it('writes dates the GOV.UK way', () => {
    expect(formatDate('2026-03-27')).toBe('27 March 2026');
    expect(formatDate('2026-01-01')).toBe('1 January 2026');
    expect(formatShortDate('2026-03-27')).toBe('27 Mar 2026');
  });

  it('gives an empty string, not "Invalid Date", for missing or bad dates', () => {
    expect(formatDate(undefined)).toBe('');
    expect(formatDate('2026-02-30')).toBe('');
    expect(formatShortDate('not a date')).toBe('');
  });
});

describe('todayIso, minDate and maxDate', () => {
  it('gives the local calendar date', () => {
    expect(todayIso(new Date(2026, 2, 27, 23, 59))).toBe('2026-03-27');
    expect(todayIso(new Date(2026, 2, 28, 0, 0))).toBe('2026-03-28');
  });

  it('picks the earlier or later date', () => {
    expect(minDate('2026-03-27', '2025-12-31')).toBe('2025-12-31');
    expect(maxDate('2026-03-27', '2025-12-31')).toBe('2026-03-27');
  });
});

describe('days in stage', () => {
  it('counts whole days while the household is on the line, and stops once it has left', async () => {
    const { daysInStage } = await import('../../src/domain/household');
    expect(daysInStage({ state: 'active', stageEnteredOn: '2026-11-01' }, '2026-11-22')).toBe(21);
    expect(daysInStage({ state: 'onHold', stageEnteredOn: '2026-11-22' }, '2026-11-22')).toBe(0);
    expect(daysInStage({ state: 'withdrawn', stageEnteredOn: '2026-01-01' }, '2026-11-22')).toBeUndefined();
    expect(daysInStage({ state: 'active', stageEnteredOn: 'not a date' }, '2026-11-22')).toBeUndefined();
  });
});

describe('real dates only', () => {
  it('refuses a mistyped year outside 1900–2199', async () => {
    const { isIsoDate } = await import('../../src/domain/dates');
    expect(isIsoDate('0201-11-22')).toBe(false);
    expect(isIsoDate('2260-01-01')).toBe(false);
    expect(isIsoDate('1950-06-30')).toBe(true);
  });
});
