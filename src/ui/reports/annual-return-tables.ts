import { APPROVAL_TYPES } from '../../domain/codes';
import { approvedAt, type ApprovedByType, type ApprovedHousehold } from '../../domain/reports/annual-return';
import { financialYearSlug, type Period } from '../../domain/reports/financial-year';
import { FUNNEL_STEP_LABELS, type FunnelPeriod } from '../../domain/reports/funnel';
import { countCell, type ReportRow, type ReportTable } from './report-table';

export function returnCountsTable(year: FunnelPeriod, start: number): ReportTable {
  const steps = ['enquiries', 'applications', 'approvals'] as const;
  return {
    id: 'return-counts',
    caption: `Enquiries, applications and approvals, ${year.period.label}`,
    name: 'enquiries, applications and approvals',
    fileName: `annual-return-counts-${financialYearSlug(start)}.csv`,
    head: ['In the year', 'Households'],
    numeric: [true],
    rows: steps.map((step) => ({ header: FUNNEL_STEP_LABELS[step], cells: [countCell(year.households[step])] })),
  };
}

function row(header: string, r: ApprovedByType): ReportRow {
  return {
    header,
    cells: [countCell(r.mainstream.households), { text: String(r.mainstream.places) }, countCell(r.kinship.households), { text: String(r.kinship.places) }],
  };
}

export function approvedAtTable(approved: ApprovedHousehold[], year: Period, start: number): ReportTable {
  const { rows, total } = approvedAt(approved, year.to);
  return {
    id: 'approved-at',
    caption: `Approved households and places at 31 March ${year.to.slice(0, 4)}`,
    name: 'approved households and places',
    fileName: `annual-return-approved-${financialYearSlug(start)}.csv`,
    head: ['Approval type', 'Mainstream households', 'Mainstream places', 'Kinship households', 'Kinship places'],
    numeric: [true, true, true, true],
    rows: [...rows.map((r) => row(r.type ? APPROVAL_TYPES[r.type] : 'Terms of approval not recorded', r)), row('Total', total)],
  };
}
