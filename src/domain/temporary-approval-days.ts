import { addDays, addWeeks, type IsoDate } from './dates';
import type { Assessment, TemporaryApproval } from './household';

/**
 * Connected-person temporary approval (Care Planning, Placement and Case Review (England)
 * Regulations 2010, regs 24 and 25): up to 16 weeks, extended once by up to 8 by the nominated
 * officer after consulting the fostering panel, and continuing while an independent review is pending.
 * Its days are kept apart from its rules and wording (temporary-approval.ts): Today's stored keys
 * need them, and those load with the first screen.
 */
export const TEMPORARY_APPROVAL_WEEKS = 16;
export const MAX_EXTENSION_WEEKS = 8;

/** The last day approval runs: 16 weeks including the start day, plus any extension. */
export function temporaryApprovalLastDay(t: Pick<TemporaryApproval, 'startOn' | 'extensionWeeks'>): IsoDate {
  const extension = Math.min(MAX_EXTENSION_WEEKS, Math.max(0, t.extensionWeeks ?? 0));
  return addDays(addWeeks(t.startOn, TEMPORARY_APPROVAL_WEEKS + extension), -1);
}

/**
 * When the temporary approval stopped needing a decision: the final decision, or an IRM application
 * made while it still ran (the approval continues until the review's outcome), whichever came first.
 */
export function temporaryApprovalSettledOn(a: Pick<Assessment, 'decision' | 'temporaryApproval'>): IsoDate | undefined {
  const t = a.temporaryApproval;
  const decided = a.decision?.decidedOn;
  const applied = a.decision?.irm?.on;
  const irmInTime = t && applied && applied <= temporaryApprovalLastDay(t) ? applied : undefined;
  if (decided && irmInTime) return decided < irmInTime ? decided : irmInTime;
  return decided ?? irmInTime;
}
