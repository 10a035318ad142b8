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
