/**
 * The register's counts for a financial year: households and places at its end by approval type,
 * deregistrations by route and by reason, households joining and leaving, and carers leaving per
 * 100 by tier. Each count keeps the households behind it, as the other report tables do.
 */
import { APPROVAL_TYPES, type ApprovalType } from '../codes';
import type { IsoDate } from '../dates';
import type { Period } from '../reports/financial-year';
import type { CarerHousehold, Deregistration, TierChange } from './carer';
import { DEREGISTRATION_ROUTES, type DeregistrationRoute } from './deregistration';
import { isCurrent, type PlacementFacts } from './places';
import { onRegisterAt, tierAt } from './support-report';
import type { Tier } from './tiers';

export interface PlacesRow {
  label: string;
  households: string[];
  approved: number;
  inUse: number;
}

/**
 * Households on the register on a date by approval type, with their places approved and in use.
 * A household approved for several types counts under each, so the rows add up to more than the
 * total, which counts each household once.
 */
export function byApprovalType(
  carers: readonly CarerHousehold[],
  placements: readonly (PlacementFacts & { householdId: string })[],
  on: IsoDate,
): { rows: PlacesRow[]; total: PlacesRow } {
  const inUse = new Map<string, number>();
  for (const p of placements) if (isCurrent(p, on)) inUse.set(p.householdId, (inUse.get(p.householdId) ?? 0) + 1);
  const row = (label: string): PlacesRow => ({ label, households: [], approved: 0, inUse: 0 });
  const rows = new Map<ApprovalType | 'none', PlacesRow>();
  for (const t of Object.keys(APPROVAL_TYPES) as ApprovalType[]) rows.set(t, row(APPROVAL_TYPES[t]));
  rows.set('none', row('No terms recorded'));
  const total = row('All households (each once)');
  for (const carer of carers) {
    if (!onRegisterAt(carer, on)) continue;
    const types = carer.terms?.types.length ? carer.terms.types : (['none'] as const);
    const approved = carer.terms?.numberOfChildren ?? 0;
    const used = inUse.get(carer.householdId) ?? 0;
    for (const r of [...types.map((t) => rows.get(t)!), total]) {
      r.households.push(carer.householdId);
      r.approved += approved;
      r.inUse += used;
    }
  }
  return { rows: [...rows.values()].filter((r) => r.households.length > 0), total };
}

export interface LeavingRow {
  label: string;
  households: string[];
}

const inYear = (on: IsoDate, year: Pick<Period, 'from' | 'to'>) => on >= year.from && on <= year.to;

/** Households that left the register in the year (by the date it took effect), by route. */
export function deregistrationsByRoute(deregistrations: readonly Deregistration[], year: Pick<Period, 'from' | 'to'>): LeavingRow[] {
  return (Object.keys(DEREGISTRATION_ROUTES) as DeregistrationRoute[]).map((route) => ({
    label: DEREGISTRATION_ROUTES[route],
    households: deregistrations.filter((d) => d.route === route && inYear(d.effectiveOn, year)).map((d) => d.householdId),
  }));
}

/** Households that left in the year by the reason recorded, most common first; reasons no longer in the settings still count. */
export function deregistrationsByReason(deregistrations: readonly Deregistration[], year: Pick<Period, 'from' | 'to'>): LeavingRow[] {
  const rows = new Map<string, string[]>();
  for (const d of deregistrations) if (inYear(d.effectiveOn, year)) rows.set(d.reason, [...(rows.get(d.reason) ?? []), d.householdId]);
  return [...rows].map(([label, households]) => ({ label, households })).sort((a, b) => b.households.length - a.households.length || a.label.localeCompare(b.label));
}

/** Households approved in the year, those that left in it, and those that did both. */
export function joiningAndLeaving(carers: readonly CarerHousehold[], year: Pick<Period, 'from' | 'to'>): { approved: string[]; left: string[]; both: string[] } {
  const approved = carers.filter((c) => inYear(c.approvedOn, year)).map((c) => c.householdId);
  const left = carers.filter((c) => c.leftOn !== undefined && inYear(c.leftOn, year)).map((c) => c.householdId);
  const leftSet = new Set(left);
  return { approved, left, both: approved.filter((id) => leftSet.has(id)) };
}

export interface RetentionRow {
  label: string;
  /** On the register at any time in the year. */
  households: string[];
  left: string[];
}

/**
 * Households on the register at any time in the year by their tier (when they left, or at the
 * year's end), with those that left in it: the share leaving is carers leaving per 100 a year.
 */
export function retentionByTier(carers: readonly CarerHousehold[], changes: readonly TierChange[], tiers: readonly Tier[], year: Pick<Period, 'from' | 'to'>): RetentionRow[] {
  const rows: (RetentionRow & { tierId?: string })[] = [...tiers.map((t) => ({ tierId: t.id, label: t.name, households: [], left: [] })), { label: 'No tier given', households: [], left: [] }];
  for (const carer of carers) {
    if (carer.approvedOn > year.to || (carer.leftOn !== undefined && carer.leftOn < year.from)) continue;
    const left = carer.leftOn !== undefined && carer.leftOn <= year.to;
    const tierId = tierAt(carer, changes, left ? carer.leftOn! : year.to);
    const row = rows.find((r) => r.tierId !== undefined && r.tierId === tierId) ?? rows[rows.length - 1]!;
    row.households.push(carer.householdId);
    if (left) row.left.push(carer.householdId);
  }
  return rows.map(({ tierId: _, ...r }) => r);
}

/** Carers leaving per 100 on the register, to one decimal place; undefined with none on it. */
export function leavingPer100(left: number, households: number): number | undefined {
  return households ? Math.round((left / households) * 1000) / 10 : undefined;
}
