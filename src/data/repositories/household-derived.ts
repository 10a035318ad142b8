import { awaitingSince } from '../../domain/check-edit';
import { isInPipeline, type Check, type Household } from '../../domain/household';
import { storedDeadline } from '../../domain/stored-deadline';
import { householdDeadlines } from '../../domain/timescales';
import { db } from '../db';
import { householdTokens } from '../../domain/search-keys';
import { settingsRepo } from './settings';

/**
 * Households worked out again per round of requests. One at a time took a dozen requests and
 * 50 kB of short-lived objects each: a merge bringing 2,000 households spent 100 MB of the page's
 * memory on it. A hundred keep each round short while sharing its reads.
 */
const BATCH = 100;

/** Whether working a household out again changed anything it keeps (arrays compared by content). */
function changedFrom(before: Household, after: Household): boolean {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)] as (keyof Household)[]);
  for (const key of keys) if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) return true;
  return false;
}

function byHousehold<T extends { householdId: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) (out.get(row.householdId) ?? out.set(row.householdId, []).get(row.householdId)!).push(row);
  return out;
}

/**
 * Works out again what is derived from a household's records (search and duplicate keys, checks
 * waiting, the next deadline) after records arrived from elsewhere or moved between households.
 * Call inside the write's transaction. False when the household is not here.
 */
export async function refreshDerived(householdId: string): Promise<boolean> {
  return (await refreshDerivedMany([householdId])).has(householdId);
}

/** As `refreshDerived`, for many households a hundred at a time; answers those that are here. */
export async function refreshDerivedMany(householdIds: string[]): Promise<Set<string>> {
  const d = db();
  const here = new Set<string>();
  const targets = await settingsRepo.localTargets();
  for (let at = 0; at < householdIds.length; at += BATCH) {
    const ids = householdIds.slice(at, at + BATCH);
    const [households, details, people, checks, moves] = await Promise.all([
      d.households.bulkGet(ids),
      d.householdDetails.bulkGet(ids),
      d.people.where('householdId').anyOf(ids).toArray().then(byHousehold),
      d.checks.where('householdId').anyOf(ids).toArray().then(byHousehold),
      d.moves.where('householdId').anyOf(ids).toArray().then(byHousehold),
    ]);
    const updated: Household[] = [];
    const stale: Check[] = [];
    households.forEach((household, i) => {
      if (!household) return;
      here.add(household.id);
      const own = details[i];
      const next: Household = { ...household, ...(own ? householdTokens(own, people.get(household.id) ?? []) : {}) };
      const waiting = isInPipeline(next);
      const current = (checks.get(household.id) ?? []).map((check) => {
        const since = waiting ? awaitingSince(check) : undefined;
        if (since === check.awaitingSince) return check;
        const changed = { ...check };
        if (since) changed.awaitingSince = since;
        else delete changed.awaitingSince;
        stale.push(changed);
        return changed;
      });
      const patch = storedDeadline(next, householdDeadlines(next, current, targets, moves.get(household.id) ?? []));
      // A deadline no longer there is removed from the record, not kept as an empty field.
      for (const [key, value] of Object.entries(patch)) {
        if (value === undefined) delete next[key as keyof typeof patch];
        else Object.assign(next, { [key]: value });
      }
      // A household that arrived from another device mostly comes with these worked out already:
      // writing it again would only write its dozen index entries a second time.
      if (changedFrom(household, next)) updated.push(next);
    });
    if (updated.length) await d.households.bulkPut(updated);
    if (stale.length) await d.checks.bulkPut(stale);
  }
  return here;
}
