import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bankHolidaysIn, easterSunday, isBankHoliday } from '../../src/domain/bank-holidays';
import { addDays, isWeekend } from '../../src/domain/dates';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from '../../src/domain/working-days';

/** GOV.UK's published England and Wales lists. */
const GOV_UK: Record<number, string[]> = {
  2018: ['2018-01-01', '2018-03-30', '2018-04-02', '2018-05-07', '2018-05-28', '2018-08-27', '2018-12-25', '2018-12-26'],
  2019: ['2019-01-01', '2019-04-19', '2019-04-22', '2019-05-06', '2019-05-27', '2019-08-26', '2019-12-25', '2019-12-26'],
  2020: ['2020-01-01', '2020-04-10', '2020-04-13', '2020-05-08', '2020-05-25', '2020-08-31', '2020-12-25', '2020-12-28'],
  2021: ['2021-01-01', '2021-04-02', '2021-04-05', '2021-05-03', '2021-05-31', '2021-08-30', '2021-12-27', '2021-12-28'],
  2022: ['2022-01-03', '2022-04-15', '2022-04-18', '2022-05-02', '2022-06-02', '2022-06-03', '2022-08-29', '2022-09-19', '2022-12-26', '2022-12-27'],
  2023: ['2023-01-02', '2023-04-07', '2023-04-10', '2023-05-01', '2023-05-08', '2023-05-29', '2023-08-28', '2023-12-25', '2023-12-26'],
  2024: ['2024-01-01', '2024-03-29', '2024-04-01', '2024-05-06', '2024-05-27', '2024-08-26', '2024-12-25', '2024-12-26'],
  2025: ['2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26'],
  2026: ['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28'],
  2027: ['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28'],
};

/** The list this app kept by hand before holidays were worked out by rule; the rule must match it. */
const EARLIER_LIST: Record<number, string[]> = {
  2028: ['2028-01-03', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29', '2028-08-28', '2028-12-25', '2028-12-26'],
  2029: ['2029-01-01', '2029-03-30', '2029-04-02', '2029-05-07', '2029-05-28', '2029-08-27', '2029-12-25', '2029-12-26'],
  2030: ['2030-01-01', '2030-04-19', '2030-04-22', '2030-05-06', '2030-05-27', '2030-08-26', '2030-12-25', '2030-12-26'],
};

const toIso = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** Any date from 2000 to 2100. */
const isoDate = fc.date({ min: new Date(2000, 0, 1), max: new Date(2100, 11, 31), noInvalidDate: true }).map(toIso);

/** The plain reference: walk one day at a time. */
function countDayByDay(from: string, to: string): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
    if (!isWeekend(day) && !isBankHoliday(day)) count += 1;
  }
  return count;
}

describe('England and Wales bank holidays', () => {
  it('match GOV.UK\'s published lists for 2018 to 2027, one-off changes included', () => {
    for (const [year, days] of Object.entries(GOV_UK)) expect(bankHolidaysIn(Number(year)), year).toEqual(days);
  });

  it('match the list kept by hand for 2028 to 2030', () => {
    for (const [year, days] of Object.entries(EARLIER_LIST)) expect(bankHolidaysIn(Number(year)), year).toEqual(days);
  });

  it('move and add holidays in the jubilee and royal years since 2000', () => {
    expect(bankHolidaysIn(2002)).toContain('2002-06-03');
    expect(bankHolidaysIn(2002)).toContain('2002-06-04');
    expect(isBankHoliday('2002-05-27')).toBe(false);
    expect(isBankHoliday('2011-04-29')).toBe(true);
    expect(bankHolidaysIn(2011)).toHaveLength(9);
    expect(isBankHoliday('2012-05-28')).toBe(false);
    expect(isBankHoliday('2012-06-04')).toBe(true);
    expect(isBankHoliday('2012-06-05')).toBe(true);
    expect(isBankHoliday('2020-05-04')).toBe(false);
    expect(isBankHoliday('2022-05-30')).toBe(false);
  });

  it('has eight weekday holidays in every ordinary year, each once, in date order', () => {
    const special = new Set([2002, 2011, 2012, 2022, 2023]);
    for (let year = 2000; year <= 2100; year++) {
      const days = bankHolidaysIn(year);
      for (const day of days) expect(isWeekend(day), day).toBe(false);
      expect(new Set(days).size, String(year)).toBe(days.length);
      expect([...days].sort(), String(year)).toEqual(days);
      if (!special.has(year)) expect(days, String(year)).toHaveLength(8);
    }
  });

  it('has Good Friday and Easter Monday around Easter Sunday', () => {
    expect(easterSunday(2000)).toBe('2000-04-23');
    expect(easterSunday(2038)).toBe('2038-04-25'); // the latest Easter can fall
    expect(easterSunday(2285)).toBe('2285-03-22'); // the earliest
    expect(isBankHoliday('2038-04-23')).toBe(true);
    expect(isBankHoliday('2038-04-26')).toBe(true);
  });

  it('moves Christmas, Boxing Day and New Year off weekends', () => {
    expect(bankHolidaysIn(2032).filter((d) => d >= '2032-12-01')).toEqual(['2032-12-27', '2032-12-28']); // Saturday Christmas
    expect(bankHolidaysIn(2033).filter((d) => d >= '2033-12-01')).toEqual(['2033-12-26', '2033-12-27']); // Sunday Christmas
    expect(bankHolidaysIn(2037).filter((d) => d >= '2037-12-01')).toEqual(['2037-12-25', '2037-12-28']); // Friday Christmas
    expect(bankHolidaysIn(2033)[0]).toBe('2033-01-03'); // Saturday New Year
  });

  it('works out a year far from today rather than skipping only weekends', () => {
    expect(isBankHoliday('2099-12-25')).toBe(true);
    expect(isBankHoliday('2031-12-25')).toBe(true);
    expect(isBankHoliday('2150-08-31')).toBe(true); // last Monday of August
  });
});

