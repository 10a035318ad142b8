import { formatDate, type IsoDate } from './dates';

/**
 * How a hold reads: "On hold until 3 March 2026", or once its return date has come, that the
 * household is still held past it, so nobody reads an ended hold as a current one.
 */
export function holdWords(holdUntil: IsoDate | undefined, today: IsoDate, format: (d: IsoDate) => string = formatDate): string {
  if (!holdUntil) return 'On hold';
  if (holdUntil < today) return `On hold: the return date, ${format(holdUntil)}, has passed`;
  if (holdUntil === today) return `On hold: the return date, ${format(holdUntil)}, is today`;
  return `On hold until ${format(holdUntil)}`;
}
