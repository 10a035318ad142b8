import type { HeadingRow } from '../../domain/support/leaving-reasons';
import { financialYearSlug, type Period } from '../../domain/reports/financial-year';
import { leavingPer100, type LeavingRow, type PlacesRow, type RetentionRow } from '../../domain/support/register-report';
import { countCell, type ReportTable } from './report-table';

export function placesByTypeTable(byType: { rows: PlacesRow[]; total: PlacesRow }, on: string, start: number): ReportTable {
  return {
    id: 'support-types',
    caption: `Carer households and places by approval type on ${on}`,
    definition: 'Households on the register on that date by the approval types in their terms, with the places those terms allow and the places in use. A household approved for several types counts under each; the last row counts each household once.',
    name: 'carer households by approval type',
    fileName: `carers-by-approval-type-${financialYearSlug(start)}.csv`,
    head: ['Approval type', 'Households', 'Places approved', 'Places in use', 'Places vacant'],
    numeric: [true, true, true, true],
    rows: [...byType.rows, byType.total].map((r) => ({
      header: r.label,
      cells: [countCell(r.households), { text: String(r.approved) }, { text: String(r.inUse) }, { text: String(Math.max(0, r.approved - r.inUse)) }],
    })),
  };
}

function leavingTable(rows: LeavingRow[], what: { id: string; caption: string; definition: string; name: string; file: string; head: string }, start: number): ReportTable {
  return {
    id: what.id,
    caption: what.caption,
    definition: what.definition,
    name: what.name,
    fileName: `${what.file}-${financialYearSlug(start)}.csv`,
    head: [what.head, 'Households'],
    numeric: [true],
    rows: [...rows, { label: 'Total', households: rows.flatMap((r) => r.households) }].map((r) => ({ header: r.label, cells: [countCell(r.households)] })),
  };
}

export const routeTable = (rows: LeavingRow[], year: Period, start: number) =>
  leavingTable(
    rows,
    {
      id: 'support-routes',
      caption: `Deregistrations by route, ${year.label}`,
      definition: 'Households that left the register in the year, counted on the date it took effect (a resignation 28 days after notice unless an earlier date was agreed).',
      name: 'deregistrations by route',
      file: 'deregistrations-by-route',
      head: 'Route',
    },
    start,
  );

export const reasonTable = (rows: LeavingRow[], year: Period, start: number) =>
  leavingTable(
    rows,
    {
      id: 'support-reasons',
      caption: `Deregistrations by reason, ${year.label}`,
      definition: 'The same households by the reason recorded when they left, most common first, ready to map to Ofsted’s list.',
      name: 'deregistrations by reason',
      file: 'deregistrations-by-reason',
      head: 'Reason',
    },
    start,
  );

export function headingTable(rows: HeadingRow[], year: Period, start: number): ReportTable {
  return {
    id: 'support-ofsted-headings',
    caption: `Deregistrations by Ofsted heading, ${year.label}`,
    definition: 'The same households by the Ofsted heading their reason is mapped to (Carers, Tiers and KEEP programmes), with the reasons counted under each: the figures for the annual fostering return.',
    name: 'deregistrations by Ofsted heading',
    fileName: `deregistrations-by-ofsted-heading-${financialYearSlug(start)}.csv`,
    head: ['Ofsted heading', 'Households', 'Reasons counted'],
    numeric: [true, false],
    rows: [...rows, { label: 'Total', households: rows.flatMap((r) => r.households), reasons: [] }].map((r) => ({ header: r.label, cells: [countCell(r.households), { text: r.reasons.join('; ') }] })),
  };
}

export function joiningTable(counts: { approved: string[]; left: string[]; both: string[] }, year: Period, start: number): ReportTable {
  return {
    id: 'support-joining',
    caption: `Households joining and leaving the register, ${year.label}`,
    definition: 'Households approved in the year, those that left the register in it, and those approved and deregistered in the same year.',
    name: 'households joining and leaving',
    fileName: `joining-and-leaving-${financialYearSlug(start)}.csv`,
    head: ['Households', 'Count'],
    numeric: [true],
    rows: [
      { header: 'Approved in the year', cells: [countCell(counts.approved)] },
      { header: 'Deregistered in the year', cells: [countCell(counts.left)] },
      { header: 'Approved and deregistered in the same year', cells: [countCell(counts.both)] },
    ],
  };
}

/** Carers leaving per 100 on the register, one row per group of households. */
export function retentionTable(rows: RetentionRow[], what: { id: string; caption: string; definition: string; name: string; file: string; head: string }, start: number): ReportTable {
  return {
    id: what.id,
    caption: what.caption,
    definition: what.definition,
    name: what.name,
    fileName: `${what.file}-${financialYearSlug(start)}.csv`,
    head: [what.head, 'On the register', 'Left the register', 'Left per 100'],
    numeric: [true, true, true],
    rows: rows.map((r) => ({ header: r.label, cells: [countCell(r.households), countCell(r.left), { text: String(leavingPer100(r.left.length, r.households.length) ?? '–') }] })),
  };
}

export const tierRetentionTable = (rows: RetentionRow[], year: Period, start: number) =>
  retentionTable(
    rows,
    {
      id: 'support-retention-tiers',
      caption: `Carers leaving per 100 by tier, ${year.label}`,
      definition: 'Households on the register at any time in the year, by their tier when they left or at the year’s end, and those that left the register in the year.',
      name: 'carers leaving by tier',
      file: 'leaving-by-tier',
      head: 'Tier',
    },
    start,
  );
