import { APPROVAL_TYPES, WITHDRAWAL_CODES } from '../../domain/codes';
import { formatDate } from '../../domain/dates';
import { approvedAt, type ApprovedByType, type ApprovedHousehold } from '../../domain/reports/annual-return';
import type { CompletedApplications, NoFurtherRow } from '../../domain/reports/applications';
import { financialYearSlug, type Period } from '../../domain/reports/financial-year';
import type { ReturnCounts } from '../../domain/reports/return-counts';
import { countCell, KIND_HEAD, kindCells, type ReportRow, type ReportTable } from './report-table';

export function returnCountsTable(counts: ReturnCounts, year: Period, start: number): ReportTable {
  const yearEnd = formatDate(year.to);
  return {
    id: 'return-counts',
    caption: `Enquiries, applications and approvals, ${year.label}`,
    definition: `Enquiries: households that enquired in the year, each once, even if they enquired twice (the same email, phone, or surname and postcode). Applications received: signed applications received in the year. Households approved: approved by the agency decision maker in the year. Approved and deregistered: approved in the year and deregistered before it ended. In progress: applications received by ${yearEnd} that had not been approved, withdrawn, closed or refused by the end of that day.`,
    name: 'enquiries, applications and approvals',
    fileName: `annual-return-counts-${financialYearSlug(start)}.csv`,
    head: ['In the year', ...KIND_HEAD],
    numeric: [true, true, true],
    rows: [
      { header: 'Enquiries', cells: kindCells(counts.enquiries) },
      { header: 'Applications received', cells: kindCells(counts.applications) },
      { header: 'Households approved', cells: kindCells(counts.approved) },
      { header: 'Households approved and deregistered in the year', cells: kindCells(counts.approvedAndDeregistered) },
      { header: `Applications in progress at ${yearEnd}`, cells: kindCells(counts.inProgress) },
    ],
  };
}

export function completedTable(c: CompletedApplications, year: Period, start: number): ReportTable {
  return {
    id: 'completed',
    caption: `Applications completed in ${year.label}, by outcome`,
    definition:
      "Applications that ended in the year. Withdrawn: the applicant withdrew from an application before panel considered it (at application, stage 1, stage 2 or waiting for panel), with Ofsted's reason code. Not approved: the agency decision maker did not approve after a qualifying determination. Ended another way: closed by the service, or withdrawn after panel or with no reason code; these are none of Ofsted's outcomes and are shown so that every ending is counted.",
    name: 'applications completed',
    fileName: `annual-return-completed-${financialYearSlug(start)}.csv`,
    head: ['Outcome', 'Ofsted code', ...KIND_HEAD],
    numeric: [false, true, true, true],
    rows: [
      { header: 'Approved', cells: [{ text: '' }, ...kindCells(c.approved)] },
      ...c.withdrawn.map((w) => ({ header: `Withdrawn: ${WITHDRAWAL_CODES[w.code]}`, cells: [{ text: w.code }, ...kindCells(w.households)] })),
      { header: 'Withdrawn, every reason', cells: [{ text: '' }, ...kindCells(c.withdrawnAll)] },
      { header: 'Not approved after a qualifying determination', cells: [{ text: '' }, ...kindCells(c.notApproved)] },
      { header: 'Ended another way', cells: [{ text: '' }, ...kindCells(c.endedOtherwise)] },
      { header: 'All applications completed', cells: [{ text: '' }, ...kindCells(c.total)] },
    ],
  };
}

export function noFurtherTable(rows: NoFurtherRow[], year: Period, start: number): ReportTable {
  return {
    id: 'no-further',
    caption: `Enquiries that went no further, ${year.label}`,
    definition:
      "Enquiries and initial visits that ended in the year without an application, by the service's own reason. They never became applications, so they are not Ofsted withdrawals, whatever code was recorded.",
    name: 'enquiries that went no further',
    fileName: `annual-return-no-further-${financialYearSlug(start)}.csv`,
    head: ['Reason', ...KIND_HEAD],
    numeric: [true, true, true],
    rows: rows.map((r) => ({ header: r.label, cells: kindCells(r.households) })),
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
    caption: `Approved households and places at ${formatDate(year.to)}`,
    definition: `Households approved on or before ${formatDate(year.to)} and not deregistered by the end of that day, by the type in their terms of approval. Places are the number of children the terms allow.`,
    name: 'approved households and places',
    fileName: `annual-return-approved-${financialYearSlug(start)}.csv`,
    head: ['Approval type', 'Mainstream households', 'Mainstream places', 'Connected person households', 'Connected person places'],
    numeric: [true, true, true, true],
    rows: [...rows.map((r) => row(r.type ? APPROVAL_TYPES[r.type] : 'Terms of approval not recorded', r)), row('Total', total)],
  };
}
