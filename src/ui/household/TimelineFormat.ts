import type { Instant } from '../../domain/household';

const DATE_TIME = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short' });

/** "3 March 2026 at 14:05", in the device's time zone: when something was written. */
export function formatInstant(at: Instant): string {
  const d = new Date(at);
  return Number.isNaN(d.getTime()) ? '' : DATE_TIME.format(d);
}

/** Field names whose plain-words form would still read as code. */
const FIELD_WORDS: Record<string, string> = {
  workerId: 'worker',
  assessorId: 'assessor',
  state: 'status',
  lastMoveOn: 'date of the last move',
  outcomeCode: 'withdrawal or closure code',
};

/** Plain words for the field names the audit records: "assessment.stage2StartedOn" → "stage 2 started on". */
export function fieldLabel(field: string): string {
  const last = field.split('.').pop() ?? field;
  return FIELD_WORDS[last] ?? last
    .replace(/([a-z])([A-Z0-9])/g, '$1 $2')
    .replace(/([0-9])([A-Za-z])/g, '$1 $2')
    .toLowerCase();
}
