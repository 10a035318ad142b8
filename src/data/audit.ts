import type { FieldChange } from '../domain/field-changes';
import type { HouseholdEvent } from '../domain/household';
import { db, newId, nowInstant } from './db';

/**
 * Changes that belong to no household (settings, the device's name list, demo data) are audited
 * under this key, so the service's own trail sits beside the households' timelines.
 */
export const SERVICE_EVENTS = 'service';

/**
 * Writes one audit event. Call inside the caller's transaction so the change and its record land
 * together. Pass the changes (old and new values) where the write knows them, or just field names.
 */
export async function audit(
  householdId: string,
  by: string,
  type: string,
  summary: string,
  fields: string[] | FieldChange[],
  at: string = nowInstant(),
): Promise<HouseholdEvent> {
  const changes = fields.filter((f): f is FieldChange => typeof f === 'object');
  const event: HouseholdEvent = { id: newId(), householdId, at, by, type, summary, fields: fields.map((f) => (typeof f === 'object' ? f.field : f)) };
  if (changes.length) event.changes = changes;
  await db().events.add(event);
  return event;
}
