/**
 * What a household row keeps of its deadlines, worked out in one place. Apart from today-keys.ts,
 * which the schema's upgrade uses, so opening the database never loads the deadline rules.
 */
import { firstAtRiskOn, nextDeadline, type Deadline } from './timescales';
import type { Household } from './household';
import { todayKeys, type TodayKeys } from './today-keys';

/** What a household row keeps of its deadlines: the next one, its first at-risk day, and Today's keys. */
export type StoredDeadline = Pick<Household, 'nextDeadlineOn' | 'nextDeadlineLabel' | 'nextDeadlineAtRiskOn'> & TodayKeys;

/**
 * The one place the stored deadline fields are worked out, for every write that keeps them (each
 * field present, undefined when cleared, so a patch removes an old value).
 */
export function storedDeadline(h: Household, deadlines: Deadline[]): StoredDeadline {
  const next = nextDeadline(h, deadlines);
  const stored = { nextDeadlineOn: next?.dueOn, nextDeadlineLabel: next?.label, nextDeadlineAtRiskOn: firstAtRiskOn(h, deadlines) };
  return { ...stored, ...todayKeys({ ...h, ...stored }) };
}
