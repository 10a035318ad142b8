import type { ApprovalType } from '../codes';
import { maxDate, type IsoDate } from '../dates';
import { word } from './words';
import type { CarerHousehold } from './carer';
import { dueStatus, type DueStatus } from './due';
import { placesOn, type Places } from './places';
import { nextReviewDue, type ReviewDue } from './reviews';
import type { SupportRecords } from './summary';
import { nextVisitDueOn, noContactIn8Weeks } from './supervision';
import { DEFAULT_SUPERVISION, tierById, type Tier } from './tiers';
import { tsdDueOn } from './tsd';

/** Where a carer household stands today: what its row on the list and its page's summary show. */
export interface CarerStanding {
  places: Places;
  review: ReviewDue & { status: DueStatus };
  /** Undefined once the TSD standards are completed. */
  tsd?: { dueOn: IsoDate; status: DueStatus };
  nextVisitOn: IsoDate;
  /** The next supervision visit's date has come. */
  visitDue: boolean;
  noContact: boolean;
  lastContactOn: IsoDate;
  tier?: Tier;
}

export function carerStanding(
  carer: CarerHousehold,
  records: SupportRecords,
  tiers: readonly Tier[],
  today: IsoDate,
): CarerStanding {
  const tier = tierById(tiers, carer.tierId);
  const review = nextReviewDue(carer.approvedOn, records.reviews, carer.extraReview);
  const tsdOn = tsdDueOn(carer.approvedOn, carer.connected);
  const nextVisitOn = nextVisitDueOn(carer.approvedOn, records.visits, tier?.supervision ?? DEFAULT_SUPERVISION);
  return {
    places: placesOn(carer.onRegister ? (carer.terms?.numberOfChildren ?? 0) : 0, records.placements, today),
    review: { ...review, status: dueStatus(review.dueOn, today) },
    ...(carer.tsdCompletedOn ? {} : { tsd: { dueOn: tsdOn, status: dueStatus(tsdOn, today) } }),
    nextVisitOn,
    visitDue: today >= nextVisitOn,
    noContact: noContactIn8Weeks(carer.approvedOn, records.visits, today),
    lastContactOn: records.visits.reduce((m, v) => maxDate(m, v.on), carer.approvedOn),
    ...(tier ? { tier } : {}),
  };
}

/** The carer list's filters, as the URL keeps them; '' is "any". */
export interface CarerFilters {
  q: string;
  tier: string;
  worker: string;
  type: string;
  vacancy: '' | 'yes';
  review: '' | 'due';
  tsd: '' | 'due';
  /** 'left': households that have left the register, kept with their history. */
  register: '' | 'left';
}

export const NO_FILTERS: CarerFilters = { q: '', tier: '', worker: '', type: '', vacancy: '', review: '', tsd: '', register: '' };

export interface CarerListRow {
  carer: CarerHousehold;
  names: string;
  workerName?: string;
  standing: CarerStanding;
}

const isDue = (s: DueStatus | undefined) => s === 'overdue' || s === 'dueSoon';

/** Whether a carer household is still on the register today: a resignation takes effect on its date. */
export function onRegisterOn(carer: Pick<CarerHousehold, 'onRegister' | 'leftOn'>, today: IsoDate): boolean {
  return carer.onRegister === 1 || (carer.leftOn !== undefined && carer.leftOn > today);
}

export function matchesFilters(row: CarerListRow, f: CarerFilters, today: IsoDate): boolean {
  const { carer, standing } = row;
  if (f.register === 'left' ? onRegisterOn(carer, today) : !onRegisterOn(carer, today)) return false;
  if (f.tier && (f.tier === 'none' ? carer.tierId !== undefined : carer.tierId !== f.tier)) return false;
  if (f.worker && (f.worker === 'none' ? carer.supervisingWorkerId !== undefined : carer.supervisingWorkerId !== f.worker)) return false;
  if (f.type && !(carer.terms?.types ?? []).includes(f.type as ApprovalType)) return false;
  if (f.vacancy === 'yes' && standing.places.vacant === 0) return false;
  if (f.review === 'due' && !isDue(standing.review.status)) return false;
  if (f.tsd === 'due' && !isDue(standing.tsd?.status)) return false;
  if (f.q) {
    const words = f.q.toLowerCase().split(/\s+/).filter(Boolean);
    const text = word(`${row.names} ${carer.reference}`);
    if (!words.every((w) => text.includes(word(w)))) return false;
  }
  return true;
}
