/**
 * Plain calendar dates as ISO `YYYY-MM-DD` strings: no time zone, no DST surprises, and they sort
 * as text, so they work as IndexedDB keys. All date arithmetic goes through this file so that
 * Temporal can replace date-fns here alone once Safari ships it.
 */
import { isValid } from 'date-fns';

export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local-midnight Date for an ISO date, for the day of the week and for formatting. */
function toDate(iso: IsoDate): Date {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new RangeError(`Not an ISO date: ${iso}`);
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

const DAY_MS = 86_400_000;

/**
 * The date's midnight in UTC, for counting days: a UTC day is always 24 hours, so adding and
 * counting days needs no time zone. The carer list and Today do this thousands of times a page,
 * and local dates (as date-fns takes them) cost several times as much where there is summer time.
 */
function utcDay(iso: IsoDate): number {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new RangeError(`Not an ISO date: ${iso}`);
  const at = new Date(0);
  at.setUTCFullYear(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return at.getTime();
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

function fromParts(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Built by hand rather than with date-fns' `format`, which would bring its whole token formatter and locale to the first screen. */
function fromDate(date: Date): IsoDate {
  return fromParts(date.getFullYear(), date.getMonth() + 1, date.getDate());
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
  const d = new Date(utcDay(iso) + days * DAY_MS);
  return fromParts(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addWeeks(iso: IsoDate, weeks: number): IsoDate {
  return addDays(iso, weeks * 7);
}

/**
 * Adds calendar months, clamping to the month's last day (31 January + 1 month = 28/29 February),
 * as date-fns' `addMonths` does. Counted on the date's parts, not through local Dates: Today calls
 * it for every household it lists, and 5,000 calls through date-fns took 25 ms the first time.
 */
export function addMonths(iso: IsoDate, months: number): IsoDate {
  const m = ISO_DATE.exec(iso);
  if (!m) throw new RangeError(`Not an ISO date: ${iso}`);
  const monthIndex = Number(m[1]) * 12 + Number(m[2]) - 1 + Math.trunc(months);
  const year = Math.floor(monthIndex / 12);
  const month = monthIndex - year * 12 + 1;
  return fromParts(year, month, Math.min(Number(m[3]), daysInMonth(year, month)));
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((utcDay(to) - utcDay(from)) / DAY_MS);
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
