import { db } from './db';

/** Tables whose rows belong to one household, by the `householdId` index. */
const HOUSEHOLD_PARTS = ['people', 'checks', 'appointments', 'moves', 'events', 'notes'] as const;

/**
 * Removes one record; a household goes with everything recorded on it. The revisions middleware
 * keeps a note of each removal (its revision and history), so a later merge removes it on the other
 * device too, or asks if it was changed there since. Call inside the caller's transaction.
 */
export async function removeRecord(table: string, recordId: string): Promise<void> {
  const d = db();
  if (table === 'households') {
    for (const part of HOUSEHOLD_PARTS) await d.table(part).where('householdId').equals(recordId).delete();
    await d.householdDetails.delete(recordId);
  }
  await d.table(table).delete(recordId);
}
