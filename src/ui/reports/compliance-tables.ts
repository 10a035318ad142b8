import { formatShortDate } from '../../domain/dates';
import { formatPercent } from '../../domain/reports/arithmetic';
import { COMPLIANCE_LABELS, type Breach, type ComplianceRow } from '../../domain/reports/compliance';
import { financialYearSlug, type Period } from '../../domain/reports/financial-year';
import type { HouseholdSummary } from '../../data/repositories/pipeline';
import { countCell, type ReportTable } from './report-table';

export function complianceTable(rows: ComplianceRow[], year: Period, start: number): ReportTable {
  return {
    id: 'compliance',
    caption: `Timescales met, ${year.label}`,
    name: 'timescales met',
    fileName: `timescales-${financialYearSlug(start)}.csv`,
    head: ['Timescale', 'Met on time', 'Breached', 'Share met on time'],
    numeric: [true, true, true],
    rows: rows.map((r) => ({
      header: COMPLIANCE_LABELS[r.measure],
      cells: [countCell(r.met), countCell(r.breached), { text: formatPercent(r.share) }],
    })),
  };
}

/** One row per breach; the household's reference and names head the row, as on the Today page. */
export function breachesTable(breaches: Breach[], households: Map<string, HouseholdSummary>, year: Period, start: number): ReportTable {
  return {
    id: 'breaches',
    caption: `Timescale breaches, ${year.label}`,
    name: 'breaches',
    fileName: `breaches-${financialYearSlug(start)}.csv`,
    head: ['Household', 'Timescale', 'Due', 'Met'],
    numeric: [false, false, false],
    rows: breaches.map((b) => {
      const h = households.get(b.householdId);
      return {
        header: h ? `${h.reference} ${h.names}` : b.householdId,
        cells: [{ text: COMPLIANCE_LABELS[b.measure] }, { text: formatShortDate(b.dueOn) }, { text: b.metOn ? formatShortDate(b.metOn) : 'Not yet met' }],
      };
    }),
  };
}
