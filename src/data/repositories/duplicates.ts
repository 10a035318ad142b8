import { byHouseholdOrder } from '../../domain/household';
import type { LineState, Stage } from '../../domain/stages';
import { duplicateReason } from '../../domain/search-keys';
import { indexLookup } from '../crypto/search-index';
import { db } from '../db';

/** A household already on the device that may be the same people as a new enquiry. */
export interface PossibleDuplicate {
  id: string;
  reference: string;
  stage: Stage;
  state: LineState;
  applicants: string[];
  /** The duplicate keys both share. */
  matchedKeys: string[];
  /** Why they matched, in words, one entry per kind of match. */
  reasons: string[];
}

/**
 * Households sharing any duplicate key (same email, same phone, or same surname and postcode),
 * read through the multi-entry index (its tokens hashed first on a device with a passcode) and capped, so the check stays quick with thousands of
 * households. `excludeId` leaves out the household being edited.
 */
export async function findPossibleDuplicates(keys: string[], excludeId?: string, limit = 5): Promise<PossibleDuplicate[]> {
  if (keys.length === 0) return [];
  const d = db();
  const lookup = await indexLookup(d.session, keys);
  return d.transaction('r', [d.households, d.people], async () => {
    const households = await d.households
      .where('duplicateKeys')
      .anyOf(lookup.tokens)
      .distinct()
      .filter((h) => h.id !== excludeId)
      .limit(limit)
      .toArray();
    if (households.length === 0) return [];
    const people = await d.people.where('householdId').anyOf(households.map((h) => h.id)).toArray();
    const wanted = new Set(keys);
    return households.map((h) => {
      const matchedKeys = h.duplicateKeys.filter((k) => wanted.has(k));
      return {
        id: h.id,
        reference: h.reference,
        stage: h.stage,
        state: h.state,
        applicants: people.filter((p) => p.householdId === h.id && p.role === 'applicant').sort(byHouseholdOrder).map((p) => p.name),
        matchedKeys,
        reasons: [...new Set(matchedKeys.map(duplicateReason))],
      };
    });
  });
}
