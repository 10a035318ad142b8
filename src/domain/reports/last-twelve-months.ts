import { addDays, addMonths, type IsoDate } from '../dates';
import type { Period } from './financial-year';

/**
 * "The last 12 months" everywhere in the app: from the day after the same date last year to today,
 * both included, so a year of dates is counted once and never 12 months and a day. On 29 February
 * the same date last year is 28 February, so the window starts on 1 March.
 */
export function lastTwelveMonths(today: IsoDate): Period {
  return { label: 'the last 12 months', from: addDays(addMonths(today, -12), 1), to: today };
}
