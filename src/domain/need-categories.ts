/**
 * Households needed by category of need: how the yearly approvals split across the children the
 * service finds hardest to place in-house. Categories overlap (a sibling group of teenagers is
 * in both), so the categories' figures are each set beside the total, never added up.
 */
import { ceilExact, type RecruitmentInputs } from './recruitment';

export const NEED_CATEGORIES = {
  teenagers: 'Teenagers',
  siblingGroups: 'Sibling groups',
  parentAndChild: 'Parent and child',
  disabledAndShortBreaks: 'Disabled children and short breaks',
  unaccompaniedUnder16: 'Unaccompanied children under 16',
} as const;

export type NeedCategory = keyof typeof NEED_CATEGORIES;

export const NEED_CATEGORY_KEYS = Object.keys(NEED_CATEGORIES) as NeedCategory[];

/** Today's placements in one category; in-house ones are part of H, agency ones part of I. */
export interface CategoryPlacements {
  inHouse: number;
  agency: number;
}

/** A category the manager has no figures for is left out. */
export type NeedPlacements = Partial<Record<NeedCategory, CategoryPlacements>>;

/** The source documents give one category: 10 of 13 placements of unaccompanied children under 16 are with agencies. */
export const DEFAULT_NEEDS: NeedPlacements = { unaccompaniedUnder16: { inHouse: 3, agency: 10 } };

export type NeedSide = keyof CategoryPlacements;
export type NeedField = `${NeedCategory}.${NeedSide}`;
export type NeedErrors = Partial<Record<NeedField, string>>;

export const needField = (category: NeedCategory, side: NeedSide): NeedField => `${category}.${side}`;

export function needFieldLabel(category: NeedCategory, side: NeedSide): string {
  return `${NEED_CATEGORIES[category]}: ${side === 'inHouse' ? 'in-house' : 'agency'} placements`;
}

/**
 * A category's in-house placements are some of the in-house placements the calculator counts,
 * and its agency placements some of the agency ones, so neither can be more.
 */
export function validateNeeds(needs: NeedPlacements, inHousePlaces: number, ifaPlaces: number): NeedErrors {
  const errors: NeedErrors = {};
  for (const category of NEED_CATEGORY_KEYS) {
    const placements = needs[category];
    if (!placements) continue;
    for (const [side, limit, whole] of [
      ['inHouse', inHousePlaces, 'in-house placements'],
      ['agency', ifaPlaces, 'agency placements'],
    ] as const) {
      const v = placements[side];
      const label = needFieldLabel(category, side);
      if (!Number.isFinite(v)) errors[needField(category, side)] = `${label} must be a number`;
      else if (v < 0) errors[needField(category, side)] = `${label} must be 0 or more`;
      else if (v > limit) errors[needField(category, side)] = `${label} cannot be more than the ${limit.toLocaleString('en-GB')} ${whole} counted`;
    }
  }
  return errors;
}

export interface CategoryNeed {
  category: NeedCategory;
  placements: CategoryPlacements;
  /** In-house places the category needs at the target share by the target year. */
  targetPlaces: number;
  /** Of those, places to add beyond today's in-house placements. */
  gapPlaces: number;
  /** Places expected to be lost with leavers over the period, in this category's share. */
  lostPlaces: number;
  householdsPerYear: number;
}

/**
 * Each category worked out as the whole calculation is, on its own placements: the target share
 * of its placements (grown as demand grows) less its in-house placements today, plus its share of
 * the places leavers take with them (leavers are assumed to care for each category in the same
 * proportion as today's in-house placements), over places per new household and the years.
 */
export function needsByCategory(inputs: RecruitmentInputs, needs: NeedPlacements): CategoryNeed[] {
  const { targetInHouseShare: p, demandGrowthPerYear: g, yearsToTarget: Y, placesPerNewHousehold: c, placeUtilisation: u } = inputs;
  const lostOverPeriod = inputs.deregistrationsPerYear * inputs.placesLostPerDeregistration * Y;
  return NEED_CATEGORY_KEYS.flatMap((category) => {
    const placements = needs[category];
    if (!placements) return [];
    const targetPlaces = ceilExact(p * (placements.inHouse + placements.agency) * (1 + g) ** Y);
    const gapPlaces = Math.max(0, targetPlaces - placements.inHouse);
    const lostPlaces = inputs.inHousePlaces > 0 ? (lostOverPeriod * placements.inHouse) / inputs.inHousePlaces : 0;
    const householdsPerYear = ceilExact((gapPlaces + lostPlaces) / (c * u * Y));
    return [{ category, placements, targetPlaces, gapPlaces, lostPlaces: lostPlaces + 0, householdsPerYear }];
  });
}
