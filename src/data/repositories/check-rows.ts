import { describeRaisedChecks } from '../../domain/check-edit';
import { missingChecks } from '../../domain/checks';
import type { IsoDate } from '../../domain/dates';
import type { Check, Household } from '../../domain/household';
import { db, newId } from '../db';
import { settingsRepo } from './settings';

/**
 * Adds the check rows a household is missing, inside the caller's transaction: the whole stage 1
 * list the first time, then adult checks for anyone who has since turned 18 or joined. Returns the
 * rows added and the words for the audit; the caller writes the audit event with its own change.
 */
export async function addMissingChecks(household: Household, today: IsoDate): Promise<{ rows: Check[]; summary: string }> {
  const [types, people, existing] = await Promise.all([
    settingsRepo.checkTypes(),
    db().people.where('householdId').equals(household.id).toArray(),
    db().checks.where('householdId').equals(household.id).toArray(),
  ]);
  const slots = missingChecks(types, people, existing, today);
  if (slots.length === 0) return { rows: [], summary: '' };
  const rows: Check[] = slots.map((s) => ({
    id: newId(),
    householdId: household.id,
    type: s.type,
    label: s.label,
    ...(s.personId ? { personId: s.personId } : {}),
  }));
  await db().checks.bulkAdd(rows);
  return { rows, summary: describeRaisedChecks(slots, types, people, existing.length === 0, household.enquiryOn, today) };
}
