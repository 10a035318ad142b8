import { CHECK_OUTCOMES } from './checks';
import { checkForm, validateCheckEdit, type CheckPatch } from './check-edit';
import { formatDate, isIsoDate, type IsoDate } from './dates';
import type { Check } from './household';
import type { CheckType } from './settings';
import { notRealDate } from './date-parts';

/**
 * What several checks can be marked at once. Received ones are recorded as clear: most checks come
 * back clear, and any other outcome needs its own words (a concern, how it was considered), so it is
 * recorded on the check itself.
 */
export type BulkMark = 'requested' | 'received';

export const BULK_MARK_BUTTONS: Record<BulkMark, string> = {
  requested: 'Mark as requested',
  received: 'Mark as received, clear',
};

/** The bulk form as typed: the date, and each ticked check with the revision it was ticked on. */
export interface BulkMarkForm {
  on: string;
  picked: Record<string, string>;
}

export type BulkMarkField = 'picked' | 'on';

export type BulkMarkErrors = Partial<Record<BulkMarkField, string>>;

export type BulkMarkResult = { ok: true; on: IsoDate; patches: { check: Check; patch: CheckPatch }[] } | { ok: false; errors: BulkMarkErrors };

export const BULK_MARK_FIELD_ORDER: BulkMarkField[] = ['picked', 'on'];

const DATE_NAMES: Record<BulkMark, string> = { requested: 'Date requested', received: 'Date received' };

function dateError(mark: BulkMark, on: string, today: IsoDate): string | undefined {
  const name = DATE_NAMES[mark];
  if (!on) return `Enter the ${name.toLowerCase()}`;
  if (!isIsoDate(on)) return notRealDate(on, name);
  if (on > today) return `${name} must be today or in the past`;
  return undefined;
}

/** Why one ticked check cannot take the mark, in words that name it. */
function checkProblem(mark: BulkMark, check: Check, on: IsoDate, type: Pick<CheckType, 'required' | 'hasExpiry'>, today: IsoDate): string | CheckPatch {
  if (check.notNeeded) return `${check.label} is marked not needed: untick it`;
  if (check.receivedOn) return `${check.label} is already received: untick it, or update it on its own`;
  const marked = mark === 'requested' ? { ...check, requestedOn: on } : { ...check, receivedOn: on, outcome: 'clear' as const };
  const result = validateCheckEdit(checkForm(marked), type, today);
  if (result.ok) return result.patch;
  const first = Object.values(result.errors)[0]!;
  return `${check.label}: ${first}`;
}

/**
 * Checks marking several checks at once and says what each one's patch is. Every ticked check is
 * judged by the same rules as its own form, so nothing is written that the form would refuse.
 */
export function planBulkMark(
  mark: BulkMark,
  form: BulkMarkForm,
  checks: Check[],
  typeOf: (check: Check) => Pick<CheckType, 'required' | 'hasExpiry'>,
  today: IsoDate,
): BulkMarkResult {
  const errors: BulkMarkErrors = {};
  const on = form.on.trim();
  const picked = checks.filter((c) => c.id in form.picked);
  if (picked.length === 0) errors.picked = `Select the checks to mark as ${mark}`;
  errors.on = dateError(mark, on, today);
  const patches: { check: Check; patch: CheckPatch }[] = [];
  if (!errors.on) {
    const problems: string[] = [];
    for (const check of picked) {
      const outcome = checkProblem(mark, check, on, typeOf(check), today);
      if (typeof outcome === 'string') problems.push(outcome);
      else patches.push({ check, patch: outcome });
    }
    if (problems.length) errors.picked = problems.join('. ');
  }
  const found = Object.fromEntries(Object.entries(errors).filter(([, m]) => m)) as BulkMarkErrors;
  return Object.keys(found).length ? { ok: false, errors: found } : { ok: true, on, patches };
}

/** "3 checks received on 12 June 2026 (Clear): Ofsted check; Health check; Probation check". */
export function describeBulkMark(mark: BulkMark, on: IsoDate, labels: string[]): string {
  const what = `${labels.length} ${labels.length === 1 ? 'check' : 'checks'} ${mark} on ${formatDate(on)}`;
  return `${mark === 'received' ? `${what} (${CHECK_OUTCOMES.clear})` : what}: ${labels.join('; ')}`;
}
