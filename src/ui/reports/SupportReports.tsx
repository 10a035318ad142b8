import { formatDate, minDate } from '../../domain/dates';
import { financialYear } from '../../domain/reports/financial-year';
import { byTier, keepCompletion, retentionByMembership, unplannedEndingsByMembership, reviewsOnTime, supervisionFrequency } from '../../domain/support/support-report';
import { byApprovalType, deregistrationsByReason, deregistrationsByRoute, joiningAndLeaving, retentionByTier } from '../../domain/support/register-report';
import { supportReportsRepo } from '../../data/repositories/support-reports';
import { useLiveQuery } from '../components/use-live-query';
import { ReportTableView } from './ReportTableView';
import { deregistrationsByHeading } from '../../domain/support/leaving-reasons';
import { headingTable, joiningTable, placesByTypeTable, reasonTable, routeTable, tierRetentionTable } from './register-tables';
import { tierPromises } from '../../domain/support/tier-promises';
import { endingsTable, keepTable, membershipTable, reviewsTable, supervisionTable, tierPromisesTable, tierTable } from './support-tables';

/**
 * Support for approved carers in the chosen year: its own chunk, fetched once the recruitment
 * reports are showing.
 */
export default function SupportReports({ start, today }: { start: number; today: string }) {
  const { data, error } = useLiveQuery(() => supportReportsRepo.inputs(), []);
  const year = financialYear(start);
  // The year still running is counted to today.
  const end = minDate(year.to, today);
  // A resignation taking effect later in the year has not yet happened.
  const upToToday = { ...year, to: end };
  return (
    <section aria-labelledby="support-report" class="reports-section">
      <h2 id="support-report">Support for approved carers</h2>
      {error ? (
        <p class="error-message">The support report could not be read from this device's storage. Reload the page to try again.</p>
      ) : !data ? (
        <p class="loading">Loading…</p>
      ) : !data.carers.length ? (
        <p>No approved carer households on this device yet.</p>
      ) : (
        <>
          <ReportTableView table={placesByTypeTable(byApprovalType(data.carers, data.placements, end), formatDate(end), start)} today={today} />
          <ReportTableView table={tierTable(byTier(data, end), formatDate(end), start)} today={today} />
          <ReportTableView table={joiningTable(joiningAndLeaving(data.carers, upToToday), year, start)} today={today} />
          <ReportTableView table={routeTable(deregistrationsByRoute(data.deregistrations, upToToday), year, start)} today={today} />
          <ReportTableView table={reasonTable(deregistrationsByReason(data.deregistrations, upToToday), year, start)} today={today} />
          <ReportTableView table={headingTable(deregistrationsByHeading(data.deregistrations, data.reasonHeadings, upToToday), year, start)} today={today} />
          <ReportTableView table={tierRetentionTable(retentionByTier(data.carers, data.tierChanges, data.tiers, upToToday), year, start)} today={today} />
          <ReportTableView table={reviewsTable(reviewsOnTime(data, year), year, start)} today={today} />
          <ReportTableView table={supervisionTable(supervisionFrequency(data, year, end), year, start)} today={today} />
          <ReportTableView table={tierPromisesTable(tierPromises(data, year, end), year, start)} today={today} />
          <ReportTableView table={membershipTable(retentionByMembership(data, upToToday), year, start)} today={today} />
          <ReportTableView table={endingsTable(unplannedEndingsByMembership(data, upToToday), year, start)} today={today} />
          {data.groups.length > 0 && <ReportTableView table={keepTable(keepCompletion(data, year, today), data.keepCompletionPercent, year, start)} today={today} />}
        </>
      )}
    </section>
  );
}
