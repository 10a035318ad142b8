import type { Instant } from '../../domain/household';

const DATE_TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' });

/** "3 March 2026 at 14:05", in the device's time zone: when something was written. */
export function formatInstant(at: Instant): string {
  const d = new Date(at);
  return Number.isNaN(d.getTime()) ? '' : DATE_TIME.format(d);
}
