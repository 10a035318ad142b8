import type { IsoDate } from '../dates';
import type { Check, Household } from '../household';
import type { HoldMove } from '../hold-periods';
import type { LocalTargets } from '../settings';
import { deadlineApplies, householdDeadlines, type Deadline, type DeadlineKey } from '../timescales';
import { percent } from './arithmetic';
import { inPeriod, type Period } from './financial-year';

/**
 * Timescale compliance for a period: of the deadlines that were settled in it (met, or passed
 * unmet), the share met on time. Deadlines still ahead are not settled and are left out, so a
 * young year is not flattered by households that have not yet had the chance to breach.
 */
export const COMPLIANCE_MEASURES = ['stage1', 'stage2', 'panelWithin8Months', 'decisionAfterPanel'] as const satisfies readonly DeadlineKey[];
export type ComplianceMeasure = (typeof COMPLIANCE_MEASURES)[number];

export const COMPLIANCE_LABELS: Record<ComplianceMeasure, string> = {
  stage1: 'Stage 1 checks complete (local target)',
  stage2: 'Stage 2 assessment complete (local target)',
  panelWithin8Months: 'Panel recommendation within 8 months of the application (national, NMS 14.4)',
  decisionAfterPanel: 'Agency decision within 7 working days of the panel minutes (national)',
};

export interface ComplianceRow {
  measure: ComplianceMeasure;
  met: string[];
  breached: string[];
  /** Whole percent met on time, or undefined when nothing was settled. */
  share: number | undefined;
}

export interface Breach {
  householdId: string;
  measure: ComplianceMeasure;
  dueOn: IsoDate;
  /** When it was met late; absent while still unmet. */
  metOn?: IsoDate;
}

export interface ComplianceReport {
  rows: ComplianceRow[];
  breaches: Breach[];
}

/** The date a deadline was settled: when met, or the day after it fell due unmet. */
function settledIn(d: Deadline, period: Period, today: IsoDate): boolean {
  if (d.metOn) return inPeriod(d.metOn, period);
  return d.dueOn < today && inPeriod(d.dueOn, period);
}

export function compliance(
  households: readonly { household: Household; checks: readonly Check[]; moves?: readonly HoldMove[] }[],
  targets: LocalTargets,
  period: Period,
  today: IsoDate,
): ComplianceReport {
  const rows = new Map<ComplianceMeasure, ComplianceRow>();
  const breaches: Breach[] = [];
  const measures = new Set<string>(COMPLIANCE_MEASURES);
  for (const { household, checks, moves } of households) {
    for (const d of householdDeadlines(household, [...checks], targets, moves)) {
      if (!measures.has(d.key) || !deadlineApplies(household, d) || !settledIn(d, period, today)) continue;
      const measure = d.key as ComplianceMeasure;
      const row = rows.get(measure) ?? { measure, met: [], breached: [], share: undefined };
      rows.set(measure, row);
      if (d.metOn && d.metOn <= d.dueOn) row.met.push(household.id);
      else {
        row.breached.push(household.id);
        breaches.push({ householdId: household.id, measure, dueOn: d.dueOn, ...(d.metOn ? { metOn: d.metOn } : {}) });
      }
    }
  }
  return {
    rows: COMPLIANCE_MEASURES.map((measure) => {
      const row = rows.get(measure) ?? { measure, met: [], breached: [], share: undefined };
      return { ...row, share: percent(row.met.length, row.met.length + row.breached.length) };
    }),
    breaches: breaches.sort((a, b) => a.dueOn.localeCompare(b.dueOn)),
  };
}
