/**
 * Merging two households that are the same people entered twice: one transaction moves
 * everything recorded on the other onto the kept one (ids unchanged, both histories kept),
 * removes the other with a note of its removal, and audits the merge on the kept household.
 */
import type { Table } from 'dexie';
import { byHouseholdOrder, type Household, type Person } from '../../domain/household';
import { mergedHousehold, mergeRefusal, type Choices } from '../../domain/merge/duplicate';
import { audit } from '../audit';
import { db, nowInstant } from '../db';
import { removeRecord } from '../removals';
import { asPerson } from '../revisions';
import { refreshDerived } from './household-derived';
import { refreshCarerNames } from './carer-summary';
import { householdsRepo, householdTables, type HouseholdRecord } from './households';
import { draftsRepo } from './drafts';

export interface DuplicatePair {
  a: HouseholdRecord;
  b: HouseholdRecord;
  /** Why the two cannot be merged, or undefined. */
  refusal?: string;
}

export type DuplicateMergeResult = { ok: true; keptId: string } | { ok: false; error: string };

function mergeTables() {
  const d = db();
  return [...householdTables(), d.conflicts, d.deletions];
}

/** The rows on the kept household; each is an edit, so gets a new revision as it is written. */
function moved<T extends { householdId: string }>(rows: T[], to: string, extra: (row: T, index: number) => Partial<T> = () => ({})): T[] {
  return rows.map((row, i) => ({ ...row, ...extra(row, i), householdId: to }));
}

export const duplicateMergeRepo = {
  /** Both households as the check-answers page shows them, or undefined if either has gone. */
  async pair(id: string, otherId: string): Promise<DuplicatePair | undefined> {
    const [a, b] = await Promise.all([householdsRepo.record(id), householdsRepo.record(otherId)]);
    if (!a || !b) return undefined;
    return { a, b, refusal: mergeRefusal(a.household, b.household) };
  },

  async merge(keptId: string, otherId: string, choices: Choices, by: string): Promise<DuplicateMergeResult> {
    return asPerson(by, mergeTables(), async () => {
      const d = db();
      const [kept, other, keptDetails, otherDetails] = await Promise.all([
        d.households.get(keptId),
        d.households.get(otherId),
        d.householdDetails.get(keptId),
        d.householdDetails.get(otherId),
      ]);
      if (!kept || !other || !keptDetails || !otherDetails) return { ok: false as const, error: 'One of these households is no longer on this device' };
      const refusal = mergeRefusal(kept, other);
      if (refusal) return { ok: false as const, error: refusal };
      const at = nowInstant();
      const merged = mergedHousehold({ household: kept, details: keptDetails }, { household: other, details: otherDetails }, choices);
      const household: Household = { ...merged.household, updatedAt: at };
      await d.households.put(household);
      await d.householdDetails.put(merged.details);

      const keptPeople = await d.people.where('householdId').equals(keptId).toArray();
      const otherPeople = (await d.people.where('householdId').equals(otherId).toArray()).sort(byHouseholdOrder);
      // The other household's people follow the kept one's, in their own order.
      const after = keptPeople.reduce((max, p) => Math.max(max, p.order ?? 0), -1) + 1;
      await d.people.bulkPut(moved<Person>(otherPeople, keptId, (_, i) => ({ order: after + i })));
      await d.checks.bulkPut(moved(await d.checks.where('householdId').equals(otherId).toArray(), keptId));
      await d.appointments.bulkPut(moved(await d.appointments.where('householdId').equals(otherId).toArray(), keptId));
      for (const table of [d.moves, d.notes, d.events] as Table<{ householdId: string }>[]) {
        await table.where('householdId').equals(otherId).modify({ householdId: keptId });
      }
      await d.conflicts.where('householdId').equals(otherId).modify({ householdId: keptId });
      await removeRecord('households', otherId);

      await audit(keptId, by, 'merge', `Merged with ${other.reference}: its people, checks, moves, appointments, notes and timeline are now on this household, and ${other.reference} is removed`, [
        ...Object.entries(choices)
          .filter(([, side]) => side === 'other')
          .map(([field]) => field),
        ...merged.filled,
      ], at);
      await refreshDerived(keptId);
      await refreshCarerNames(keptId);
      return { ok: true as const, keptId };
    }).then(async (result) => {
      if (result.ok) await draftsRepo.forgetRecords([otherId]);
      return result;
    });
  },
};
