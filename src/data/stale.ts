/**
 * The refusal of a save based on an out-of-date copy of a record (another tab, another device's
 * merge). Nothing is written; the form shows `userMessage` and keeps what was typed.
 */
import { listOfFields, staleMessage } from '../domain/stale-words';
import { standingText } from '../domain/stages';
import type { Household } from '../domain/household';
import type { Revised } from '../domain/revision';
import { staleFields } from '../domain/stale-rule';
import { StaleWriteError } from './stale-error';

export { StaleWriteError };


/**
 * Throws a `StaleWriteError` when a field the form covers changed since `baseRev`; call before
 * writing. `what` names the change where field paths would not (a setting's single value).
 */
export function refuseIfStale(row: Revised, baseRev: string, covers: readonly string[], what?: string): void {
  const revision = row.revision;
  const fields = staleFields(revision, baseRev, covers);
  if (!revision || fields.length === 0) return;
  const message = `${staleMessage(`changed ${what ?? listOfFields(fields)}`, revision.changedBy, revision.changedAt)} Your changes have not been saved.`;
  throw new StaleWriteError(message, fields, revision.changedBy, revision.changedAt, revision.rev);
}

/** The refusal of a move chosen when the household stood somewhere else. */
export function staleMove(household: Household): StaleWriteError {
  const revision = household.revision;
  const by = revision?.changedBy ?? 'someone else';
  const at = revision?.changedAt ?? '';
  const message = `${staleMessage('moved this household', by, at)} Where it stands now: ${standingText(household.stage, household.state)}. Your move has not been saved.`;
  return new StaleWriteError(message, ['stage', 'state'], by, at, revision?.rev ?? '');
}

