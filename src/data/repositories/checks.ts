import { isInPipeline } from '../../domain/household';
import { RecordGoneError } from '../write-errors';
import { missingChecks } from '../../domain/checks';
import {
  awaitingSince,
  CHECK_FIELD_ORDER,
  checkForm,
  describeCheckUpdate,
  describeRaisedChecks,
  validateCheckEdit,
  type CheckField,
  type CheckPatch,
} from '../../domain/check-edit';
import { todayIso, type IsoDate } from '../../domain/dates';
import type { Check } from '../../domain/household';
import { fieldChanges } from '../../domain/field-changes';
import { audit } from '../audit';
import { db, newId } from '../db';
import { asPerson } from '../revisions';
import { refuseIfStale } from '../stale';
import { householdTables, refreshDeadline } from './households';
import { settingsRepo } from './settings';

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
      const [types, people, existing] = await Promise.all([
        settingsRepo.checkTypes(),
        db().people.where('householdId').equals(householdId).toArray(),
        db().checks.where('householdId').equals(householdId).toArray(),
      ]);
      const slots = missingChecks(types, people, existing, today);
      if (slots.length === 0) return [];
      const rows: Check[] = slots.map((s) => ({
        id: newId(),
        householdId,
        type: s.type,
        label: s.label,
        ...(s.personId ? { personId: s.personId } : {}),
      }));
      await db().checks.bulkAdd(rows);
      const summary = describeRaisedChecks(slots, types, people, existing.length === 0, household.enquiryOn, today);
      await audit(householdId, by, 'checks', summary, ['checks']);
      await refreshDeadline(household);
      return rows;
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
      const next: Check = { id: check.id, householdId: check.householdId, type: check.type, label: check.label };
      if (check.personId) next.personId = check.personId;
      Object.assign(next, Object.fromEntries(Object.entries(result.patch).filter(([, v]) => v !== undefined)));
      const since = awaitingSince(next);
      if (since && isInPipeline(household)) next.awaitingSince = since;
      const changes = fieldChanges(check, next, 'checks.');
      if (changes.length === 0) return { ok: true as const };
      await db().checks.put(next);
      await audit(check.householdId, by, 'checks', describeCheckUpdate(check, result.patch), changes);
      await refreshDeadline(household);
      return { ok: true as const };
    });
  },
};
