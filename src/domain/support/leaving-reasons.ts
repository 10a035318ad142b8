/**
 * The reasons a household leaves the register, as the service words them, each mapped to the
 * heading of Ofsted's annual fostering return it is counted under. Ofsted's list changes from year
 * to year, so the mapping is the service's to keep, not a fixed code list.
 */
import type { IsoDate } from '../dates';
import type { Period } from '../reports/financial-year';
import { finish, type Checked, type Errors } from './forms';

const NAME_MAX = 80;
const HEADING_MAX = 120;

/** Each reason's Ofsted heading, by the reason's words; a reason renamed or removed keeps its heading for households that left under it. */
export type ReasonHeadings = Readonly<Record<string, string>>;

export interface ReasonInput {
  name: string;
  ofstedHeading: string;
}
export type ReasonField = keyof ReasonInput;
export const REASON_FIELDS: readonly ReasonField[] = ['name', 'ofstedHeading'];
export const EMPTY_REASON_INPUT: ReasonInput = { name: '', ofstedHeading: '' };

/** A reason as typed; `others` are the service's other reasons. The heading may wait until the return is due. */
export function validateReason(input: ReasonInput, others: readonly string[]): Checked<{ name: string; ofstedHeading?: string }, ReasonField> {
  const errors: Errors<ReasonField> = {};
  const name = input.name.trim().replace(/\s+/g, ' ');
  const heading = input.ofstedHeading.trim().replace(/\s+/g, ' ');
  if (!name) errors.name = 'Enter the reason, as carers would say it';
  else if (name.length > NAME_MAX) errors.name = `The reason must be ${NAME_MAX} characters or fewer`;
  else if (others.some((o) => o.toLowerCase() === name.toLowerCase())) errors.name = `${name} is already on the list`;
  if (heading.length > HEADING_MAX) errors.ofstedHeading = `The Ofsted heading must be ${HEADING_MAX} characters or fewer`;
  return finish(errors, () => ({ name, ...(heading ? { ofstedHeading: heading } : {}) }));
}

/** The list and its headings after a reason is added (`was` undefined) or changed. */
export function withReason(reasons: readonly string[], headings: ReasonHeadings, was: string | undefined, value: { name: string; ofstedHeading?: string }): { reasons: string[]; headings: Record<string, string> } {
  const next = { ...headings };
  if (value.ofstedHeading) next[value.name] = value.ofstedHeading;
  else delete next[value.name];
  if (was === undefined) return { reasons: [...reasons, value.name], headings: next };
  // Households that left under the old words are still counted under the heading they had.
  if (was !== value.name && headings[was] === undefined && value.ofstedHeading) next[was] = value.ofstedHeading;
  return { reasons: reasons.map((r) => (r === was ? value.name : r)), headings: next };
}

export const NOT_MAPPED = 'Not mapped to an Ofsted heading';

export interface HeadingRow {
  label: string;
  households: string[];
  /** The service's reasons counted under this heading in the year. */
  reasons: string[];
}

/** Deregistrations taking effect in the year by the Ofsted heading their reason maps to, largest first, the unmapped last. */
export function deregistrationsByHeading(deregistrations: readonly { householdId: string; reason: string; effectiveOn: IsoDate }[], headings: ReasonHeadings, year: Pick<Period, 'from' | 'to'>): HeadingRow[] {
  const rows = new Map<string, HeadingRow>();
  for (const d of deregistrations) {
    if (d.effectiveOn < year.from || d.effectiveOn > year.to) continue;
    const label = headings[d.reason] ?? NOT_MAPPED;
    const row = rows.get(label) ?? { label, households: [], reasons: [] };
    row.households.push(d.householdId);
    if (!row.reasons.includes(d.reason)) row.reasons.push(d.reason);
    rows.set(label, row);
  }
  const byCount = (a: HeadingRow, b: HeadingRow) => (a.label === NOT_MAPPED ? 1 : b.label === NOT_MAPPED ? -1 : b.households.length - a.households.length || a.label.localeCompare(b.label));
  return [...rows.values()].sort(byCount);
}
