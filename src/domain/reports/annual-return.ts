import { APPROVAL_TYPES, type ApprovalType } from '../codes';
import type { IsoDate } from '../dates';
import type { Household } from '../household';
import { inPeriod, type Period } from './financial-year';
import { splitByKind, type ByKind } from './kinds';
import { normaliseTerms } from '../terms';

/**
 * Ofsted's annual return counts approved households and places at 31 March by approval type,
 * mainstream and connected-person (kinship) households apart. Places are the number of children
 * in the terms of approval.
 */
export interface ApprovedHousehold {
  id: string;
  kind: Household['kind'];
  approvedOn: IsoDate;
  deregisteredOn?: IsoDate;
  /** Empty when no terms were recorded. */
  types: ApprovalType[];
  places: number;
}

export function approvedHousehold(h: Household): ApprovedHousehold {
  const terms = normaliseTerms(h.assessment.terms);
  const n = terms?.numberOfChildren;
  return {
    id: h.id,
    kind: h.kind,
    approvedOn: h.assessment.decision?.decidedOn ?? h.stageEnteredOn,
    ...(h.deregisteredOn ? { deregisteredOn: h.deregisteredOn } : {}),
    types: terms?.types ?? [],
    places: typeof n === 'number' && Number.isFinite(n) && n > 0 ? Math.floor(n) : 0,
  };
}

export interface ApprovedGroup {
  households: string[];
  places: number;
}

export interface ApprovedByType {
  /** Undefined for households approved with no terms recorded. */
  type: ApprovalType | undefined;
  mainstream: ApprovedGroup;
  kinship: ApprovedGroup;
}

function group(households: readonly ApprovedHousehold[]): ApprovedGroup {
  return { households: households.map((h) => h.id), places: households.reduce((sum, h) => sum + h.places, 0) };
}

function split(households: readonly ApprovedHousehold[], type: ApprovalType | undefined): ApprovedByType {
  return {
    type,
    mainstream: group(households.filter((h) => h.kind !== 'connected')),
    kinship: group(households.filter((h) => h.kind === 'connected')),
  };
}

/** Approved on or before `at` and not deregistered by the end of that day. */
export function isApprovedAt(h: Pick<ApprovedHousehold, 'approvedOn' | 'deregisteredOn'>, at: IsoDate): boolean {
  return h.approvedOn <= at && !(h.deregisteredOn && h.deregisteredOn <= at);
}

/**
 * Households approved at `at` (31 March) and not deregistered by then, by approval type, then a total. Every type is
 * listed, zeros included; a row for households with no terms recorded appears only when there are some.
 * A household approved for several types counts in each of their rows and once in the total.
 */
export function approvedAt(households: readonly ApprovedHousehold[], at: IsoDate): { rows: ApprovedByType[]; total: ApprovedByType } {
  const approved = households.filter((h) => isApprovedAt(h, at));
  const rows = (Object.keys(APPROVAL_TYPES) as ApprovalType[]).map((type) => split(approved.filter((h) => h.types.includes(type)), type));
  const untyped = approved.filter((h) => h.types.length === 0);
  if (untyped.length) rows.push(split(untyped, undefined));
  return { rows, total: split(approved, undefined) };
}

/** Households approved in the period and deregistered in the same period, which Ofsted reports apart. */
export function approvedAndDeregistered(households: readonly ApprovedHousehold[], period: Period): ByKind {
  return splitByKind(households.filter((h) => inPeriod(h.approvedOn, period) && inPeriod(h.deregisteredOn, period)));
}
