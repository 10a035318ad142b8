/**
 * The service's tiers and KEEP programmes as typed in their editors: every field a string, checked
 * here so nothing is lost or coerced, and each error a sentence to show beside its field.
 */
import { finish, type Checked, type Errors } from './forms';
import { MAX_KEEP_COMPLETION_PERCENT, MIN_KEEP_COMPLETION_PERCENT, type KeepProgramme } from './keep';
import type { Tier } from './tiers';

const NAME_MAX = 60;
const TEXT_MAX = 500;

/** A whole number typed in a box, within a range; undefined for anything else. */
function wholeNumber(text: string, min: number, max: number): number | undefined {
  const t = text.trim();
  if (!/^\d{1,4}$/.test(t)) return undefined;
  const n = Number(t);
  return n >= min && n <= max ? n : undefined;
}

/** Pounds typed as "150" or "150.50", up to £5,000 a week. */
function pounds(text: string): number | undefined {
  const t = text.trim().replace(/^£/, '').replace(/,/g, '');
  if (!/^\d{1,4}(\.\d{1,2})?$/.test(t)) return undefined;
  const n = Number(t);
  return n <= 5000 ? n : undefined;
}

function text(value: string, missing: string, label: string, max: number): { value: string; error?: string } {
  const v = value.trim();
  if (!v) return { value: v, error: missing };
  if (v.length > max) return { value: v, error: `${label} must be ${max} characters or fewer` };
  return { value: v };
}

/** A name no other tier (or programme) has, ignoring case and spaces, so lists and filters stay unambiguous. */
function nameError(name: string, others: readonly string[], what: string): string | undefined {
  const key = name.toLowerCase().replace(/\s+/g, ' ');
  return others.some((o) => o.trim().toLowerCase().replace(/\s+/g, ' ') === key) ? `Another ${what} is called ${name}: give this one a different name` : undefined;
}

export interface TierSettingInput {
  name: string;
  qualifies: string;
  supervisionEvery: string;
  supervisionUnit: string;
  respiteNightsAYear: string;
  trainingRequired: string;
  trainingHoursAYear: string;
  feeElementWeekly: string;
}
export type TierSettingField = keyof TierSettingInput;
export const TIER_SETTING_FIELDS: readonly TierSettingField[] = ['name', 'qualifies', 'supervisionEvery', 'supervisionUnit', 'respiteNightsAYear', 'trainingRequired', 'trainingHoursAYear', 'feeElementWeekly'];

export const SUPERVISION_UNITS = { weeks: 'Weeks', months: 'Months' } as const;

export const EMPTY_TIER_INPUT: TierSettingInput = { name: '', qualifies: '', supervisionEvery: '1', supervisionUnit: 'months', respiteNightsAYear: '', trainingRequired: '', trainingHoursAYear: '', feeElementWeekly: '' };

export function tierInputFrom(t: Tier): TierSettingInput {
  return {
    name: t.name,
    qualifies: t.qualifies,
    supervisionEvery: String(t.supervision.every),
    supervisionUnit: t.supervision.unit,
    respiteNightsAYear: String(t.respiteNightsAYear),
    trainingRequired: t.trainingRequired,
    trainingHoursAYear: t.trainingHoursAYear === undefined ? '' : String(t.trainingHoursAYear),
    feeElementWeekly: String(t.feeElementWeekly),
  };
}

/** A tier as typed; `otherNames` are the names of the service's other tiers. */
export function validateTierSetting(input: TierSettingInput, otherNames: readonly string[]): Checked<Omit<Tier, 'id'>, TierSettingField> {
  const errors: Errors<TierSettingField> = {};
  const name = text(input.name, 'Enter a name for the tier', 'The name', NAME_MAX);
  const nameClash = name.error ?? nameError(name.value, otherNames, 'tier');
  if (nameClash) errors.name = nameClash;
  const qualifies = text(input.qualifies, 'Enter what qualifies a household for this tier', 'What qualifies a household', TEXT_MAX);
  if (qualifies.error) errors.qualifies = qualifies.error;
  const unit = input.supervisionUnit === 'weeks' || input.supervisionUnit === 'months' ? input.supervisionUnit : undefined;
  if (!unit) errors.supervisionUnit = 'Select weeks or months';
  const every = wholeNumber(input.supervisionEvery, 1, unit === 'weeks' ? 12 : 6);
  if (every === undefined) errors.supervisionEvery = unit === 'weeks' ? 'Supervision must be every 1 to 12 weeks, as a whole number' : 'Supervision must be every 1 to 6 months, as a whole number';
  const respite = wholeNumber(input.respiteNightsAYear, 0, 365);
  if (respite === undefined) errors.respiteNightsAYear = 'Respite nights a year must be a whole number from 0 to 365';
  const training = text(input.trainingRequired, 'Enter the training the tier requires', 'The training required', TEXT_MAX);
  if (training.error) errors.trainingRequired = training.error;
  // Blank is a tier that asks for no yearly hours (its training is the description alone).
  const hours = input.trainingHoursAYear.trim() ? wholeNumber(input.trainingHoursAYear, 1, 200) : 0;
  if (hours === undefined) errors.trainingHoursAYear = 'Training hours a year must be a whole number from 1 to 200, or left blank';
  const fee = pounds(input.feeElementWeekly);
  if (fee === undefined) errors.feeElementWeekly = 'The fee element must be an amount in pounds from 0 to 5000, like 150 or 150.50';
  return finish(errors, () => ({
    name: name.value,
    qualifies: qualifies.value,
    supervision: { every: every!, unit: unit! },
    respiteNightsAYear: respite!,
    trainingRequired: training.value,
    ...(hours ? { trainingHoursAYear: hours } : {}),
    feeElementWeekly: fee!,
  }));
}

