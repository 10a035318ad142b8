import type { IsoDate } from '../dates';

/** Age bands a placement is recorded in: enough for matching and reports, never a date of birth. */
export const AGE_BANDS = { under5: 'Under 5', '5to10': '5 to 10', '11to15': '11 to 15', '16plus': '16 and over' } as const;
export type AgeBand = keyof typeof AGE_BANDS;

/**
 * A child living with (or staying with) the household, recorded without the child's name: the
 * child's own record lives in the children's social care system, not here.
 */
export interface PlacementFacts {
  startOn: IsoDate;
  endOn?: IsoDate;
  ageBand: AgeBand;
  siblingGroup: boolean;
  shortBreak: boolean;
  /** Set with the end date. */
  ending?: 'planned' | 'unplanned';
}

export interface Places {
  approved: number;
  inUse: number;
  vacant: number;
}

/** A placement counts on the days from its start up to (not including) its end. */
export function isCurrent(p: Pick<PlacementFacts, 'startOn' | 'endOn'>, on: IsoDate): boolean {
  return p.startOn <= on && (p.endOn === undefined || p.endOn > on);
}

/**
 * Places approved (the terms' number of children), in use on the day, and vacant. A household over
 * its number (siblings placed together under an exemption) has no vacancy rather than a negative one.
 */
export function placesOn(approved: number, placements: readonly Pick<PlacementFacts, 'startOn' | 'endOn'>[], on: IsoDate): Places {
  const inUse = placements.filter((p) => isCurrent(p, on)).length;
  return { approved, inUse, vacant: Math.max(0, approved - inUse) };
}

/**
 * The first day from `startOn` on which one more placement would take the household over the places
 * it is approved for, or undefined when there is room throughout. Places only fill up when a
 * placement starts, so the new one's start and each later start are the days to look at.
 */
export function fullOn(approved: number, placements: readonly Pick<PlacementFacts, 'startOn' | 'endOn'>[], startOn: IsoDate): IsoDate | undefined {
  const days = [startOn, ...placements.map((p) => p.startOn).filter((d) => d > startOn)].sort();
  return days.find((day) => placesOn(approved, placements, day).inUse + 1 > approved);
}
