import { financialYearSlug, type Period } from '../../domain/reports/financial-year';
import type { EndingsRow, KeepCompletionRow, MembershipRow, ReviewTimeliness, SupervisionRow, TierRow } from '../../domain/support/support-report';
import type { TierPromiseRow } from '../../domain/support/tier-promises';
import { retentionTable } from './register-tables';
import { countCell, type ReportTable } from './report-table';

/** "83%", or a dash when there is nothing to divide by. */
const share = (part: number, whole: number) => (whole ? `${Math.round((part / whole) * 100)}%` : '–');

export function tierTable(rows: TierRow[], on: string, start: number): ReportTable {
  return {
    id: 'support-tiers',
    caption: `Carer households by tier on ${on}`,
    definition: 'Households on the register on that date, by the tier they were on then, and the places their terms of approval allow.',
    name: 'carer households by tier',
    fileName: `carers-by-tier-${financialYearSlug(start)}.csv`,
    head: ['Tier', 'Households', 'Places approved'],
    numeric: [true, true],
    rows: [
      ...rows.map((r) => ({ header: r.label, cells: [countCell(r.households), { text: String(r.places) }] })),
      { header: 'Total', cells: [countCell(rows.flatMap((r) => r.households)), { text: String(rows.reduce((n, r) => n + r.places, 0)) }] },
    ],
  };
}

export function reviewsTable(rows: ReviewTimeliness[], year: Period, start: number): ReportTable {
  const total = { label: 'All reviews', onTime: rows.flatMap((r) => r.onTime), late: rows.flatMap((r) => r.late) };
  return {
    id: 'support-reviews',
    caption: `Reviews held on time, ${year.label}`,
    definition: 'Reviews held in the year. On time: held by the date it was due (the first within 12 months of approval, then within 12 months of the last).',
    name: 'reviews on time',
    fileName: `reviews-on-time-${financialYearSlug(start)}.csv`,
    head: ['Review', 'On time', 'Late', 'Share on time'],
    numeric: [true, true, true],
    rows: [...rows, total].map((r) => ({ header: r.label, cells: [countCell(r.onTime), countCell(r.late), { text: share(r.onTime.length, r.onTime.length + r.late.length) }] })),
  };
}

export function supervisionTable(rows: SupervisionRow[], year: Period, start: number): ReportTable {
  return {
    id: 'support-supervision',
    caption: `Supervision visits against each tier's frequency, ${year.label}`,
    definition: "Visits made in the year by the households on each tier at its end, against the visits the tier's frequency asks for over their time on the register in the year.",
    name: 'supervision frequency',
    fileName: `supervision-frequency-${financialYearSlug(start)}.csv`,
    head: ['Tier', 'Households', 'Visits made', 'Visits due', 'Share made'],
    numeric: [true, true, true, true],
    rows: rows.map((r) => ({ header: r.label, cells: [countCell(r.households), { text: String(r.visits) }, { text: String(r.expected) }, { text: share(r.visits, r.expected) }] })),
  };
}

export function tierPromisesTable(rows: TierPromiseRow[], year: Period, start: number): ReportTable {
  return {
    id: 'support-tier-promises',
    caption: `Respite and training against each tier's promise, ${year.label}`,
    definition:
      "Households on each tier at the year's end. Respite: nights their children stayed at a Mockingbird hub in the year, against the tier's nights a year for the part of the year each was on the register. Training: households approved a year or more that logged fewer hours in the 12 months to the year's end (or today) than the tier asks.",
    name: "respite and training against each tier's promise",
    fileName: `tier-promises-${financialYearSlug(start)}.csv`,
    head: ['Tier', 'Households', 'Respite nights used', 'Respite nights allowed', 'Share used', 'Training hours a year', 'Short of training hours'],
    numeric: [true, true, true, true, true, true],
    rows: rows.map((r) => ({
      header: r.label,
      cells: [
        countCell(r.households),
        { text: String(r.respiteUsed) },
        { text: String(r.respiteAllowed) },
        { text: share(r.respiteUsed, r.respiteAllowed) },
        { text: r.trainingHoursAYear === undefined ? '–' : String(r.trainingHoursAYear) },
        countCell(r.shortOfTraining),
      ],
    })),
  };
}

export const membershipTable = (rows: MembershipRow[], year: Period, start: number) =>
  retentionTable(
    rows,
    {
      id: 'support-membership',
      caption: `Carers leaving, in and out of constellations, ${year.label}`,
      definition: 'Households on the register at any time in the year, by whether they were a hub or satellite of a Mockingbird constellation in it, and those that left the register in the year.',
      name: 'carers leaving by constellation membership',
      file: 'leaving-by-constellation',
      head: 'Households',
    },
    start,
  );

export function endingsTable(rows: EndingsRow[], year: Period, start: number): ReportTable {
  return {
    id: 'support-endings',
    caption: `Unplanned placement endings, in and out of constellations, ${year.label}`,
    definition: 'Placements that ended in the year with households on the register in it, by whether the household was a hub or satellite of a Mockingbird constellation in the year, and how many of those endings were unplanned.',
    name: 'unplanned endings by constellation membership',
    fileName: `unplanned-endings-by-constellation-${financialYearSlug(start)}.csv`,
    head: ['Constellation membership', 'Households', 'Placements ended', 'Unplanned endings', 'Share unplanned'],
    numeric: [true, true, true, true],
    rows: rows.map((r) => ({ header: r.label, cells: [countCell(r.households), { text: String(r.ended) }, { text: String(r.unplanned) }, { text: share(r.unplanned, r.ended) }] })),
  };
}

/** `percent` is the service's share of sessions that completes KEEP, named in the column so the download says it too. */
export function keepTable(rows: KeepCompletionRow[], percent: number, year: Period, start: number): ReportTable {
  return {
    id: 'support-keep',
    caption: `KEEP completion, ${year.label}`,
    definition: `KEEP groups with a session in the year: households enrolled and those that have attended at least ${percent}% of their group’s sessions, the service’s share that completes KEEP (catch-ups count).`,
    name: 'KEEP completion',
    fileName: `keep-completion-${financialYearSlug(start)}.csv`,
    head: ['Group', 'Enrolled', `Completed (at least ${percent}% of sessions)`, 'Share completed', 'Status'],
    numeric: [true, true, true, false],
    rows: rows.map((r) => ({
      header: r.label,
      cells: [countCell(r.enrolled), countCell(r.completed), { text: share(r.completed.length, r.enrolled.length) }, { text: r.running ? 'Sessions still to come' : 'Ended' }],
    })),
  };
}
