/**
 * Changes in the fostering team's words: which field changed, from what to what, and who changed
 * it since a form was opened. Values are stored as written (ids, codes, ISO dates) and put into
 * words only when shown, so a renamed person or a reworded code reads as it does today.
 */
import { CHECK_OUTCOMES } from './checks';
import { APPROVAL_TYPES, CLOSURE_CODES, FOSTERING_INTERESTS, HOUSEHOLD_KINDS, HOW_HEARD, WITHDRAWAL_CODES } from './codes';
import { formatDate, isIsoDate } from './dates';
import type { Instant } from './household';
import { fieldPaths, sameValue } from './revision';
import { LINE_STATE_LABELS, STAGE_LABELS } from './stages';

/** One field's old and new value, as an audit event keeps it; an absent value is "not set". */
export interface FieldChange {
  field: string;
  from?: unknown;
  to?: unknown;
}

/**
 * The fields that differ between two versions, walked into nested objects
 * ("assessment.panel.panelOn"); lists are one value. `prefix` names where the two sit in the record.
 */
export function fieldChanges(before: object | undefined, after: object, prefix = ''): FieldChange[] {
  const a = before ? fieldPaths(before) : {};
  const b = fieldPaths(after);
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((p) => !sameValue(a[p], b[p]))
    .sort()
    .map((p) => withValues(prefix + p, a[p], b[p]));
}

function withValues(field: string, from: unknown, to: unknown): FieldChange {
  const change: FieldChange = { field };
  if (from !== undefined) change.from = from;
  if (to !== undefined) change.to = to;
  return change;
}

/** Field names whose plain-words form would still read as code. */
const FIELD_WORDS: Record<string, string> = {
  workerId: 'worker',
  assessorId: 'assessor',
  state: 'status',
  lastMoveOn: 'date of the last move',
  outcomeCode: 'withdrawal or closure code',
  howHeard: 'how they heard',
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

const RECOMMENDATIONS: Record<string, string> = { approve: 'approve', doNotApprove: 'do not approve', qualifyingDetermination: 'qualifying determination' };

/** Code lists by the last part of the field path, so a code reads as its meaning. */
const CODE_WORDS: Record<string, Record<string, string>> = {
  stage: STAGE_LABELS,
  state: LINE_STATE_LABELS,
  kind: HOUSEHOLD_KINDS,
  outcomeCode: { ...WITHDRAWAL_CODES, ...CLOSURE_CODES },
  howHeard: HOW_HEARD,
  interests: FOSTERING_INTERESTS,
  type: APPROVAL_TYPES,
  recommendation: RECOMMENDATIONS,
  outcome: { ...CHECK_OUTCOMES, ...RECOMMENDATIONS },
};

/** Staff id fields; their values are shown as the person's name. */
const PERSON_FIELDS = new Set(['workerId', 'assessorId']);

/**
 * A stored value in words: names for staff ids (`nameOf`), dates as "3 March 2026", codes as their
 * meaning, yes or no, and "not set" for nothing. Lists read item by item.
 */
export function describeValue(field: string, value: unknown, nameOf: (staffId: string) => string | undefined): string {
  const last = field.split('.').pop() ?? field;
  if (value === undefined || value === null || value === '') return PERSON_FIELDS.has(last) ? 'not assigned' : 'not set';
  if (Array.isArray(value)) return value.length ? value.map((v) => describeValue(field, v, nameOf)).join('; ') : 'none';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => describeValue(k, v, nameOf))
      .join(', ');
  }
  if (typeof value === 'string') {
    if (PERSON_FIELDS.has(last)) return nameOf(value) ?? 'someone no longer on this device';
    const words = CODE_WORDS[last]?.[value];
    if (words) return words;
    if (isIsoDate(value)) return formatDate(value);
  }
  return String(value);
}

/** "Assessor: Priya Shah → not assigned". */
export function describeChange(change: FieldChange, nameOf: (staffId: string) => string | undefined): string {
  const label = fieldLabel(change.field);
  return `${label.charAt(0).toUpperCase()}${label.slice(1)}: ${describeValue(change.field, change.from, nameOf)} → ${describeValue(change.field, change.to, nameOf)}`;
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
