import type { StaffMember } from '../../domain/household';
import { db } from '../db';
import { names } from './carers';

/** A carer household as a picker or a list shows it. */
export interface NamedCarer {
  householdId: string;
  reference: string;
  names: string;
  onRegister: boolean;
}

/**
 * Every carer household with its names, sorted as the carer list sorts them: from each household's
 * support summary, reading people only for a household kept before summaries were. Call inside a
 * transaction over carers and people.
 */
export async function namedCarers(): Promise<NamedCarer[]> {
  const d = db();
  const carers = await d.carers.toArray();
  const unsummarised = carers.filter((c) => !c.supportSummary).map((c) => c.householdId);
  const people = unsummarised.length ? await d.people.where('householdId').anyOf(unsummarised).toArray() : [];
  const peopleOf = new Map<string, typeof people>();
  for (const p of people) peopleOf.set(p.householdId, [...(peopleOf.get(p.householdId) ?? []), p]);
  return carers
    .map((c) => ({
      householdId: c.householdId,
      reference: c.reference,
      names: (c.supportSummary ? c.supportSummary.names : names(peopleOf.get(c.householdId) ?? [])) || c.reference,
      onRegister: c.onRegister === 1,
    }))
    .sort((a, b) => a.names.localeCompare(b.names) || a.reference.localeCompare(b.reference));
}

export function staffName(staff: readonly StaffMember[], id: string): string {
  return staff.find((s) => s.id === id)?.name ?? 'Unknown';
}
