import { addDays, dayOfWeek, type IsoDate } from './dates';

/**
 * England and Wales bank holidays for any year, worked out from the rules in force since 1978
 * (the Banking and Financial Dealings Act 1971 and the royal proclamations that followed) plus the
 * one-off changes proclaimed since, so that no year falls back to skipping weekends only.
 */

/** One-off changes by year: holidays moved away from their usual day, and extra holidays. */
interface OneOffChanges {
  readonly moved?: Readonly<Record<IsoDate, IsoDate>>;
  readonly extra?: readonly IsoDate[];
}

const ONE_OFF_CHANGES: Readonly<Record<number, OneOffChanges>> = {
  1981: { extra: ['1981-07-29'] }, // royal wedding
  1995: { moved: { '1995-05-01': '1995-05-08' } }, // early May moved for the 50th anniversary of VE Day
  1999: { extra: ['1999-12-31'] }, // millennium
  2002: { moved: { '2002-05-27': '2002-06-04' }, extra: ['2002-06-03'] }, // Golden Jubilee
  2011: { extra: ['2011-04-29'] }, // royal wedding
  2012: { moved: { '2012-05-28': '2012-06-04' }, extra: ['2012-06-05'] }, // Diamond Jubilee
  2020: { moved: { '2020-05-04': '2020-05-08' } }, // early May moved to VE Day's 75th anniversary
  2022: { moved: { '2022-05-30': '2022-06-02' }, extra: ['2022-06-03', '2022-09-19'] }, // Platinum Jubilee; state funeral
  2023: { extra: ['2023-05-08'] }, // coronation
};

function iso(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
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
  return iso(year, month, day);
}

function firstMonday(year: number, month: number): IsoDate {
  const first = iso(year, month, 1);
  return addDays(first, (8 - dayOfWeek(first)) % 7);
}

function lastMonday(year: number, month: number, daysInMonth: number): IsoDate {
  const last = iso(year, month, daysInMonth);
  return addDays(last, -((dayOfWeek(last) + 6) % 7));
}

/** A Saturday or Sunday holiday is taken on the next day that is neither a weekend nor taken. */
function substitute(day: IsoDate, taken: readonly IsoDate[]): IsoDate {
  let result = day;
  while (dayOfWeek(result) === 0 || dayOfWeek(result) === 6 || taken.includes(result)) result = addDays(result, 1);
  return result;
}

function computeYear(year: number): readonly IsoDate[] {
  const easter = easterSunday(year);
  const newYear = substitute(iso(year, 1, 1), []);
  const christmas = substitute(iso(year, 12, 25), []);
  const boxingDay = substitute(iso(year, 12, 26), [christmas]);
  const byRule = [
    newYear,
    addDays(easter, -2),
    addDays(easter, 1),
    firstMonday(year, 5),
    lastMonday(year, 5, 31),
    lastMonday(year, 8, 31),
    christmas,
    boxingDay,
  ];
  const changes = ONE_OFF_CHANGES[year] ?? {};
  const moved = byRule.map((day) => changes.moved?.[day] ?? day);
  return [...moved, ...(changes.extra ?? [])].sort();
}

const BY_YEAR = new Map<number, { list: readonly IsoDate[]; set: ReadonlySet<IsoDate> }>();

function holidaysOf(year: number) {
  let entry = BY_YEAR.get(year);
  if (!entry) {
    const list = computeYear(year);
    entry = { list, set: new Set(list) };
    BY_YEAR.set(year, entry);
  }
  return entry;
}

/** The year's bank holidays in date order, substitute days in place of weekend ones. */
export function bankHolidaysIn(year: number): readonly IsoDate[] {
  if (!Number.isInteger(year)) throw new RangeError(`Not a year: ${year}`);
  return holidaysOf(year).list;
}

export function isBankHoliday(day: IsoDate): boolean {
  return holidaysOf(Number(day.slice(0, 4))).set.has(day);
}
