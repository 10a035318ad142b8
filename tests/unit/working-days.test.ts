import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BANK_HOLIDAY_YEARS, ENGLAND_AND_WALES_BANK_HOLIDAYS, isBankHoliday } from '../../src/domain/bank-holidays';
import { addDays, dayOfWeek, isWeekend } from '../../src/domain/dates';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from '../../src/domain/working-days';

/** Easter Sunday by the anonymous Gregorian algorithm, to check the list's Good Fridays and Easter Mondays. */
function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const years = Array.from(
  { length: BANK_HOLIDAY_YEARS.last - BANK_HOLIDAY_YEARS.first + 1 },
  (_, i) => BANK_HOLIDAY_YEARS.first + i,
);

/** Any date from a little before the bank holiday list to a little after it. */
const isoDate = fc
  .date({ min: new Date(2022, 0, 1), max: new Date(2031, 11, 31), noInvalidDate: true })
  .map((d) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`);

describe('England and Wales bank holidays', () => {
  it('lists only weekdays, each once, in date order', () => {
    for (const day of ENGLAND_AND_WALES_BANK_HOLIDAYS) expect(isWeekend(day), day).toBe(false);
    expect(new Set(ENGLAND_AND_WALES_BANK_HOLIDAYS).size).toBe(ENGLAND_AND_WALES_BANK_HOLIDAYS.length);
    expect([...ENGLAND_AND_WALES_BANK_HOLIDAYS].sort()).toEqual(ENGLAND_AND_WALES_BANK_HOLIDAYS);
  });

  it('has eight holidays a year, nine in the coronation year 2023', () => {
    for (const year of years) {
      const count = ENGLAND_AND_WALES_BANK_HOLIDAYS.filter((d) => d.startsWith(`${year}-`)).length;
      expect(count, String(year)).toBe(year === 2023 ? 9 : 8);
    }
  });

  it('moves Christmas, Boxing Day and New Year off weekends', () => {
    expect(isBankHoliday('2026-12-25')).toBe(true);
    expect(isBankHoliday('2026-12-26')).toBe(false); // Saturday
    expect(isBankHoliday('2026-12-28')).toBe(true); // substitute Monday for Boxing Day
    expect(isBankHoliday('2027-12-25')).toBe(false); // Saturday
    expect(isBankHoliday('2027-12-27')).toBe(true);
    expect(isBankHoliday('2027-12-28')).toBe(true);
    expect(isBankHoliday('2028-01-01')).toBe(false); // Saturday
    expect(isBankHoliday('2028-01-03')).toBe(true);
    expect(isBankHoliday('2023-01-02')).toBe(true);
  });

  it('has Good Friday and Easter Monday every year', () => {
    for (const year of years) {
      const easter = easterSunday(year);
      expect(isBankHoliday(addDays(easter, -2)), `Good Friday ${year}`).toBe(true);
      expect(isBankHoliday(addDays(easter, 1)), `Easter Monday ${year}`).toBe(true);
    }
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(isBankHoliday('2026-04-03')).toBe(true);
    expect(isBankHoliday('2026-04-06')).toBe(true);
  });

  it('has the early May, spring and summer Mondays', () => {
    for (const year of years) {
      const mondays = ENGLAND_AND_WALES_BANK_HOLIDAYS.filter(
        (d) => d.startsWith(`${year}-`) && dayOfWeek(d) === 1 && /-(05|08)-/.test(d),
      );
      const lastAugust = mondays.filter((d) => d.slice(5, 7) === '08');
      expect(lastAugust, String(year)).toHaveLength(1);
      expect(addDays(lastAugust[0]!, 7).slice(5, 7), String(year)).toBe('09');
    }
    expect(isBankHoliday('2026-05-04')).toBe(true);
    expect(isBankHoliday('2026-05-25')).toBe(true);
    expect(isBankHoliday('2026-08-31')).toBe(true);
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

  it('skips only weekends outside the listed years', () => {
    expect(isWorkingDay('2031-12-25')).toBe(true); // Thursday, not in the list
    expect(isWorkingDay('2031-12-27')).toBe(false); // Saturday
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

  it('is 0 when the end is not after the start', () => {
    expect(workingDaysBetween('2026-03-23', '2026-03-23')).toBe(0);
    expect(workingDaysBetween('2026-03-27', '2026-03-23')).toBe(0);
    expect(workingDaysBetween('2026-03-27', '2026-03-29')).toBe(0); // just the weekend
  });
});

describe('working-day properties', () => {
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
