/**
 * Merging by hand two households that are the same people entered twice (often on two tablets):
 * one household is kept, a person picks each summary value where the two differ, and everything
 * recorded on either stays, on the kept one.
 */
import type { Household, HouseholdDetails } from '../household';
import { fieldPaths, sameValue, setPath } from '../revision';

/** The summary fields a person chooses between, where the two households differ. */
export const CHOOSABLE_FIELDS = [
  { key: 'kind', on: 'household', label: 'Kind' },
  { key: 'workerId', on: 'household', label: 'Worker' },
  { key: 'email', on: 'details', label: 'Email' },
  { key: 'phone', on: 'details', label: 'Phone' },
  { key: 'postcode', on: 'details', label: 'Postcode' },
  { key: 'address', on: 'details', label: 'Address' },
  { key: 'howHeard', on: 'details', label: 'How they heard' },
  { key: 'namedChild', on: 'details', label: 'Named child' },
  { key: 'enquiryNotes', on: 'details', label: 'Notes at enquiry' },
] as const;

export type ChoosableField = (typeof CHOOSABLE_FIELDS)[number]['key'];
export type Choices = Partial<Record<ChoosableField, 'kept' | 'other'>>;

export interface DuplicateSide {
  household: Household;
  details: HouseholdDetails;
}

function valueOf(side: DuplicateSide, field: (typeof CHOOSABLE_FIELDS)[number]): unknown {
  return field.on === 'household' ? side.household[field.key as 'kind' | 'workerId'] : side.details[field.key as keyof HouseholdDetails];
}

/** The choosable fields whose values differ, in the order the page asks them. */
export function differingFields(a: DuplicateSide, b: DuplicateSide): (typeof CHOOSABLE_FIELDS)[number][] {
  return CHOOSABLE_FIELDS.filter((f) => !sameValue(valueOf(a, f) ?? null, valueOf(b, f) ?? null));
}

/** The household kept unless the person chooses otherwise: the one known first. */
export function olderOf(a: Household, b: Household): Household {
  const order = a.enquiryOn.localeCompare(b.enquiryOn) || a.createdAt.localeCompare(b.createdAt) || a.reference.localeCompare(b.reference);
  return order <= 0 ? a : b;
}

function hasDecision(h: Household): boolean {
  const d = h.assessment.decision;
  return Boolean(d?.outcome || d?.decidedOn || d?.qualifyingDeterminationOn);
}

/**
 * Why two households cannot be merged, or undefined. Two agency decisions are two records the
 * service must keep as made, so neither is silently folded into the other; demo households go
 * with the demo data, so they never join real ones.
 */
export function mergeRefusal(a: Household, b: Household): string | undefined {
  if (a.id === b.id) return 'A household cannot be merged with itself.';
  if (a.isDemo !== b.isDemo) return `${a.isDemo ? a.reference : b.reference} is demo data and ${a.isDemo ? b.reference : a.reference} is not: demo households are never merged with real ones.`;
  if (hasDecision(a) && hasDecision(b)) {
    return `${a.reference} and ${b.reference} both have an agency decision recorded. Each decision is a record the service must keep as it was made, so they stay separate households. Ask a manager to close the one recorded in error.`;
  }
  return undefined;
}

/**
 * The kept household and details after the merge: each differing summary field as chosen, the
 * assessment dates only the other household has filled in, both sides' training and interests, and the later
 * of the two last moves (the other's moves join this household's history).
 */
export function mergedHousehold(kept: DuplicateSide, other: DuplicateSide, choices: Choices): DuplicateSide & { filled: string[] } {
  const household = structuredClone(kept.household);
  const details = structuredClone(kept.details);
  for (const field of differingFields(kept, other)) {
    if (choices[field.key] !== 'other') continue;
    const target = (field.on === 'household' ? household : details) as unknown as Record<string, unknown>;
    const value = valueOf(other, field);
    if (value === undefined) delete target[field.key];
    else target[field.key] = value;
  }
  const filled: string[] = [];
  const have = fieldPaths(household.assessment);
  for (const [path, value] of Object.entries(fieldPaths(other.household.assessment))) {
    const mine = have[path];
    if (Array.isArray(value) && Array.isArray(mine)) {
      // Lists (training attended) keep every entry either household recorded.
      const both = [...new Map([...mine, ...value].map((v) => [JSON.stringify(v), v])).values()];
      if (both.length === mine.length) continue;
      setPath(household.assessment as unknown as Record<string, unknown>, path, both);
    } else if (mine === undefined) {
      setPath(household.assessment as unknown as Record<string, unknown>, path, value);
    } else continue;
    filled.push(`assessment.${path}`);
  }
  details.interests = [...new Set([...kept.details.interests, ...other.details.interests])];
  if (other.household.lastMoveOn > household.lastMoveOn) household.lastMoveOn = other.household.lastMoveOn;
  return { household, details, filled };
}
