import type { HouseholdEvent } from '../domain/household';
import { db, newId, nowInstant } from './db';

/**
 * Changes that belong to no household (settings, the device's name list, demo data) are audited
 * under this key, so the service's own trail sits beside the households' timelines.
 */
export const SERVICE_EVENTS = 'service';

/** Writes one audit event. Call inside the caller's transaction so the change and its record land together. */
export async function audit(
  householdId: string,
  by: string,
  type: string,
  summary: string,
  fields: string[],
  at: string = nowInstant(),
): Promise<HouseholdEvent> {
  const event: HouseholdEvent = { id: newId(), householdId, at, by, type, summary, fields };
  await db().events.add(event);
  return event;
}

/** Names of the fields whose values differ, for the audit record. */
export function changedFields<T extends object>(before: T, after: Partial<T>, prefix = ''): string[] {
  const out: string[] = [];
  for (const key of Object.keys(after) as (keyof T & string)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) out.push(prefix + key);
  }
  return out;
}
