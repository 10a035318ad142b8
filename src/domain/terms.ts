import { APPROVAL_TYPES, isKeyOf, type ApprovalType } from './codes';
import { formatDate, isIsoDate, type IsoDate } from './dates';
import type { Household } from './household';
import { notRealDate } from './date-parts';

export { normaliseTerms, type LegacyTermsOfApproval, type StoredTermsOfApproval, type TermsOfApproval, type UsualLimitExemption } from './stored-terms';
import type { StoredTermsOfApproval, TermsOfApproval, UsualLimitExemption } from './stored-terms';
import { normaliseTerms } from './stored-terms';

/** Children a household may usually foster at once, unless they are siblings or an exemption is granted. */
export const USUAL_FOSTERING_LIMIT = 3;
export const MAX_CHILDREN = 10;

/** The terms as typed: every field a string, so nothing is lost or coerced before validation. */
export interface TermsInput {
  types: string[];
  ageFrom: string;
  ageTo: string;
  numberOfChildren: string;
  /** 'yes', 'no' or '' (not answered, read as no). */
  siblingGroups: string;
  namedChild: string;
  exemptionGrantedOn: string;
  exemptionGrantedBy: string;
  exemptionNumberOfChildren: string;
  exemptionUntil: string;
}

export type TermsField = keyof TermsInput;
export type TermsErrors = Partial<Record<TermsField, string>>;
export type TermsResult = { ok: true; value: TermsOfApproval } | { ok: false; errors: TermsErrors };

/** Fields in the order `TermsFields` shows them, for the error summary. */
export const TERMS_FIELDS: readonly TermsField[] = [
  'types',
  'namedChild',
  'ageFrom',
  'ageTo',
  'numberOfChildren',
  'siblingGroups',
  'exemptionGrantedOn',
  'exemptionGrantedBy',
  'exemptionNumberOfChildren',
  'exemptionUntil',
];

/** A blank form; a connected household's named child is filled in for kinship approval. */
export function emptyTermsInput(namedChild = ''): TermsInput {
  return {
    types: [],
    ageFrom: '',
    ageTo: '',
    numberOfChildren: '',
    siblingGroups: '',
    namedChild,
    exemptionGrantedOn: '',
    exemptionGrantedBy: '',
    exemptionNumberOfChildren: '',
    exemptionUntil: '',
  };
}

/** Stored terms back into the form, e.g. for the panel's recommended terms to start from. */
export function termsInputFrom(stored: StoredTermsOfApproval | undefined, namedChild = ''): TermsInput {
  const t = normaliseTerms(stored);
  if (!t) return emptyTermsInput(namedChild);
  return {
    types: [...t.types],
    ageFrom: String(t.ageFrom),
    ageTo: String(t.ageTo),
    numberOfChildren: String(t.numberOfChildren),
    siblingGroups: t.siblingGroups ? 'yes' : 'no',
    namedChild: t.namedChild ?? namedChild,
    exemptionGrantedOn: t.exemption?.grantedOn ?? '',
    exemptionGrantedBy: t.exemption?.grantedBy ?? '',
    exemptionNumberOfChildren: t.exemption ? String(t.exemption.numberOfChildren) : '',
    exemptionUntil: t.exemption?.until ?? '',
  };
}

/** A whole number as typed ("3", " 12 "), or undefined for anything else, so NaN never reaches the rules. */
export function parseWholeNumber(text: string): number | undefined {
  const t = text.trim();
  return /^\d{1,3}$/.test(t) ? Number(t) : undefined;
}

/**
 * Whether the exemption part of the form applies: more than the usual limit, and not only for
 * sibling groups. The form shows the exemption fields exactly when this is true.
 */
export function needsExemption(input: Pick<TermsInput, 'numberOfChildren' | 'siblingGroups'>): boolean {
  const n = parseWholeNumber(input.numberOfChildren);
  return n !== undefined && n > USUAL_FOSTERING_LIMIT && input.siblingGroups !== 'yes';
}

/** Which approval types this household may hold: kinship only for a connected household. */
export function approvalTypesFor(household: Pick<Household, 'kind'>): ApprovalType[] {
  const all = Object.keys(APPROVAL_TYPES) as ApprovalType[];
  return household.kind === 'connected' ? all : all.filter((t) => t !== 'kinship');
}

/**
 * Checks terms of approval as typed, for the household they are for.
 * `on` is the date the terms are decided (the decision or the panel): an exemption must have been
 * granted by then and still run on that day. Without it, only the exemption's own dates are checked.
 * Errors are keyed by `TermsField`, each a sentence to show beside its field.
 */
