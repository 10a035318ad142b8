/**
 * The constellation and KEEP group forms as typed: every field a string, checked here so nothing
 * is lost or coerced before validation, and each error is a sentence to show beside its field.
 */
import { addDays, formatDate, isIsoDate, type IsoDate } from '../dates';
import { notRealDate } from '../date-parts';
import { isKeyOf } from '../codes';
import { MEETING_KINDS, MIN_BEDS_KEPT_FREE, STAY_KINDS, STAY_PLANNING } from './constellation';
import type { ScalePoint } from './keep';
import type { Checked, Errors } from './forms';

const TEXT_MAX = 100;
const NOTE_MAX = 2000;
/** Planned sleepovers and groups may be booked ahead, up to a year. */
const AHEAD_DAYS = 366;

function finish<T, F extends string>(errors: Errors<F>, value: () => T): Checked<T, F> {
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value: value() };
}

function checkDate(text: string, label: string, latest: IsoDate, notBefore?: { on: IsoDate; what: string }): string | undefined {
  const t = text.trim();
  if (!t) return `Enter the ${label}`;
  if (!isIsoDate(t)) return notRealDate(t, label.charAt(0).toUpperCase() + label.slice(1));
  if (t > latest) return `The ${label} must be on or before ${formatDate(latest)}`;
  if (notBefore && t < notBefore.on) return `The ${label} must be on or after ${notBefore.what} (${formatDate(notBefore.on)})`;
  return undefined;
}

/** A whole number typed in a box, within a range; undefined for anything else. */
function wholeNumber(text: string, min: number, max: number): number | undefined {
  const t = text.trim();
  if (!/^\d{1,3}$/.test(t)) return undefined;
  const n = Number(t);
  return n >= min && n <= max ? n : undefined;
}

function requiredText(text: string, missing: string, label: string): { value: string; error?: string } {
  const value = text.trim();
  if (!value) return { value, error: missing };
  if (value.length > TEXT_MAX) return { value, error: `${label} must be ${TEXT_MAX} characters or fewer` };
  return { value };
}

export interface ConstellationInput {
  name: string;
  hubHouseholdId: string;
  liaisonWorkerId: string;
  startOn: string;
  bedsKeptFree: string;
}
export type ConstellationField = keyof ConstellationInput;
export const CONSTELLATION_FIELDS: readonly ConstellationField[] = ['name', 'hubHouseholdId', 'liaisonWorkerId', 'startOn', 'bedsKeptFree'];
export interface ConstellationValue {
  name: string;
  hubHouseholdId: string;
  liaisonWorkerId: string;
  startOn: IsoDate;
  bedsKeptFree: number;
}

export function validateConstellation(input: ConstellationInput, ctx: { carerIds: readonly string[]; staffIds: readonly string[]; today: IsoDate }): Checked<ConstellationValue, ConstellationField> {
  const errors: Errors<ConstellationField> = {};
  const name = requiredText(input.name, 'Enter a name for the constellation', 'The name');
  if (name.error) errors.name = name.error;
  if (!ctx.carerIds.includes(input.hubHouseholdId)) errors.hubHouseholdId = 'Select the hub home carer household';
  if (!ctx.staffIds.includes(input.liaisonWorkerId)) errors.liaisonWorkerId = 'Select the liaison worker';
  const start = checkDate(input.startOn, 'start date', addDays(ctx.today, AHEAD_DAYS));
  if (start) errors.startOn = start;
  const beds = wholeNumber(input.bedsKeptFree, MIN_BEDS_KEPT_FREE, 10);
  if (beds === undefined) errors.bedsKeptFree = `Beds kept free must be a whole number from ${MIN_BEDS_KEPT_FREE} to 10: the hub keeps at least ${MIN_BEDS_KEPT_FREE}`;
  return finish(errors, () => ({ name: name.value, hubHouseholdId: input.hubHouseholdId, liaisonWorkerId: input.liaisonWorkerId, startOn: input.startOn.trim(), bedsKeptFree: beds! }));
}

export interface JoinInput {
  householdId: string;
  joinedOn: string;
}
export type JoinField = keyof JoinInput;
export const JOIN_FIELDS: readonly JoinField[] = ['householdId', 'joinedOn'];

