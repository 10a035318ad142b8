/**
 * A date as typed into the GOV.UK date input: day, month and year in three boxes. A form keeps it
 * as one string, as it kept the old single date box, so its values, its draft and its validation
 * need no change:
 * - `''` when the three boxes are empty;
 * - ISO `yyyy-mm-dd` when they make a real date (as `isIsoDate` judges it);
 * - otherwise the three boxes exactly as typed, as a JSON array (`["31","02","2026"]`). No ISO check
 *   accepts it, so the form's validation refuses it, while the boxes can still show what was typed.
 */
import { isIsoDate } from './dates';

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export type DatePart = keyof DateParts;

const PARTS: DatePart[] = ['day', 'month', 'year'];
const ISO_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const EMPTY: DateParts = { day: '', month: '', year: '' };

const pad = (s: string) => s.padStart(2, '0');

/** The one string a form keeps for the three boxes. */
export function datePartsValue(parts: DateParts): string {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) return '';
  if (/^\d{1,2}$/.test(day) && /^\d{1,2}$/.test(month) && /^\d{4}$/.test(year)) {
    const iso = `${year}-${pad(month)}-${pad(day)}`;
    if (isIsoDate(iso)) return iso;
  }
  return JSON.stringify([parts.day, parts.month, parts.year]);
}

/** The three boxes for a form's value: as typed, or from an ISO date. */
export function dateParts(value: string): DateParts {
  const iso = ISO_SHAPE.exec(value);
  if (iso) return { day: iso[3]!, month: iso[2]!, year: iso[1]! };
  if (!value.startsWith('[')) return EMPTY;
  try {
    const typed: unknown = JSON.parse(value);
    if (Array.isArray(typed) && typed.length === 3 && typed.every((p) => typeof p === 'string')) {
      const [day, month, year] = typed as [string, string, string];
      return { day, month, year };
    }
  } catch {
    // Not parts after all: the boxes start empty, as for any other value they cannot show.
  }
  return EMPTY;
}

function missingParts(parts: DateParts): DatePart[] {
  return PARTS.filter((p) => !parts[p].trim());
}

const inRange = (s: string, low: number, high: number) => /^\d{1,2}$/.test(s) && Number(s) >= low && Number(s) <= high;

const yearTooShort = (year: string) => /^\d{1,3}$/.test(year);

/**
 * Why a date that is not yet a real date is refused, in GOV.UK's words: "Date of birth must
 * include a month", "Year must include 4 numbers", "Date of birth must be a real date". For an
 * empty value the form says "Enter …" itself, as each form words it.
 */
export function notRealDate(value: string, name: string): string {
  const parts = dateParts(value);
  const missing = missingParts(parts);
  if (missing.length > 0 && missing.length < 3) return `${name} must include a ${missing.join(' and ')}`;
  if (yearTooShort(parts.year.trim())) return 'Year must include 4 numbers';
  return `${name} must be a real date`;
}

/**
 * Which boxes a date's error is about, so only those are marked and the error summary goes to
 * the first. A rule about the whole date (empty, in the future, before another date) marks all three.
 */
export function datePartsAtFault(value: string): DatePart[] {
  if (!value || isIsoDate(value)) return PARTS;
  const parts = dateParts(value);
  const missing = missingParts(parts);
  if (missing.length > 0) return missing.length === 3 ? PARTS : missing;
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!/^\d{4}$/.test(year) || Number(year) < 1900 || Number(year) > 2199) return ['year'];
  const wrong = PARTS.filter((p) => (p === 'day' ? !inRange(day, 1, 31) : p === 'month' ? !inRange(month, 1, 12) : false));
  // Each box is possible but not together (31 February): the day is what to change.
  return wrong.length ? wrong : ['day'];
}
