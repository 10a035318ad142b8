import { addMonths, addWeeks, type IsoDate } from '../dates';

/** How often a tier's households get a supervision visit: every so many weeks or calendar months. */
export interface SupervisionFrequency {
  every: number;
  unit: 'weeks' | 'months';
}

/**
 * A level of the service's tiered support: what qualifies a household, and what it gets. The
 * service's own list is a setting, in order; these defaults are where a new service starts.
 */
export interface Tier {
  id: string;
  name: string;
  qualifies: string;
  supervision: SupervisionFrequency;
  respiteNightsAYear: number;
  trainingRequired: string;
  /** Training hours a year each household on the tier should log; undefined when it asks for none. */
  trainingHoursAYear?: number;
  /** The fee element in pounds a week on top of the allowance. */
  feeElementWeekly: number;
}

/** Supervision is monthly unless a tier says otherwise. */
export const DEFAULT_SUPERVISION: SupervisionFrequency = { every: 1, unit: 'months' };

export const DEFAULT_TIERS: readonly Tier[] = [
  {
    id: 'tier1',
    name: 'Tier 1: core',
    qualifies: 'Every newly approved household, and households caring for children with needs met by core support',
    supervision: DEFAULT_SUPERVISION,
    respiteNightsAYear: 14,
    trainingRequired: 'TSD standards and the core training programme',
    feeElementWeekly: 0,
  },
  {
    id: 'tier2',
    name: 'Tier 2: enhanced',
    qualifies: 'Households with at least two years’ experience caring for children with additional needs',
    supervision: DEFAULT_SUPERVISION,
    respiteNightsAYear: 21,
    trainingRequired: 'Core programme, trauma-informed care and 18 hours of training a year',
    trainingHoursAYear: 18,
    feeElementWeekly: 100,
  },
  {
    id: 'tier3',
    name: 'Tier 3: specialist',
    qualifies: 'Households caring for children with complex needs or stepping down from residential care',
    supervision: { every: 2, unit: 'weeks' },
    respiteNightsAYear: 28,
    trainingRequired: 'Enhanced programme plus a specialist therapeutic course and 24 hours a year',
    trainingHoursAYear: 24,
    feeElementWeekly: 250,
  },
];

/** The tier with this id, from the service's list; undefined for a household not yet given one. */
export function tierById(tiers: readonly Tier[], id: string | undefined): Tier | undefined {
  return id === undefined ? undefined : tiers.find((t) => t.id === id);
}

/** The date one supervision interval after `from`. */
export function afterInterval(from: IsoDate, frequency: SupervisionFrequency): IsoDate {
  return frequency.unit === 'weeks' ? addWeeks(from, frequency.every) : addMonths(from, frequency.every);
}

/** "Every month", "Every 2 weeks". */
export function frequencyText(f: SupervisionFrequency): string {
  const unit = f.unit === 'weeks' ? 'week' : 'month';
  return f.every === 1 ? `Every ${unit}` : `Every ${f.every} ${unit}s`;
}
