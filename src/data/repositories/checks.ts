import { isInPipeline } from '../../domain/household';
import { RecordGoneError } from '../write-errors';
import {
  awaitingSince,
  CHECK_FIELD_ORDER,
  checkForm,
  describeCheckUpdate,
  validateCheckEdit,
  type CheckField,
  type CheckPatch,
} from '../../domain/check-edit';
import { todayIso, type IsoDate } from '../../domain/dates';
import type { Check, Household } from '../../domain/household';
import { describeBulkMark, planBulkMark, type BulkMark, type BulkMarkErrors, type BulkMarkForm } from '../../domain/check-bulk';
import { fieldChanges } from '../../domain/field-changes';
import { audit } from '../audit';
import { db } from '../db';
import { asPerson } from '../revisions';
import { refuseIfStale, StaleWriteError } from '../stale';
import { addMissingChecks } from './check-rows';
import { householdTables, refreshDeadline } from './households';
import { settingsRepo } from './settings';

/** The row as a valid patch leaves it; kept awaiting only while the household is in the pipeline. */
function patched(check: Check, patch: CheckPatch, household: Household): Check {
  const next: Check = { id: check.id, householdId: check.householdId, type: check.type, label: check.label };
  if (check.personId) next.personId = check.personId;
  Object.assign(next, Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)));
  const since = awaitingSince(next);
  if (since && isInPipeline(household)) next.awaitingSince = since;
  return next;
}

/** A ticked check changed since it was ticked: the refusal names it, since the form holds many. */
function refuseIfCheckStale(check: Check, baseRev: string): void {
  try {
    refuseIfStale(check, baseRev, CHECK_FIELD_ORDER);
  } catch (error) {
    if (!(error instanceof StaleWriteError)) throw error;
    throw new StaleWriteError(`${check.label}: ${error.userMessage}`, error.fields, error.by, error.at, error.currentRev);
  }
}

export type BulkMarkWriteResult = { ok: true; marked: number } | { ok: false; errors: BulkMarkErrors & { form?: string } };

export type CheckWriteResult = { ok: true } | { ok: false; errors: Partial<Record<CheckField | 'form', string>> };

export const checksRepo = {
  /**
   * Adds the check rows the household is missing: the whole stage 1 list the first time, then
   * adult checks for anyone who has since turned 18 or joined. Returns the rows added.
   */
  async raiseChecks(householdId: string, by: string, today: IsoDate = todayIso()): Promise<Check[]> {
    return asPerson(by, householdTables(), async () => {
      const household = await db().households.get(householdId);
      if (!household) throw new RecordGoneError('This household no longer exists');
      const { rows, summary } = await addMissingChecks(household, today);
      if (rows.length === 0) return [];
      await audit(householdId, by, 'checks', summary, ['checks']);
      await refreshDeadline(household);
      return rows;
    });
  },

  /**
   * Marks the ticked checks requested, or received clear, on one date: all of them in one
   * transaction with one audit event, or none. Each is judged by its own form's rules; a check
   * changed since it was ticked throws a `StaleWriteError` naming it.
   */
  async markChecks(householdId: string, mark: BulkMark, form: BulkMarkForm, by: string, today: IsoDate = todayIso()): Promise<BulkMarkWriteResult> {
    return asPerson(by, householdTables(), async () => {
      const household = await db().households.get(householdId);
      if (!household) return { ok: false as const, errors: { form: 'This household no longer exists' } };
      const [checks, types] = await Promise.all([db().checks.where('householdId').equals(householdId).toArray(), settingsRepo.checkTypes()]);
      const gone = Object.keys(form.picked).filter((id) => !checks.some((c) => c.id === id)).length;
      if (gone) return { ok: false as const, errors: { picked: `${gone === 1 ? 'A ticked check no longer exists' : `${gone} ticked checks no longer exist`}: tick the checks again` } };
      for (const c of checks) if (c.id in form.picked) refuseIfCheckStale(c, form.picked[c.id]!);
      const typeOf = (c: Check) => types.find((t) => t.key === c.type) ?? { required: false, hasExpiry: Boolean(c.expiresOn) };
      const plan = planBulkMark(mark, form, checks, typeOf, today);
      if (!plan.ok) return plan;
      const rows = plan.patches.map(({ check, patch }) => ({ before: check, next: patched(check, patch, household) }));
      await db().checks.bulkPut(rows.map((r) => r.next));
      const changes = rows.flatMap((r) => fieldChanges(r.before, r.next, 'checks.'));
      await audit(householdId, by, 'checks', describeBulkMark(mark, plan.on, rows.map((r) => r.before.label)), changes);
      await refreshDeadline(household);
      return { ok: true as const, marked: rows.length };
    });
  },

  /**
   * Records a check's dates and outcome, validated against its type; refused changes write nothing.
   * Refused with a `StaleWriteError` when a field in the patch changed since `baseRev`.
   */
  async updateCheck(id: string, patch: Partial<CheckPatch>, baseRev: string, by: string, today: IsoDate = todayIso()): Promise<CheckWriteResult> {
    return asPerson(by, householdTables(), async () => {
      const check = await db().checks.get(id);
      const household = check && (await db().households.get(check.householdId));
      if (!check || !household) return { ok: false as const, errors: { form: 'This check no longer exists' } };
      refuseIfStale(check, baseRev, CHECK_FIELD_ORDER);
      const type = (await settingsRepo.checkTypes()).find((t) => t.key === check.type);
      // A type since taken off the list keeps its rows editable; it no longer binds anyone.
      const rules = type ?? { required: false, hasExpiry: Boolean(check.expiresOn) };
      const result = validateCheckEdit(checkForm({ ...check, ...patch }), rules, today);
      if (!result.ok) return result;
      const next = patched(check, result.patch, household);
      const changes = fieldChanges(check, next, 'checks.');
      if (changes.length === 0) return { ok: true as const };
      await db().checks.put(next);
      await audit(check.householdId, by, 'checks', describeCheckUpdate(check, result.patch), changes);
      await refreshDeadline(household);
      return { ok: true as const };
    });
  },
};
