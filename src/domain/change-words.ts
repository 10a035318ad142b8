/**
 * Changes in the fostering team's words: which field changed, from what to what, and who changed
 * it since a form was opened. Values are stored as written (ids, codes, ISO dates) and put into
 * words only when shown, so a renamed person or a reworded code reads as it does today.
 */
import { CHECK_OUTCOMES } from './checks';
import { APPROVAL_TYPES, ENDING_LABELS, FOSTERING_INTERESTS, HOUSEHOLD_KINDS, HOW_HEARD } from './codes';
import { formatDate, isIsoDate } from './dates';
import type { FieldChange } from './field-changes';
import { LINE_STATE_LABELS, STAGE_LABELS } from './stages';
import { fieldLabel } from './stale-words';
import { formatPhone } from './validation/phone';


const RECOMMENDATIONS: Record<string, string> = { approve: 'approve', doNotApprove: 'do not approve', qualifyingDetermination: 'qualifying determination' };

/** Code lists by the last part of the field path, so a code reads as its meaning. */
const CODE_WORDS: Record<string, Record<string, string>> = {
  stage: STAGE_LABELS,
  state: LINE_STATE_LABELS,
  kind: HOUSEHOLD_KINDS,
  outcomeCode: ENDING_LABELS,
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
    if (last === 'phone') return formatPhone(value);
    // An address is kept over several lines; a timeline entry reads it on one.
    if (last === 'address') return value.split('\n').join(', ');
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
