/**
 * What the carer list and Today need from a carer household's people, visits, reviews and
 * placements, kept on its register row so neither reads every record on the device: the names as
 * lists show them, the latest visit and review (contact, the next visit and the next review run
 * from them), and the placements' dates, so places in use can be worked out for any day.
 */
import { maxDate, type IsoDate } from '../dates';
import { listNames } from '../search-keys';
import type { PlacementFacts } from './places';

export type PlacementSpan = Pick<PlacementFacts, 'startOn' | 'endOn'>;

export interface SupportSummary {
  names: string;
  lastVisitOn?: IsoDate;
  lastReviewOn?: IsoDate;
  placements: PlacementSpan[];
}

/** The records of one household, as the standing and the follow-ups take them. */
export interface SupportRecords {
  visits: readonly { on: IsoDate }[];
  reviews: readonly { on: IsoDate }[];
  placements: readonly PlacementSpan[];
}

const latest = (rows: readonly { on: IsoDate }[]) => rows.reduce<IsoDate | undefined>((m, r) => (m ? maxDate(m, r.on) : r.on), undefined);

export function supportSummary(records: SupportRecords & { people: Parameters<typeof listNames>[0] }): SupportSummary {
  const lastVisitOn = latest(records.visits);
  const lastReviewOn = latest(records.reviews);
  return {
    names: listNames(records.people),
    ...(lastVisitOn ? { lastVisitOn } : {}),
    ...(lastReviewOn ? { lastReviewOn } : {}),
    placements: records.placements.map((p) => (p.endOn === undefined ? { startOn: p.startOn } : { startOn: p.startOn, endOn: p.endOn })).sort((a, b) => (a.startOn < b.startOn ? -1 : a.startOn > b.startOn ? 1 : 0)),
  };
}

/** The summary as records the standing and follow-ups accept: they give the same answers as the full records. */
export function summaryRecords(summary: SupportSummary): SupportRecords {
  return {
    visits: summary.lastVisitOn ? [{ on: summary.lastVisitOn }] : [],
    reviews: summary.lastReviewOn ? [{ on: summary.lastReviewOn }] : [],
    placements: summary.placements,
  };
}
