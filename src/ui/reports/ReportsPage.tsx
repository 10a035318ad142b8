import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { reportsRepo } from '../../data/repositories/reports';
import { todayIso } from '../../domain/dates';
import { financialYear, financialYearLabel, financialYearOf, financialYearsSince } from '../../domain/reports/financial-year';
import { funnel } from '../../domain/reports/funnel';
import { endingsByReason, endingsByStage } from '../../domain/reports/withdrawals';
import { SelectField } from '../components/fields';
import { lazyPart } from '../components/LazyPart';
import { PageHeading, usePageTitle } from '../components/PageTitle';
import { useLiveQuery } from '../components/use-live-query';
import { compliance } from '../../domain/reports/compliance';
import { completedApplications, enquiriesNoFurther } from '../../domain/reports/applications';
import { returnCounts } from '../../domain/reports/return-counts';
import { approvedAtTable, completedTable, noFurtherTable, returnCountsTable } from './annual-return-tables';
import { ComplianceSection } from './ComplianceSection';
import { FunnelChart } from './FunnelChart';
import { conversionTable, funnelTable, mediansTable } from './funnel-tables';
import { ReportTableView } from './ReportTableView';
import { endingsByReasonTable, endingsByStageTable } from './withdrawal-tables';

/** The support report's code is fetched only when Reports opens. */
const SupportReports = lazyPart(() => import('./SupportReports'), 'The support report');

function Section({ id, title, children }: { id: string; title: string; children: ComponentChildren }) {
  return (
    <section aria-labelledby={id} class="reports-section">
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * The year's recruitment reports, then the support report: drawn below them only once they show, so
 * it never arrives first and is pushed down the page as someone reads it.
 */
function YearReports({ start, today }: { start: number; today: string }) {
  const { data, error } = useLiveQuery(() => reportsRepo.yearInputs(start), [start]);
  if (error) return <p class="error-message">The reports could not be read from this device's storage. Reload the page to try again.</p>;
  if (!data) return <p class="loading">Loading…</p>;
  const year = financialYear(start);
  const f = funnel(data.funnel, start);
  return (
    <>
      <Section id="funnel" title="Funnel">
        <p>
          What happened in each period: enquiries received, initial visits made, applications received and households approved.
          Conversion compares each step with the one before it in the same period. Choose a number to list the households
          behind it.
        </p>
        <div class="reports-funnel">
          <FunnelChart year={f.year} />
          <ReportTableView table={funnelTable(f, start)} today={today} />
        </div>
        <ReportTableView table={conversionTable(f, start)} today={today} />
        <p>Median days count the households that reached the later step in the period.</p>
        <ReportTableView table={mediansTable(f, start)} today={today} />
      </Section>
      <Section id="withdrawals" title="Withdrawals and closures">
        <p>
          Every household that left the line in the year, at any stage, as recorded: the applicant withdrew (with Ofsted's codes AW0
          to AW5) or the service closed it. The annual return below counts as Ofsted withdrawals only those from an application
          before panel.
        </p>
        <ReportTableView table={endingsByStageTable(endingsByStage(data.endings, year), year, start)} today={today} />
        <ReportTableView table={endingsByReasonTable(endingsByReason(data.endings, year), year, start)} today={today} />
      </Section>
      <Section id="timescales" title="Timescale compliance">
        <ComplianceSection report={compliance(data.timescales, data.targets, year, today)} year={year} start={start} today={today} />
      </Section>
      <Section id="annual-return" title={`Annual return, ${year.label}`}>
        <p>
          The figures Ofsted's annual fostering return asks for. Mainstream and connected-person (kinship) households are counted
          apart, with the total beside.
        </p>
        <ReportTableView table={returnCountsTable(returnCounts(f, data.approved, data.applications, year), year, start)} today={today} />
        <ReportTableView table={completedTable(completedApplications(data.moves, data.funnel, data.kinds, year), year, start)} today={today} />
        <ReportTableView table={noFurtherTable(enquiriesNoFurther(data.moves, data.kinds, year), year, start)} today={today} />
        <ReportTableView table={approvedAtTable(data.approved, year, start)} today={today} />
        <h3>Deregistrations by reason</h3>
        <p>
          Households leaving the register are counted under the return's headings in “Deregistrations by Ofsted heading”, in{' '}
          <a href="#support-report">Support for approved carers</a> below.
        </p>
      </Section>
      <SupportReports start={start} today={today} />
    </>
  );
}

export default function ReportsPage() {
  usePageTitle('Reports');
  const today = todayIso();
  const [start, setStart] = useState(financialYearOf(today));
  const { data: earliest } = useLiveQuery(() => reportsRepo.earliestEnquiry().then((d) => d ?? null), []);
  const years = financialYearsSince(earliest ?? undefined, today);
  return (
    <>
      <PageHeading>Reports</PageHeading>
      <p>Recruitment by financial year (1 April to 31 March), for the board and for Ofsted's annual return. Every table downloads as a CSV file that opens in Excel.</p>
      <div class="reports-year">
        <SelectField
          id="report-year"
          label="Financial year"
          value={String(start)}
          onChange={(v) => setStart(Number(v))}
          options={years.map((y) => ({ value: String(y), label: financialYearLabel(y) }))}
        />
      </div>
      <YearReports start={start} today={today} />
    </>
  );
}
