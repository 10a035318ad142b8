import { formatDays, formatPercent } from '../../domain/reports/arithmetic';
import { financialYearSlug } from '../../domain/reports/financial-year';
import { FUNNEL_STEP_LABELS, FUNNEL_STEPS, MEDIAN_LABELS, MEDIANS, type Funnel, type FunnelPeriod } from '../../domain/reports/funnel';
import { countCell, type ReportTable } from './report-table';

const CONVERSION_LABELS = ['Enquiry to initial visit', 'Initial visit to application', 'Application to approval'];

/** Quarters count both kinds together; the whole year is split, mainstream and connected person, then the total. */
function columns(f: Funnel): FunnelPeriod[] {
  return [...f.quarters, f.kinds.mainstream, f.kinds.connected, f.year];
}

function head(first: string, f: Funnel): string[] {
  const year = `Whole year ${f.year.period.label}`;
  return [first, ...f.quarters.map((q) => q.period.label), `${year} mainstream`, `${year} connected person`, year];
}

export function funnelTable(f: Funnel, start: number): ReportTable {
  const periods = columns(f);
  return {
    id: 'funnel',
    caption: `Households at each step, ${f.year.period.label}`,
    definition:
      'Enquiries count each household once in a period: people who enquired twice, found by the same email, phone, or surname and postcode, count once, so the quarters can add up to more than the year. Initial visits, applications and approvals count the households that reached the step in the period. Each quarter counts mainstream and connected-person households together; the whole year counts them apart, then in total.',
    name: 'funnel',
    fileName: `funnel-${financialYearSlug(start)}.csv`,
    head: head('Step', f),
    numeric: periods.map(() => true),
    rows: FUNNEL_STEPS.map((step) => ({ header: FUNNEL_STEP_LABELS[step], cells: periods.map((p) => countCell(p.households[step])) })),
  };
}

export function conversionTable(f: Funnel, start: number): ReportTable {
  const periods = columns(f);
  return {
    id: 'conversion',
    caption: `Conversion between steps, ${f.year.period.label}`,
    name: 'conversion',
    fileName: `conversion-${financialYearSlug(start)}.csv`,
    head: head('From one step to the next', f),
    numeric: periods.map(() => true),
    rows: [
      ...CONVERSION_LABELS.map((header, i) => ({ header, cells: periods.map((p) => ({ text: formatPercent(p.conversions[i]) })) })),
      { header: 'Enquiry to approval', cells: periods.map((p) => ({ text: formatPercent(p.overallConversion) })) },
    ],
  };
}

export function mediansTable(f: Funnel, start: number): ReportTable {
  const periods = columns(f);
  return {
    id: 'medians',
    caption: `Median days between steps, ${f.year.period.label}`,
    name: 'median days',
    fileName: `median-days-${financialYearSlug(start)}.csv`,
    head: head('Days from', f),
    numeric: periods.map(() => true),
    rows: MEDIANS.map((key) => ({ header: MEDIAN_LABELS[key], cells: periods.map((p) => ({ text: formatDays(p.medians[key]) })) })),
  };
}