describe('isWorkingDay', () => {
  it('is Monday to Friday apart from bank holidays', () => {
    expect(isWorkingDay('2026-03-27')).toBe(true); // Friday
    expect(isWorkingDay('2026-03-28')).toBe(false); // Saturday
    expect(isWorkingDay('2026-03-29')).toBe(false); // Sunday
    expect(isWorkingDay('2026-03-30')).toBe(true); // Monday
    expect(isWorkingDay('2026-04-03')).toBe(false); // Good Friday
    expect(isWorkingDay('2026-12-28')).toBe(false); // Boxing Day substitute
  });

  it('skips bank holidays in any year', () => {
    expect(isWorkingDay('2031-12-25')).toBe(false); // Christmas Day, a Thursday
    expect(isWorkingDay('2019-04-22')).toBe(false); // Easter Monday
    expect(isWorkingDay('2019-04-23')).toBe(true);
  });
});

describe('addWorkingDays', () => {
  it('leaves the date alone for n = 0, even on a weekend', () => {
    expect(addWorkingDays('2026-03-28', 0)).toBe('2026-03-28');
    expect(addWorkingDays('2026-03-25', 0)).toBe('2026-03-25');
  });

  it('counts forward within a week and across a weekend', () => {
    expect(addWorkingDays('2026-03-23', 1)).toBe('2026-03-24'); // Monday → Tuesday
    expect(addWorkingDays('2026-03-20', 1)).toBe('2026-03-23'); // Friday → Monday
    expect(addWorkingDays('2026-03-21', 1)).toBe('2026-03-23'); // Saturday → Monday
    expect(addWorkingDays('2026-03-18', 5)).toBe('2026-03-25'); // Wednesday → next Wednesday
  });

  it('skips bank holidays', () => {
    expect(addWorkingDays('2026-04-02', 1)).toBe('2026-04-07'); // Thursday before Easter → Tuesday after
    expect(addWorkingDays('2026-08-28', 1)).toBe('2026-09-01'); // Friday before the August bank holiday
    expect(addWorkingDays('2026-12-24', 1)).toBe('2026-12-29');
    expect(addWorkingDays('2027-12-24', 1)).toBe('2027-12-29');
    expect(addWorkingDays('2027-12-31', 1)).toBe('2028-01-04');
  });

  it('crosses month and year ends', () => {
    expect(addWorkingDays('2026-01-30', 1)).toBe('2026-02-02');
    expect(addWorkingDays('2026-02-27', 2)).toBe('2026-03-03');
    expect(addWorkingDays('2026-12-30', 1)).toBe('2026-12-31');
    expect(addWorkingDays('2026-12-31', 1)).toBe('2027-01-04'); // New Year's Day, then a weekend
    expect(addWorkingDays('2025-12-22', 10)).toBe('2026-01-08');
  });

  it('counts backwards for negative n, as for panel papers 5 working days before panel', () => {
    expect(addWorkingDays('2026-03-18', -5)).toBe('2026-03-11'); // Wednesday → previous Wednesday
    expect(addWorkingDays('2026-03-23', -1)).toBe('2026-03-20'); // Monday → Friday
    expect(addWorkingDays('2026-04-08', -5)).toBe('2026-03-30'); // skips Easter Monday and Good Friday
    expect(addWorkingDays('2027-01-05', -3)).toBe('2026-12-30'); // back over New Year and Boxing Day substitute
  });

  it('refuses a fractional number of days', () => {
    expect(() => addWorkingDays('2026-03-18', 1.5)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-03-18', Number.NaN)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('counts working days after the start up to and including the end', () => {
    expect(workingDaysBetween('2026-03-23', '2026-03-27')).toBe(4);
    expect(workingDaysBetween('2026-03-20', '2026-03-23')).toBe(1);
    expect(workingDaysBetween('2026-04-02', '2026-04-07')).toBe(1);
    expect(workingDaysBetween('2026-12-24', '2027-01-04')).toBe(4); // 29, 30, 31 December and 4 January
  });

  it('counts across leap days, month ends and years with one-off holidays', () => {
    expect(workingDaysBetween('2024-02-27', '2024-03-01')).toBe(3); // 28, 29 February and 1 March
    expect(workingDaysBetween('2023-02-27', '2023-03-01')).toBe(2); // no 29 February
    expect(addWorkingDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addWorkingDays('2100-02-26', 2)).toBe('2100-03-02'); // 2100 is not a leap year
    expect(addWorkingDays('2022-05-31', 1)).toBe('2022-06-01');
    expect(addWorkingDays('2022-06-01', 1)).toBe('2022-06-06'); // over the Platinum Jubilee
    expect(workingDaysBetween('2019-12-31', '2020-12-31')).toBe(254); // 262 weekdays in leap 2020, less 8 holidays
    expect(workingDaysBetween('2000-01-01', '2099-12-31')).toBe(countDayByDay('2000-01-01', '2099-12-31'));
  });

  it('is 0 when the end is not after the start', () => {
    expect(workingDaysBetween('2026-03-23', '2026-03-23')).toBe(0);
    expect(workingDaysBetween('2026-03-27', '2026-03-23')).toBe(0);
    expect(workingDaysBetween('2026-03-27', '2026-03-29')).toBe(0); // just the weekend
  });
});

describe('working-day properties, 2000 to 2100', () => {
  it('workingDaysBetween agrees with a day-by-day count', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -800, max: 800 }), (d, span) => {
        const other = addDays(d, span);
        return workingDaysBetween(d, other) === countDayByDay(d, other);
      }),
    );
  });

  it('addWorkingDays lands on the working day a day-by-day count reaches, forwards and backwards', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -120, max: 120 }).filter((x) => x !== 0), (d, k) => {
        const result = addWorkingDays(d, k);
        if (!isWorkingDay(result)) return false;
        if (k > 0) return countDayByDay(d, result) === k;
        // Backwards: |k| - 1 working days lie strictly between, and the count runs up to and including the start.
        return countDayByDay(result, d) === -k - 1 + (isWorkingDay(d) ? 1 : 0);
      }),
    );
  });

  const n = fc.integer({ min: -60, max: 60 }).filter((x) => x !== 0);

  it('always lands on a working day for n ≠ 0', () => {
    fc.assert(fc.property(isoDate, n, (d, k) => isWorkingDay(addWorkingDays(d, k))));
  });

  it('lands strictly after the start for n > 0 and strictly before it for n < 0', () => {
    fc.assert(
      fc.property(isoDate, n, (d, k) => {
        const result = addWorkingDays(d, k);
        return k > 0 ? result > d : result < d;
      }),
    );
  });

  it('counts back to n: workingDaysBetween(d, addWorkingDays(d, n)) === n', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: 60 }), (d, k) => workingDaysBetween(d, addWorkingDays(d, k)) === k),
    );
  });

  it('counts back from a working day for n < 0', () => {
    fc.assert(
      fc.property(isoDate.filter(isWorkingDay), fc.integer({ min: 1, max: 60 }), (d, k) => {
        return workingDaysBetween(addWorkingDays(d, -k), d) === k;
      }),
    );
  });

  it('never skips a working day: going one working day on and back returns to the same working day', () => {
    fc.assert(
      fc.property(isoDate.filter(isWorkingDay), (d) => addWorkingDays(addWorkingDays(d, 1), -1) === d),
    );
  });
});