export function validateJoin(input: JoinInput, ctx: { eligibleIds: readonly string[]; startOn: IsoDate; today: IsoDate }): Checked<{ householdId: string; joinedOn: IsoDate }, JoinField> {
  const errors: Errors<JoinField> = {};
  if (!ctx.eligibleIds.includes(input.householdId)) errors.householdId = 'Select the carer household joining as a satellite';
  const on = checkDate(input.joinedOn, 'date it joined', ctx.today, { on: ctx.startOn, what: 'the constellation’s start' });
  if (on) errors.joinedOn = on;
  return finish(errors, () => ({ householdId: input.householdId, joinedOn: input.joinedOn.trim() }));
}

export interface LeaveInput {
  leftOn: string;
  why: string;
}
export type LeaveField = keyof LeaveInput;
export const LEAVE_FIELDS: readonly LeaveField[] = ['leftOn', 'why'];

export function validateLeave(input: LeaveInput, ctx: { joinedOn: IsoDate; today: IsoDate }): Checked<{ leftOn: IsoDate; why: string }, LeaveField> {
  const errors: Errors<LeaveField> = {};
  const on = checkDate(input.leftOn, 'date it left', ctx.today, { on: ctx.joinedOn, what: 'the date it joined' });
  if (on) errors.leftOn = on;
  const why = requiredText(input.why, 'Enter why the household left the constellation', 'The reason');
  if (why.error) errors.why = why.error;
  return finish(errors, () => ({ leftOn: input.leftOn.trim(), why: why.value }));
}

export interface StayInput {
  householdId: string;
  kind: string;
  planning: string;
  fromOn: string;
  nights: string;
  children: string;
}
export type StayField = keyof StayInput;
export const STAY_FIELDS: readonly StayField[] = ['householdId', 'kind', 'planning', 'fromOn', 'nights', 'children'];
export interface StayValue {
  householdId: string;
  kind: keyof typeof STAY_KINDS;
  planning: keyof typeof STAY_PLANNING;
  fromOn: IsoDate;
  nights: number;
  children: number;
}

export function validateStay(input: StayInput, ctx: { satelliteIds: readonly string[]; startOn: IsoDate; today: IsoDate }): Checked<StayValue, StayField> {
  const errors: Errors<StayField> = {};
  if (!ctx.satelliteIds.includes(input.householdId)) errors.householdId = 'Select the satellite household the children came from';
  if (!isKeyOf(STAY_KINDS, input.kind)) errors.kind = 'Select a sleepover or a short break';
  if (!isKeyOf(STAY_PLANNING, input.planning)) errors.planning = 'Select whether the stay was planned or an emergency';
  const from = checkDate(input.fromOn, 'first night', addDays(ctx.today, AHEAD_DAYS), { on: ctx.startOn, what: 'the constellation’s start' });
  if (from) errors.fromOn = from;
  const nights = wholeNumber(input.nights, 1, 28);
  if (nights === undefined) errors.nights = 'Nights must be a whole number from 1 to 28';
  const children = wholeNumber(input.children, 1, 6);
  if (children === undefined) errors.children = 'Children must be a whole number from 1 to 6';
  return finish(errors, () => ({
    householdId: input.householdId,
    kind: input.kind as StayValue['kind'],
    planning: input.planning as StayValue['planning'],
    fromOn: input.fromOn.trim(),
    nights: nights!,
    children: children!,
  }));
}

export interface MeetingInput {
  kind: string;
  on: string;
  /** Member household ids, comma-joined, so the draft keeps them as typed. */
  attended: string;
  note: string;
}
export type MeetingField = keyof MeetingInput;
export const MEETING_FIELDS: readonly MeetingField[] = ['kind', 'on', 'attended', 'note'];

