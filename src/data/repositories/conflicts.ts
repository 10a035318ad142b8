/**
 * Conflicts a merge found: listed for a person, settled one at a time by keeping this device's
 * value or taking the other's. Settling is an ordinary audited edit of the record.
 */
import { byHouseholdOrder } from '../../domain/household';
import { RECORD_REMOVED, WHOLE_RECORD } from '../../domain/merge/plan';
import { REVISED } from '../../domain/merge/tables';
import { fieldInWords, RECORD_KINDS, valueInWords } from '../../domain/merge/words';
import { fieldPaths, sameValue, setPath, type Revised } from '../../domain/revision';
import { audit, SERVICE_EVENTS } from '../audit';
import { db, nowInstant, type ConflictRow } from '../db';
import { removeRecord } from '../removals';
import { draftsRepo } from './drafts';
import { asPerson } from '../revisions';
import { refreshDerived } from './household-derived';
import { refreshCarerSummaries, summaryTables } from './carer-summary';

/** A conflict with what the list shows beside it: the household's reference and applicants. */
export interface OpenConflict {
  conflict: ConflictRow;
  household?: { id: string; reference: string; names: string };
  /** For a conflict inside a household: which of its records ("Person: Sam Samplewood"). */
  record?: string;
}

export type SettleResult = { ok: true } | { ok: false; error: string };

/**
 * Every table a conflict can be on (any revised record, a carer's placement or a KEEP group's as
 * much as a household's), what removing a household takes with it, and what settling refreshes.
 */
function conflictTables() {
  const d = db();
  const names = new Set<string>([...REVISED, 'conflicts', 'moves', 'events', 'notes', 'deletions', ...summaryTables().map((t) => t.name)]);
  return [...names].map((name) => d.table(name));
}

async function withHouseholds(conflicts: ConflictRow[]): Promise<OpenConflict[]> {
  const d = db();
  const ids = [...new Set(conflicts.map((c) => c.householdId).filter((id): id is string => id !== undefined))];
  const [households, people] = await Promise.all([d.households.bulkGet(ids), d.people.where('householdId').anyOf(ids).toArray()]);
  const names = (id: string) =>
    people
      .filter((p) => p.householdId === id && p.role === 'applicant')
      .sort(byHouseholdOrder)
      .map((p) => p.name)
      .join(' and ');
  const byId = new Map(households.filter((h) => h !== undefined).map((h) => [h.id, { id: h.id, reference: h.reference, names: names(h.id) }]));
  return conflicts.map((conflict) => {
    const person = conflict.table === 'people' ? people.find((p) => p.id === conflict.recordId) : undefined;
    return { conflict, household: conflict.householdId ? byId.get(conflict.householdId) : undefined, record: person ? `Person: ${person.name}` : undefined };
  });
}

async function staffNames(): Promise<(id: string) => string | undefined> {
  const staff = await db().staff.toArray();
  return (id) => staff.find((s) => s.id === id)?.name;
}

export const conflictsRepo = {
  /** Every open conflict, oldest found first. */
  async open(): Promise<OpenConflict[]> {
    const open = await db().conflicts.where('open').equals(1).toArray();
    return withHouseholds(open.sort((a, b) => a.foundAt.localeCompare(b.foundAt) || a.path.localeCompare(b.path)));
  },

  /**
   * Settles one conflict: `local` keeps this device's value, `incoming` takes the other device's,
   * either written to the record as an edit by `by` where it is not the value it holds now. Either way the choice is audited and the conflict closed.
   */
  async settle(id: string, choice: 'local' | 'incoming', by: string): Promise<SettleResult> {
    let removed: string | undefined;
    const result = await asPerson(by, conflictTables(), async () => {
      const d = db();
      const conflict = await d.conflicts.get(id);
      if (!conflict || conflict.open === 0) return { ok: false as const, error: 'This conflict has already been settled' };
      const at = nowInstant();
      const chosen = choice === 'local' ? conflict.local : conflict.incoming;
      const table = d.table(conflict.table);
      const row = (await table.get(conflict.recordId)) as (Record<string, unknown> & Revised) | undefined;
      if (conflict.path === WHOLE_RECORD) {
        if (chosen === RECORD_REMOVED) {
          await removeRecord(conflict.table, conflict.recordId);
          removed = conflict.recordId;
        }
      } else if (row && !sameValue(fieldPaths(row)[conflict.path], chosen)) {
        // Usually only taking the other's value writes; but a sync may already show the other
        // device's value here (its merge kept it), and then keeping this device's is the write.
        const after = structuredClone(row);
        setPath(after, conflict.path, chosen);
        await table.put(after);
      }
      await d.conflicts.update(id, { open: 0, settledAt: at, settledBy: by, settledWith: choice });
      const words = valueInWords(conflict.table, conflict.path, chosen, await staffNames());
      const field = fieldInWords(conflict.table, conflict.path);
      const side = choice === 'local' ? 'this device' : 'the other device';
      const summary =
        conflict.path === WHOLE_RECORD
          ? `Conflict settled: ${RECORD_KINDS[conflict.table] ?? 'Record'} ${chosen === RECORD_REMOVED ? 'removed' : 'kept'}, as on ${side}`
          : `Conflict settled: ${field} is ${words}, as on ${side}`;
      const householdId = conflict.householdId && (await d.households.get(conflict.householdId)) ? conflict.householdId : undefined;
      await audit(householdId ?? SERVICE_EVENTS, by, 'conflict', summary, [conflict.path], at);
      if (householdId) {
        await refreshDerived(householdId);
        // A settled placement, visit or name changes what the carer lists show.
        await refreshCarerSummaries([householdId]);
      }
      return { ok: true as const };
    });
    // Drafts are this device's own, outside the settling transaction; a removed record's go with it.
    if (removed) await draftsRepo.forgetRecords([removed]);
    return result;
  },
};
