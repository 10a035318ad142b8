import { APPROVAL_TYPES, isKeyOf, type ApprovalType } from './codes';
import type { IsoDate } from './dates';

/**
 * Terms of approval: what a household is approved for (FSR 2011 reg 27(5)), recorded by the
 * decision and recommended by the panel. Kept apart from the
 * rules in terms.ts: the schema's migrations read stored terms, and they load with the first screen.
 */
export interface TermsOfApproval {
  /** At least one; a household may be approved for several types at once. */
  types: ApprovalType[];
  ageFrom: number;
  ageTo: number;
  numberOfChildren: number;
  siblingGroups: boolean;
  /** Kinship approval is for a named child (set exactly when `types` holds 'kinship'). */
  namedChild?: string;
  /** Lets a household take more than the usual three children who are not siblings. */
  exemption?: UsualLimitExemption;
}

/** An exemption from the usual fostering limit (Children Act 1989 Schedule 7). */
export interface UsualLimitExemption {
  grantedOn: IsoDate;
  grantedBy: string;
  numberOfChildren: number;
  until: IsoDate;
}

/** Terms as written before a household could hold more than one approval type. */
export interface LegacyTermsOfApproval {
  type: ApprovalType;
  ageFrom: number;
  ageTo: number;
  numberOfChildren: number;
  siblingGroups: boolean;
}

/** Terms as they may be stored: either shape, read through `normaliseTerms`. */
export type StoredTermsOfApproval = TermsOfApproval | LegacyTermsOfApproval;

/** Every stored shape as today's: old single-type terms read as a list of one. */
export function normaliseTerms(stored: StoredTermsOfApproval | undefined): TermsOfApproval | undefined {
  if (!stored) return undefined;
  if ('types' in stored && Array.isArray(stored.types)) return stored;
  const { type, ...rest } = stored as LegacyTermsOfApproval;
  return { ...rest, types: isKeyOf(APPROVAL_TYPES, type) ? [type] : [] };
}