export function validateMeeting(
  input: MeetingInput,
  ctx: { memberIds: readonly string[]; startOn: IsoDate; today: IsoDate },
): Checked<{ kind: keyof typeof MEETING_KINDS; on: IsoDate; attended: string[]; note: string }, MeetingField> {
  const errors: Errors<MeetingField> = {};
  if (!isKeyOf(MEETING_KINDS, input.kind)) errors.kind = 'Select a peer support meeting or a social activity';
  const on = checkDate(input.on, 'date it was held', ctx.today, { on: ctx.startOn, what: 'the constellation’s start' });
  if (on) errors.on = on;
  const attended = input.attended.split(',').filter((id) => ctx.memberIds.includes(id));
  if (!attended.length) errors.attended = 'Select at least one household that came';
  if (input.note.length > NOTE_MAX) errors.note = `The note must be ${NOTE_MAX} characters or fewer`;
  return finish(errors, () => ({ kind: input.kind as keyof typeof MEETING_KINDS, on: input.on.trim(), attended, note: input.note.trim() }));
}

export interface KeepGroupInput {
  name: string;
  programmeId: string;
  facilitator1: string;
  facilitator2: string;
  startOn: string;
}
export type KeepGroupField = keyof KeepGroupInput;
export const KEEP_GROUP_FIELDS: readonly KeepGroupField[] = ['name', 'programmeId', 'facilitator1', 'facilitator2', 'startOn'];

export function validateKeepGroup(
  input: KeepGroupInput,
  ctx: { programmeIds: readonly string[]; staffIds: readonly string[]; today: IsoDate },
): Checked<{ name: string; programmeId: string; facilitatorIds: [string, string]; startOn: IsoDate }, KeepGroupField> {
  const errors: Errors<KeepGroupField> = {};
  const name = requiredText(input.name, 'Enter a name for the group', 'The name');
  if (name.error) errors.name = name.error;
  if (!ctx.programmeIds.includes(input.programmeId)) errors.programmeId = 'Select the KEEP programme';
  if (!ctx.staffIds.includes(input.facilitator1)) errors.facilitator1 = 'Select the first facilitator';
  if (!ctx.staffIds.includes(input.facilitator2)) errors.facilitator2 = 'Select the second facilitator';
  else if (input.facilitator2 === input.facilitator1) errors.facilitator2 = 'Select a different person: a group has two facilitators';
  const start = checkDate(input.startOn, 'date of the first session', addDays(ctx.today, AHEAD_DAYS));
  if (start) errors.startOn = start;
  return finish(errors, () => ({ name: name.value, programmeId: input.programmeId, facilitatorIds: [input.facilitator1, input.facilitator2], startOn: input.startOn.trim() }));
}

export interface EnrolInput {
  householdId: string;
}
export function validateEnrol(input: EnrolInput, eligibleIds: readonly string[]): Checked<string, 'householdId'> {
  const errors: Errors<'householdId'> = {};
  if (!eligibleIds.includes(input.householdId)) errors.householdId = 'Select the carer household to enrol';
  return finish(errors, () => input.householdId);
}

export interface CallInput {
  householdId: string;
  on: string;
  behaviour: string;
  stress: string;
  note: string;
}
export type CallField = keyof CallInput;
export const CALL_FIELDS: readonly CallField[] = ['householdId', 'on', 'behaviour', 'stress', 'note'];

const scale = (text: string): ScalePoint | undefined => (/^[1-5]$/.test(text) ? (Number(text) as ScalePoint) : undefined);

export function validateCall(
  input: CallInput,
  ctx: { enrolledIds: readonly string[]; startOn: IsoDate; today: IsoDate },
): Checked<{ householdId: string; on: IsoDate; behaviour: ScalePoint; stress: ScalePoint; note: string }, CallField> {
  const errors: Errors<CallField> = {};
  if (!ctx.enrolledIds.includes(input.householdId)) errors.householdId = 'Select the carer household called';
  const on = checkDate(input.on, 'date of the call', ctx.today, { on: ctx.startOn, what: 'the first session' });
  if (on) errors.on = on;
  const behaviour = scale(input.behaviour);
  if (!behaviour) errors.behaviour = 'Select how the child’s behaviour has been, from 1 to 5';
  const stress = scale(input.stress);
  if (!stress) errors.stress = 'Select how stressed the carer feels, from 1 to 5';
  if (input.note.length > NOTE_MAX) errors.note = `The note must be ${NOTE_MAX} characters or fewer`;
  return finish(errors, () => ({ householdId: input.householdId, on: input.on.trim(), behaviour: behaviour!, stress: stress!, note: input.note.trim() }));
}
