import { financialYearSlug, type Period } from '../../domain/reports/financial-year';
import type { EndingsByReason, EndingsByStage } from '../../domain/reports/withdrawals';
import { STAGE_LABELS } from '../../domain/stages';
import { countCell, type ReportTable } from './report-table';

const GROUP_LABELS: Record<EndingsByReason['group'], string> = {
  withdrawal: 'Applicant withdrew (Ofsted code)',
  serviceWithdrawal: 'Applicant withdrew (service code, not an Ofsted withdrawal)',
  closure: 'Service closed',
  none: 'No reason recorded',
};

export function endingsByStageTable(rows: EndingsByStage[], year: Period, start: number): ReportTable {
  return {
    id: 'endings-by-stage',
    caption: `Withdrawals and closures by the stage they left at, ${year.label}`,
    name: 'withdrawals by stage',
    fileName: `withdrawals-by-stage-${financialYearSlug(start)}.csv`,
    head: ['Stage left at', 'Applicant withdrew', 'Service closed', 'Total'],
    numeric: [true, true, true],
    rows: rows.map((r) => ({
      header: STAGE_LABELS[r.stage],
      cells: [countCell(r.withdrawn), countCell(r.closed), countCell([...r.withdrawn, ...r.closed])],
    })),
  };
}

export function endingsByReasonTable(rows: EndingsByReason[], year: Period, start: number): ReportTable {
  return {
    id: 'endings-by-reason',
    caption: `Withdrawals and closures by reason, ${year.label}`,
    name: 'withdrawals by reason',
    fileName: `withdrawals-by-reason-${financialYearSlug(start)}.csv`,
    head: ['Reason', 'Code', 'Who ended it', 'Households'],
    numeric: [false, false, true],
    rows: rows.map((r) => ({
      header: r.label,
      cells: [{ text: r.group === 'withdrawal' ? r.code : '' }, { text: GROUP_LABELS[r.group] }, countCell(r.households)],
    })),
  };
}
