/**
 * What each tier promises against what its households received: respite nights at a Mockingbird
 * hub against the tier's allowance, and training hours against the hours a year it asks for.
 * Supervision visits against the tier's frequency are their own table (support-report.ts).
 */
import { addMonths, addDays, daysBetween, maxDate, type IsoDate } from '../dates';
import type { Period } from '../reports/financial-year';
import type { CarerHousehold } from './carer';
import { byTier, type SupportReportInputs } from './support-report';
import { tierById, type Tier } from './tiers';

type Logged = SupportReportInputs['training'][number];

/** Training hours a household logged in the 12 months to `today`, that day included. */
export function trainingHoursInLastYear(training: readonly Pick<Logged, 'on' | 'hours'>[], today: IsoDate): number {
  const from = addMonths(today, -12);
  return training.reduce((n, t) => (t.on > from && t.on <= today ? n + t.hours : n), 0);
}

export interface TrainingShortfall {
  hours: number;
  required: number;
}

/**
 * A household short of its tier's yearly training hours on `today`. A household approved less than
 * 12 months ago is not counted: its first year's training is the TSD standards, due on their own date.
 */
export function trainingShortfall(
  carer: Pick<CarerHousehold, 'approvedOn'>,
  training: readonly Pick<Logged, 'on' | 'hours'>[],
  tier: Pick<Tier, 'trainingHoursAYear'> | undefined,
  today: IsoDate,
): TrainingShortfall | undefined {
  const required = tier?.trainingHoursAYear;
  if (!required || addMonths(carer.approvedOn, 12) > today) return undefined;
  const hours = trainingHoursInLastYear(training, today);
  return hours < required ? { hours, required } : undefined;
}

/** The tier's allowance for the part of the year the household was on the register, to the nearest night. */
export function respiteAllowance(nightsAYear: number, carer: Pick<CarerHousehold, 'approvedOn' | 'leftOn'>, year: Period, end: IsoDate): number {
  const from = maxDate(year.from, carer.approvedOn);
  const to = carer.leftOn !== undefined && carer.leftOn <= end ? addDays(carer.leftOn, -1) : end;
  if (to < from) return 0;
  const daysInYear = daysBetween(year.from, year.to) + 1;
  return Math.round((nightsAYear * (daysBetween(from, to) + 1)) / daysInYear);
}

export interface TierPromiseRow {
  label: string;
  households: string[];
  respiteUsed: number;
  respiteAllowed: number;
  /** Undefined when the tier asks for no yearly training hours. */
  trainingHoursAYear?: number;
  shortOfTraining: string[];
}

export type TierPromiseInputs = Pick<SupportReportInputs, 'carers' | 'tierChanges' | 'tiers' | 'hubStays' | 'training'>;

/** Per tier, the households on it at the year's end: hub nights they used in the year against their allowance, and who is short of training hours at its end. */
export function tierPromises(inputs: TierPromiseInputs, year: Period, end: IsoDate): TierPromiseRow[] {
  const carerOf = new Map(inputs.carers.map((c) => [c.householdId, c]));
  const nights = new Map<string, number>();
  for (const s of inputs.hubStays) if (s.fromOn >= year.from && s.fromOn <= end) nights.set(s.householdId, (nights.get(s.householdId) ?? 0) + s.nights);
  const trainingOf = new Map<string, Logged[]>();
  for (const t of inputs.training) trainingOf.set(t.householdId, [...(trainingOf.get(t.householdId) ?? []), t]);
  return byTier(inputs, end).map((row) => {
    const tier = tierById(inputs.tiers, row.tierId);
    const out: TierPromiseRow = { label: row.label, households: row.households, respiteUsed: 0, respiteAllowed: 0, shortOfTraining: [] };
    if (tier?.trainingHoursAYear) out.trainingHoursAYear = tier.trainingHoursAYear;
    for (const id of row.households) {
      const carer = carerOf.get(id)!;
      out.respiteUsed += nights.get(id) ?? 0;
      out.respiteAllowed += tier ? respiteAllowance(tier.respiteNightsAYear, carer, year, end) : 0;
      if (trainingShortfall(carer, trainingOf.get(id) ?? [], tier, end)) out.shortOfTraining.push(id);
    }
    return out;
  });
}
