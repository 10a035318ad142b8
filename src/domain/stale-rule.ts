/**
 * When a save must be refused because the record changed since the form was opened.
 *
 * The rule is field by field, not "any change to the record": a form is refused only when a field
 * it writes or shows changed since the revision it was opened on. A refreshed deadline (a derived
 * field, never a change of its own) or another section's edit leaves the form's fields as the user
 * saw them, so saving it overwrites nothing anyone else chose. When the record's history no longer
 * reaches the form's revision, nothing can be said about any field, so every field counts as changed.
 */
import type { Household } from './household';
import { changedSince, type Revision } from './revision';
import { LINE_STATES, STAGES, type LineState, type Stage } from './stages';

/** Whether a changed path touches a covered one: the same field, a field inside it, or the object holding it. */
function touches(changed: string, covered: string): boolean {
  return changed === covered || changed.startsWith(`${covered}.`) || covered.startsWith(`${changed}.`);
}

/**
 * The covered fields changed since `baseRev`, or an empty list when the save may go ahead.
 * A record without a revision has nothing to compare against and is not refused.
 */
export function staleFields(current: Revision | undefined, baseRev: string, covers: readonly string[]): string[] {
  if (!current || current.rev === baseRev) return [];
  const changed = changedSince(current, baseRev);
  if (changed === undefined) return [...covers];
  return changed.filter((path) => covers.some((c) => touches(path, c)));
}

/** Where a move starts from: the stage and state the person saw when they chose it. */
export interface MoveFrom {
  stage: Stage;
  state: LineState;
}

export function moveFrom(household: Pick<Household, 'stage' | 'state'>): MoveFrom {
  return { stage: household.stage, state: household.state };
}

/** Whether a value kept with a draft is where a move started from (a draft outlives app versions). */
export function isMoveFrom(stored: unknown): stored is MoveFrom {
  if (!stored || typeof stored !== 'object') return false;
  const { stage, state } = stored as Record<string, unknown>;
  return (STAGES as readonly unknown[]).includes(stage) && (LINE_STATES as readonly unknown[]).includes(state);
}

/** A move is refused when the household is no longer where it was when the move was chosen. */
export function movedSince(household: Pick<Household, 'stage' | 'state'>, from: MoveFrom): boolean {
  return household.stage !== from.stage || household.state !== from.state;
}
