import type { Removal } from '../domain/merge/incoming';
import { legacyRevision, type Revised } from '../domain/revision';
import { db, type DeletionRow } from './db';

/** Tables whose rows belong to one household, by the `householdId` index. */
const HOUSEHOLD_PARTS = ['people', 'checks', 'appointments', 'moves', 'events', 'notes'] as const;
const REVISED_PARTS = new Set<string>(['people', 'checks', 'appointments']);

function noteFor(table: string, recordId: string, row: Revised & { householdId?: string }, by: string, at: string): DeletionRow {
  const revision = row.revision ?? legacyRevision(row, at, by);
  const removal: Removal = { table, recordId, householdId: row.householdId, rev: revision.rev, revs: revision.revs, deletedAt: at, deletedBy: by };
  return removal;
}

/**
 * Removes one record and keeps a note of its removal (its revision and history), so a later merge
 * removes it on the other device too, or asks if it was changed there since. A household goes with
 * everything recorded on it. Call inside the caller's transaction.
 */
export async function removeRecord(table: string, recordId: string, by: string, at: string): Promise<void> {
  const d = db();
  const row = (await d.table(table).get(recordId)) as (Revised & { householdId?: string }) | undefined;
  if (!row) return;
  const notes: DeletionRow[] = [noteFor(table, recordId, table === 'households' ? { ...row, householdId: recordId } : row, by, at)];
  if (table === 'households') {
    for (const part of HOUSEHOLD_PARTS) {
      const rows = (await d.table(part).where('householdId').equals(recordId).toArray()) as (Revised & { id: string })[];
      if (REVISED_PARTS.has(part)) notes.push(...rows.map((r) => noteFor(part, r.id, { ...r, householdId: recordId }, by, at)));
      await d.table(part).bulkDelete(rows.map((r) => r.id));
    }
    const details = await d.householdDetails.get(recordId);
    if (details) notes.push(noteFor('householdDetails', recordId, details, by, at));
    await d.householdDetails.delete(recordId);
  }
  await d.table(table).delete(recordId);
  await d.deletions.bulkPut(notes);
}
