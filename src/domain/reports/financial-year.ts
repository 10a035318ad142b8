import type { IsoDate } from '../dates';

/**
 * English councils report by financial year, 1 April to 31 March. A year is named by the calendar
 * year it starts in (2026 = "2026/27"); quarters run Q1 April–June to Q4 January–March.
 */
export type Quarter = 1 | 2 | 3 | 4;

export interface Period {
  label: string;
  from: IsoDate;
  to: IsoDate;
}

const QUARTER_MONTHS: Record<Quarter, { from: string; to: string; label: string }> = {
  1: { from: '04-01', to: '06-30', label: 'Apr–Jun' },
  2: { from: '07-01', to: '09-30', label: 'Jul–Sep' },
  3: { from: '10-01', to: '12-31', label: 'Oct–Dec' },
  4: { from: '01-01', to: '03-31', label: 'Jan–Mar' },
};

export const QUARTERS: readonly Quarter[] = [1, 2, 3, 4];

/** The start year of the financial year a date falls in: 2027-03-31 → 2026, 2027-04-01 → 2027. */
export function financialYearOf(date: IsoDate): number {
  const year = Number(date.slice(0, 4));
  return Number(date.slice(5, 7)) >= 4 ? year : year - 1;
}

export function financialYearLabel(start: number): string {
  return `${start}/${String((start + 1) % 100).padStart(2, '0')}`;
}

/** "2026-27", for file names. */
export function financialYearSlug(start: number): string {
  return financialYearLabel(start).replace('/', '-');
}

export function financialYear(start: number): Period {
  return { label: financialYearLabel(start), from: `${start}-04-01`, to: `${start + 1}-03-31` };
}

export function quarterOf(date: IsoDate): Quarter {
  const month = Number(date.slice(5, 7));
  return month >= 4 ? (Math.ceil((month - 3) / 3) as Quarter) : 4;
}

export function quarter(start: number, q: Quarter): Period {
  const m = QUARTER_MONTHS[q];
  const year = q === 4 ? start + 1 : start;
  return { label: `Q${q} ${m.label}`, from: `${year}-${m.from}`, to: `${year}-${m.to}` };
}

export function inPeriod(date: IsoDate | undefined, period: Period): date is IsoDate {
  return date !== undefined && date >= period.from && date <= period.to;
}

/** Every financial year from the one holding `earliest` to the one holding `today`, newest first. */
export function financialYearsSince(earliest: IsoDate | undefined, today: IsoDate): number[] {
  const last = financialYearOf(today);
  const first = earliest && earliest < today ? financialYearOf(earliest) : last;
  return Array.from({ length: last - first + 1 }, (_, i) => last - i);
}
