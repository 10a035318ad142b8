/**
 * What Today lists from the register itself: TSD standards overdue or due within 30 days,
 * households with places approved but not in use, and resignations about to take effect.
 */
import { daysBetween, type IsoDate } from '../dates';
import type { CarerHousehold, Deregistration } from './carer';
import { dueStatus } from './due';
import { placesOn, type PlacementFacts } from './places';
import { tsdDueOn } from './tsd';

export interface TsdFollowUp {
  householdId: string;
  dueOn: IsoDate;
  overdue: boolean;
  /** Connected persons have 18 months rather than 12. */
  connected: boolean;
}

/** The TSD standards, until completed, from 30 days before they fall due. */
export function tsdFollowUp(carer: Pick<CarerHousehold, 'householdId' | 'approvedOn' | 'connected' | 'tsdCompletedOn'>, today: IsoDate): TsdFollowUp | undefined {
  if (carer.tsdCompletedOn) return undefined;
  const dueOn = tsdDueOn(carer.approvedOn, carer.connected);
  const status = dueStatus(dueOn, today);
  if (status === 'notDue') return undefined;
  return { householdId: carer.householdId, dueOn, overdue: status === 'overdue', connected: carer.connected };
}

export interface VacancyFollowUp {
  householdId: string;
  approved: number;
  inUse: number;
  vacant: number;
}

/** Places the terms of approval allow that no child is in today. */
export function vacancyFollowUp(
  carer: Pick<CarerHousehold, 'householdId' | 'terms'>,
  placements: readonly Pick<PlacementFacts, 'startOn' | 'endOn'>[],
  today: IsoDate,
): VacancyFollowUp | undefined {
  const places = placesOn(carer.terms?.numberOfChildren ?? 0, placements, today);
  return places.vacant > 0 ? { householdId: carer.householdId, ...places } : undefined;
}

export interface ResignationFollowUp {
  householdId: string;
  noticeOn: IsoDate;
  /** The date the deregistration rule gave: 28 days after notice, or an earlier date agreed. */
  dueOn: IsoDate;
  daysLeft: number;
}

/** A resignation whose notice has been received and that takes effect today or later. */
export function resignationFollowUp(d: Pick<Deregistration, 'householdId' | 'route' | 'noticeOn' | 'effectiveOn'>, today: IsoDate): ResignationFollowUp | undefined {
  if (d.route !== 'resignation' || d.effectiveOn < today) return undefined;
  return { householdId: d.householdId, noticeOn: d.noticeOn, dueOn: d.effectiveOn, daysLeft: daysBetween(today, d.effectiveOn) };
}
