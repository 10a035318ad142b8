/**
 * Plain calendar dates as ISO `YYYY-MM-DD` strings: no time zone, no DST surprises, and they sort
 * as text, so they work as IndexedDB keys. All date arithmetic goes through this file so that
 * Temporal can replace date-fns here alone once Safari ships it.
 */
import {
  addDays as fnsAddDays,
  addMonths as fnsAddMonths,
  differenceInCalendarDays,
  isValid,
} from 'date-fns';

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local-midnight Date for an ISO date; month-end clamping in date-fns relies on local dates. */
function toDate(iso: IsoDate): Date {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new RangeError(`Not an ISO date: ${iso}`);
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/** Built by hand rather than with date-fns' `format`, which would bring its whole token formatter and locale to the first screen. */
function fromDate(date: Date): IsoDate {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/**
 * A real calendar date between 1900 and 2199: wide enough for any date of birth or plan, narrow
 * enough that a mistyped year such as 0201 is refused rather than counted as 665,000 days ago.
 */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m || Number(m[1]) < 1900 || Number(m[1]) > 2199) return false;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return isValid(d) && d.getFullYear() === Number(m[1]) && d.getMonth() === Number(m[2]) - 1 && d.getDate() === Number(m[3]);
}

export function todayIso(now: Date = new Date()): IsoDate {
  return fromDate(now);
}

export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromDate(fnsAddDays(toDate(iso), days));
}

export function addWeeks(iso: IsoDate, weeks: number): IsoDate {
  return addDays(iso, weeks * 7);
}

/** Adds calendar months, clamping to the month's last day (31 January + 1 month = 28/29 February). */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  return fromDate(fnsAddMonths(toDate(iso), months));
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(toDate(to), toDate(from));
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(iso: IsoDate): number {
  return toDate(iso).getDay();
}

export function isWeekend(iso: IsoDate): boolean {
  const d = dayOfWeek(iso);
  return d === 0 || d === 6;
}

/**
 * Whole years between a date of birth and a date (an 18th birthday counts on the day). A 29 February
 * birthday counts on 28 February in other years, as `birthday` does, so adult checks start the same day.
 */
export function ageOn(dateOfBirth: IsoDate, on: IsoDate): number {
  const [by, bm, bd] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  const birthdayDay = bm === 2 && bd === 29 && !isLeapYear(y) ? 28 : bd;
  return y - by - (m < bm || (m === bm && d < birthdayDay) ? 1 : 0);
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The day someone turns `years` old; a 29 February birthday counts on 28 February. */
export function birthday(dateOfBirth: IsoDate, years: number): IsoDate {
  return addMonths(dateOfBirth, years * 12);
}

const LONG = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
const SHORT = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

/** "27 March 2026", GOV.UK style. */
export function formatDate(iso: IsoDate | undefined): string {
  return iso && isIsoDate(iso) ? LONG.format(toDate(iso)) : '';
}

/** "27 Mar 2026", for tables and cards. */
export function formatShortDate(iso: IsoDate | undefined): string {
  return iso && isIsoDate(iso) ? SHORT.format(toDate(iso)) : '';
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}
