import { isBankHoliday } from './bank-holidays';
import { addDays, isWeekend, type IsoDate } from './dates';

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

/** Working days after `from` up to and including `to`; 0 when `to` is not after `from`. */
export function workingDaysBetween(from: IsoDate, to: IsoDate): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) {
    if (isWorkingDay(day)) count += 1;
  }
  return count;
}