export function validateTerms(input: TermsInput, household: Pick<Household, 'kind'>, on?: IsoDate): TermsResult {
  const errors: TermsErrors = {};
  // Kept in the order of the list, whatever order they were ticked in.
  const types = (Object.keys(APPROVAL_TYPES) as ApprovalType[]).filter((t) => input.types.includes(t));
  if (types.length === 0 || !input.types.every((t) => isKeyOf(APPROVAL_TYPES, t))) errors.types = 'Select at least one type of approval';
  else if (types.includes('kinship') && household.kind !== 'connected') {
    errors.types = 'Kinship (connected person) approval is only for a connected person household';
  }
  const kinship = types.includes('kinship');
  const namedChild = input.namedChild.trim();
  if (kinship && !namedChild) errors.namedChild = 'Enter the name of the child this kinship approval is for';
  else if (kinship && namedChild.length > 100) errors.namedChild = 'Name of the child must be 100 characters or fewer';

  const ageFrom = parseWholeNumber(input.ageFrom);
  const ageTo = parseWholeNumber(input.ageTo);
  const n = parseWholeNumber(input.numberOfChildren);
  if (ageFrom === undefined || ageFrom > 17) errors.ageFrom = 'Youngest age must be a whole number from 0 to 17';
  if (ageTo === undefined || ageTo > 18) errors.ageTo = 'Oldest age must be a whole number from 0 to 18';
  else if (ageFrom !== undefined && ageTo < ageFrom) errors.ageTo = 'Oldest age must be the same as or more than the youngest age';
  if (n === undefined || n < 1 || n > MAX_CHILDREN) errors.numberOfChildren = `Number of children must be a whole number from 1 to ${MAX_CHILDREN}`;

  const exemption = n !== undefined && !errors.numberOfChildren && needsExemption(input) ? checkExemption(input, n, on, errors) : undefined;

  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    value: {
      types,
      ageFrom: ageFrom!,
      ageTo: ageTo!,
      numberOfChildren: n!,
      siblingGroups: input.siblingGroups === 'yes',
      ...(kinship ? { namedChild } : {}),
      ...(exemption ? { exemption } : {}),
    },
  };
}

/** Above the usual limit without siblings: a complete exemption covering this many children, or a refusal. */
function checkExemption(input: TermsInput, n: number, on: IsoDate | undefined, errors: TermsErrors): UsualLimitExemption | undefined {
  const grantedOn = input.exemptionGrantedOn.trim();
  const grantedBy = input.exemptionGrantedBy.trim();
  const until = input.exemptionUntil.trim();
  const covers = parseWholeNumber(input.exemptionNumberOfChildren);
  if (!grantedOn && !grantedBy && !until && !input.exemptionNumberOfChildren.trim()) {
    errors.numberOfChildren = `More than ${USUAL_FOSTERING_LIMIT} children needs a sibling group or an exemption from the usual fostering limit: record the exemption, or enter ${USUAL_FOSTERING_LIMIT} or fewer`;
    return undefined;
  }
  const before = Object.keys(errors).length;
  if (!grantedOn) errors.exemptionGrantedOn = 'Enter the date the exemption was granted';
  else if (!isIsoDate(grantedOn)) errors.exemptionGrantedOn = notRealDate(grantedOn, 'Date the exemption was granted');
  else if (on && grantedOn > on) errors.exemptionGrantedOn = `Date the exemption was granted must be on or before ${formatDate(on)}`;
  if (!grantedBy) errors.exemptionGrantedBy = 'Enter who granted the exemption';
  else if (grantedBy.length > 100) errors.exemptionGrantedBy = 'Who granted the exemption must be 100 characters or fewer';
  if (covers === undefined || covers < 1) errors.exemptionNumberOfChildren = 'Enter how many children the exemption allows, as a whole number';
  else if (covers < n) errors.exemptionNumberOfChildren = `The exemption allows ${covers} children: the terms cannot approve ${n}`;
  if (!until) errors.exemptionUntil = 'Enter the date the exemption lasts until';
  else if (!isIsoDate(until)) errors.exemptionUntil = notRealDate(until, 'Date the exemption lasts until');
  else if (isIsoDate(grantedOn) && until <= grantedOn) errors.exemptionUntil = 'Date the exemption lasts until must be after the date it was granted';
  else if (on && until < on) errors.exemptionUntil = `The exemption ended on ${formatDate(until)}: it must still run on ${formatDate(on)}`;
  if (Object.keys(errors).length > before) return undefined;
  return { grantedOn, grantedBy, numberOfChildren: covers!, until };
}

/** The approval types in words, "Long-term and short breaks (respite)". */
export function approvalTypesText(terms: Pick<TermsOfApproval, 'types' | 'namedChild'>): string {
  const words = terms.types.map((t) => (t === 'kinship' && terms.namedChild ? `${APPROVAL_TYPES[t]} for ${terms.namedChild}` : APPROVAL_TYPES[t]));
  if (words.length <= 1) return words[0] ?? 'None recorded';
  return `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

/** The same terms, whatever order the approval types were ticked in. */
export function sameTerms(a: TermsOfApproval, b: TermsOfApproval): boolean {
  const types = (t: TermsOfApproval) => [...t.types].sort().join(',');
  return (
    types(a) === types(b) &&
    a.ageFrom === b.ageFrom &&
    a.ageTo === b.ageTo &&
    a.numberOfChildren === b.numberOfChildren &&
    a.siblingGroups === b.siblingGroups &&
    (a.namedChild ?? '') === (b.namedChild ?? '') &&
    JSON.stringify(a.exemption ?? null) === JSON.stringify(b.exemption ?? null)
  );
}

/** Terms in one line: "Long-term, 5 to 12 years, 2 children, sibling groups". */
export function termsInWords(t: TermsOfApproval): string {
  const children = `${t.numberOfChildren} ${t.numberOfChildren === 1 ? 'child' : 'children'}`;
  return `${approvalTypesText(t)}, ${t.ageFrom} to ${t.ageTo} years, ${children}${t.siblingGroups ? ', sibling groups' : ''}`;
}
