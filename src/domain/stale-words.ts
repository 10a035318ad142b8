/**
 * The words of a refused save: which fields changed since the form was opened, by whom and when.
 * Apart from the words for values (change-words.ts), so the repositories that refuse a stale save
 * need no date formatting on the first screen.
 */
import type { Instant } from './household';

/** Field names whose plain-words form would still read as code. */
const FIELD_WORDS: Record<string, string> = {
  workerId: 'worker',
  assessorId: 'assessor',
  state: 'status',
  lastMoveOn: 'date of the last move',
  outcomeCode: 'withdrawal or closure code',
  howHeard: 'how they heard',
  on: 'date',
  inputs: 'figures',
  active: 'status',
  tierId: 'tier',
  supervisingWorkerId: 'supervising social worker',
  tsdCompletedOn: 'TSD standards completed on',
  onRegister: 'place on the register',
  extraReview: 'extra review',
  leftOn: 'date it left',
  leftWhy: 'reason for leaving',
};

/** Plain words for a field path: "assessment.stage2StartedOn" → "stage 2 started on". */
export function fieldLabel(field: string): string {
  const last = field.split('.').pop() ?? field;
  return (
    FIELD_WORDS[last] ??
    last
      .replace(/([a-z])([A-Z0-9])/g, '$1 $2')
      .replace(/([0-9])([A-Za-z])/g, '$1 $2')
      .toLowerCase()
  );
}

/** "the assessor", "the assessor and the report started on", "the assessor, the kind and the status". */
export function listOfFields(fields: readonly string[]): string {
  const words = [...new Set(fields.map((f) => `the ${fieldLabel(f)}`))];
  return words.length <= 1 ? (words[0] ?? 'this record') : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

const TIME = new Intl.DateTimeFormat('en-GB', { timeStyle: 'short' });
const DAY = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long' });

/** "at 10:42" today, "on 3 March 2026 at 10:42" on another day, in the device's time zone. */
export function whenInWords(at: Instant, now: Date): string {
  const d = new Date(at);
  if (Number.isNaN(d.getTime())) return '';
  const time = `at ${TIME.format(d)}`;
  return DAY.format(d) === DAY.format(now) ? time : `on ${DAY.format(d)} ${time}`;
}

/** "Since you opened this form, Priya Shah changed the assessor at 10:42." */
export function staleMessage(what: string, by: string, at: Instant, now: Date = new Date()): string {
  return `Since you opened this form, ${by} ${what} ${whenInWords(at, now)}.`.replace(' .', '.');
}
