import { BEHIND_LIMIT, reportsRepo } from '../../data/repositories/reports';
import type { ComplianceReport } from '../../domain/reports/compliance';
import type { Period } from '../../domain/reports/financial-year';
import { useLiveQuery } from '../components/use-live-query';
import { breachesTable, complianceTable } from './compliance-tables';
import { ReportTableView } from './ReportTableView';

/** Shares of timescales met, then the breaches themselves (the first 50, oldest due first). */
export function ComplianceSection({ report, year, start, today }: { report: ComplianceReport; year: Period; start: number; today: string }) {
  const shown = report.breaches.slice(0, BEHIND_LIMIT);
  const ids = shown.map((b) => b.householdId);
  const { data } = useLiveQuery(() => reportsRepo.householdsBehind(ids, today), [ids.join(), today]);
  return (
    <>
      <p>
        Of the timescales settled in the year (met, or passed unmet), the share met on time. Timescales not yet due are left
        out.
      </p>
      <ReportTableView table={complianceTable(report.rows, year, start)} today={today} />
      {report.breaches.length === 0 ? (
        <p>No timescale breaches in {year.label}.</p>
      ) : !data ? (
        <p class="loading">Loading…</p>
      ) : (
        <>
          <ReportTableView table={breachesTable(shown, new Map(data.rows.map((h) => [h.id, h])), year, start)} today={today} />
          {report.breaches.length > shown.length && <p>Showing the first {shown.length} of {report.breaches.length} breaches.</p>}
        </>
      )}
    </>
  );
}
