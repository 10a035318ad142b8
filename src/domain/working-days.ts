import { bankHolidaysIn, isBankHoliday } from './bank-holidays';
import { addDays, dayOfWeek, daysBetween, isWeekend, type IsoDate } from './dates';

/** Monday to Friday and not an England and Wales bank holiday. */
export function isWorkingDay(iso: IsoDate): boolean {
  return !isWeekend(iso) && !isBankHoliday(iso);
}

/**
 * The date `n` working days after (n > 0) or before (n < 0) `iso`. The start day itself never
 * counts, as in "within 5 working days of the enquiry"; n = 0 returns `iso` unchanged.
 */
export function addWorkingDays(iso: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`Working days must be whole: ${n}`);
  const step = n < 0 ? -1 : 1;
  let left = Math.abs(n);
  let day = iso;
  while (left > 0) {
    day = addDays(day, step);
    if (isWorkingDay(day)) left -= 1;
  }
  return day;
}

/**
 * Working days after `from` up to and including `to`; 0 when `to` is not after `from`. Counted by
 * whole weeks and each year's holiday list rather than day by day, so a span of years stays cheap.
 */
export function workingDaysBetween(from: IsoDate, to: IsoDate): number {
  const days = daysBetween(from, to);
  if (days <= 0) return 0;
  let weekdays = Math.floor(days / 7) * 5;
  const start = dayOfWeek(from);
  for (let i = 1; i <= days % 7; i++) {
    const weekday = (start + i) % 7;
    if (weekday !== 0 && weekday !== 6) weekdays += 1;
  }
  let holidays = 0;
  for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
    // Every holiday falls on a weekday: substitutes replace weekend ones.
    for (const day of bankHolidaysIn(year)) if (day > from && day <= to) holidays += 1;
  }
  return weekdays - holidays;
}
