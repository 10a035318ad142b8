/**
 * Which fields a write changed, from what to what: what an audit event keeps. Apart from the words
 * that describe a change (change-words.ts), so saving a setting needs no date formatting.
 */
import { fieldPaths, sameValue } from './revision';

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