/**
 * Why a tier cannot be removed: a household is on it, or a household's tier history names it (the
 * history would lose what it says). Undefined when nothing uses it.
 */
export function tierInUse(tierId: string, carers: readonly { tierId?: string | undefined }[], changes: readonly { tierId?: string | undefined; fromTierId?: string | undefined }[]): string | undefined {
  const on = carers.filter((c) => c.tierId === tierId).length;
  if (on) return on === 1 ? '1 household is on this tier' : `${on} households are on this tier`;
  if (changes.some((c) => c.tierId === tierId || c.fromTierId === tierId)) return 'households’ tier histories name it';
  return undefined;
}

export interface ProgrammeInput {
  name: string;
  agesFrom: string;
  agesTo: string;
  sessions: string;
  minutesPerSession: string;
}
export type ProgrammeField = keyof ProgrammeInput;
export const PROGRAMME_FIELDS: readonly ProgrammeField[] = ['name', 'agesFrom', 'agesTo', 'sessions', 'minutesPerSession'];

export const EMPTY_PROGRAMME_INPUT: ProgrammeInput = { name: '', agesFrom: '', agesTo: '', sessions: '16', minutesPerSession: '90' };

export function programmeInputFrom(p: KeepProgramme): ProgrammeInput {
  return { name: p.name, agesFrom: String(p.agesFrom), agesTo: String(p.agesTo), sessions: String(p.sessions), minutesPerSession: String(p.minutesPerSession) };
}

/** A KEEP programme as typed. */
export function validateProgramme(input: ProgrammeInput, otherNames: readonly string[]): Checked<Omit<KeepProgramme, 'id'>, ProgrammeField> {
  const errors: Errors<ProgrammeField> = {};
  const name = text(input.name, 'Enter a name for the programme', 'The name', NAME_MAX);
  const nameClash = name.error ?? nameError(name.value, otherNames, 'programme');
  if (nameClash) errors.name = nameClash;
  const from = wholeNumber(input.agesFrom, 0, 17);
  if (from === undefined) errors.agesFrom = 'The youngest age must be a whole number from 0 to 17';
  const to = wholeNumber(input.agesTo, 0, 17);
  if (to === undefined) errors.agesTo = 'The oldest age must be a whole number from 0 to 17';
  else if (from !== undefined && to < from) errors.agesTo = `The oldest age must be ${from} or more: the youngest age is ${from}`;
  const sessions = wholeNumber(input.sessions, 1, 52);
  if (sessions === undefined) errors.sessions = 'Sessions must be a whole number from 1 to 52';
  const minutes = wholeNumber(input.minutesPerSession, 15, 240);
  if (minutes === undefined) errors.minutesPerSession = 'Session length must be a whole number of minutes from 15 to 240';
  return finish(errors, () => ({ name: name.value, agesFrom: from!, agesTo: to!, sessions: sessions!, minutesPerSession: minutes! }));
}

export interface KeepCompletionInput {
  percent: string;
}
export type KeepCompletionField = keyof KeepCompletionInput;
export const KEEP_COMPLETION_FIELDS: readonly KeepCompletionField[] = ['percent'];

/** The share of sessions that completes KEEP as typed: a whole per cent, "75" or "75%". */
export function validateKeepCompletion(input: KeepCompletionInput): Checked<number, KeepCompletionField> {
  const typed = input.percent.trim().replace(/\s*%$/, '');
  const percent = wholeNumber(typed, MIN_KEEP_COMPLETION_PERCENT, MAX_KEEP_COMPLETION_PERCENT);
  const range = `from ${MIN_KEEP_COMPLETION_PERCENT} to ${MAX_KEEP_COMPLETION_PERCENT}`;
  const errors: Errors<KeepCompletionField> = {};
  if (!typed) errors.percent = `Enter the share of sessions, a whole number ${range}, like 75`;
  else if (percent === undefined) errors.percent = `The share of sessions must be a whole number ${range}`;
  return finish(errors, () => percent!);
}

/** Why a programme cannot be removed: groups have run it. Undefined when none has. */
export function programmeInUse(programmeId: string, groups: readonly { programmeId: string }[]): string | undefined {
  const n = groups.filter((g) => g.programmeId === programmeId).length;
  if (!n) return undefined;
  return n === 1 ? '1 KEEP group runs this programme' : `${n} KEEP groups run this programme`;
}

/** The list with the item at `index` moved one place up (-1) or down (1); unchanged at either end. */
export function moved<T>(list: readonly T[], index: number, by: -1 | 1): T[] {
  const to = index + by;
  if (index < 0 || to < 0 || to >= list.length) return [...list];
  const out = [...list];
  [out[index], out[to]] = [out[to]!, out[index]!];
  return out;
}
