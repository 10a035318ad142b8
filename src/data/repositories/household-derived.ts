import { awaitingSince } from '../../domain/check-edit';
import { isInPipeline, type Check } from '../../domain/household';
import { db } from '../db';
import { householdTokens } from '../../domain/search-keys';
import { refreshDeadline } from './households';

/**
 * Works out again what is derived from a household's records (search and duplicate keys, checks
 * waiting, the next deadline) after records arrived from elsewhere or moved between households.
 * Call inside the write's transaction. False when the household is not here.
 */
export async function refreshDerived(householdId: string): Promise<boolean> {
  const d = db();
  const household = await d.households.get(householdId);
  if (!household) return false;
  const [details, people, checks] = await Promise.all([
    d.householdDetails.get(householdId),
    d.people.where('householdId').equals(householdId).toArray(),
    d.checks.where('householdId').equals(householdId).toArray(),
  ]);
  const updated = { ...household, ...(details ? householdTokens(details, people) : {}) };
  await d.households.put(updated);
  const waiting = isInPipeline(updated);
  const stale: Check[] = [];
  for (const check of checks) {
    const since = waiting ? awaitingSince(check) : undefined;
    if (since === check.awaitingSince) continue;
    const next = { ...check };
    if (since) next.awaitingSince = since;
    else delete next.awaitingSince;
    stale.push(next);
  }
  if (stale.length) await d.checks.bulkPut(stale);
  await refreshDeadline(updated);
  return true;
}
