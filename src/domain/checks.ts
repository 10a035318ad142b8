import { addDays, addMonths, addWeeks, ageOn, birthday, formatDate, maxDate, type IsoDate } from './dates';
import type { Appointment, Check, CheckOutcome, Household, Person } from './household';
import { OVERDUE_CHECK_WEEKS, type CheckScope, type CheckType } from './settings';

export const CHECK_OUTCOMES: Record<CheckOutcome, string> = {
  clear: 'Clear',
  informationToConsider: 'Information to consider',
  concern: 'Concern',
  specifiedOffence: 'Specified offence',
};

export type CheckStatus = 'notRequested' | 'requested' | 'overdue' | 'received' | 'notNeeded';

export const CHECK_STATUS_LABELS: Record<CheckStatus, string> = {
  notRequested: 'Not requested',
  requested: 'Requested',
  overdue: 'Overdue',
  received: 'Received',
  notNeeded: 'Not needed',
};

/** How far ahead a household member turning 18 is flagged, unless panel is further off. */
export const TURNING_EIGHTEEN_NOTICE_MONTHS = 3;

export function isAdult(person: Person, on: IsoDate): boolean {
  // Applicants are adults by definition even when no date of birth is recorded yet.
  if (!person.dateOfBirth) return person.role === 'applicant';
  return ageOn(person.dateOfBirth, on) >= 18;
}

/** A household member known to be under 18; a member with no date of birth is neither child nor adult yet. */
export function isChild(person: Person, on: IsoDate): boolean {
  return Boolean(person.dateOfBirth) && !isAdult(person, on);
}

/** The day a person turns 18 (a 29 February birthday counts on 28 February), if their date of birth is known. */
export function eighteenthBirthday(person: Pick<Person, 'dateOfBirth'>): IsoDate | undefined {
  return person.dateOfBirth ? birthday(person.dateOfBirth, 18) : undefined;
}

export interface AdultChecksNeed {
  /** 18 or over today (or an applicant): their adult checks are needed now. */
  needsAdultChecks: boolean;
  /** Under 18 today but turning 18 soon: within the notice period, or before panel if panel is later. */
  turnsEighteenOn?: IsoDate;
}

/**
 * The one rule for adult checks and for warning that someone turns 18 during the assessment; the
 * checks, the people on the record and Today all ask it.
 */
export function adultChecksNeed(person: Person, today: IsoDate, panelOn?: IsoDate): AdultChecksNeed {
  if (isAdult(person, today)) return { needsAdultChecks: true };
  const on = eighteenthBirthday(person);
  const horizon = maxDate(addMonths(today, TURNING_EIGHTEEN_NOTICE_MONTHS), panelOn ?? today);
  return on && on > today && on <= horizon ? { needsAdultChecks: false, turnsEighteenOn: on } : { needsAdultChecks: false };
}

/** Household members who turn 18 soon (see `adultChecksNeed`), soonest first. */
export function turningEighteen(people: Person[], today: IsoDate, panelOn?: IsoDate): { person: Person; on: IsoDate }[] {
  return people
    .map((person) => ({ person, on: adultChecksNeed(person, today, panelOn).turnsEighteenOn }))
    .filter((t): t is { person: Person; on: IsoDate } => t.on !== undefined)
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}

export function checkStatus(check: Check, today: IsoDate): CheckStatus {
  if (check.notNeeded) return 'notNeeded';
  if (check.receivedOn) return 'received';
  if (!check.requestedOn) return 'notRequested';
  return addWeeks(check.requestedOn, OVERDUE_CHECK_WEEKS) < today ? 'overdue' : 'requested';
}

/** What a check still in progress needs: received, or marked not needed. */
export function isCheckDone(check: Check): boolean {
  return Boolean(check.receivedOn) || Boolean(check.notNeeded);
}

/** A check the household should have: one per household, or one for each person the type's scope names, times its count. */
export interface CheckSlot {
  type: string;
  personId?: string;
  label: string;
}

function peopleInScope(scope: CheckScope, people: Person[], on: IsoDate): Person[] {
  switch (scope) {
    case 'applicant':
      return people.filter((p) => p.role === 'applicant');
    case 'adult':
      return people.filter((p) => isAdult(p, on));
    case 'child':
      return people.filter((p) => isChild(p, on));
    case 'household':
      return [];
  }
}

/** Every check the household needs on a date; labels name the person: "Enhanced DBS with barred list: Sam Okafor". */
export function checkSlots(types: CheckType[], people: Person[], on: IsoDate): CheckSlot[] {
  const slots: CheckSlot[] = [];
  for (const t of types) {
    const count = Math.max(1, t.count);
    const numbered = (i: number) => (count > 1 ? `${t.label} ${i}` : t.label);
    if (t.scope === 'household') {
      for (let i = 1; i <= count; i++) slots.push({ type: t.key, label: numbered(i) });
      continue;
    }
    for (const p of peopleInScope(t.scope, people, on)) {
      for (let i = 1; i <= count; i++) slots.push({ type: t.key, personId: p.id, label: `${numbered(i)}: ${p.name}` });
    }
  }
  return slots;
}

const groupOf = (c: { type: string; personId?: string }) => `${c.type}|${c.personId ?? ''}`;

/**
 * Slots with no check row yet: what raising checks for this household would add. Rows are matched
 * by type and person, not by label, so a renamed check or person still counts as raised.
 */
export function missingChecks(types: CheckType[], people: Person[], existing: Check[], on: IsoDate): CheckSlot[] {
  const have = new Map<string, number>();
  for (const c of existing) have.set(groupOf(c), (have.get(groupOf(c)) ?? 0) + 1);
  return checkSlots(types, people, on).filter((s) => {
    const left = have.get(groupOf(s)) ?? 0;
    if (left === 0) return true;
    have.set(groupOf(s), left - 1);
    return false;
  });
}

/** The date a check runs out: the date entered, or its type's validity counted from the date received. */
export function checkExpiresOn(check: Check, type: Pick<CheckType, 'hasExpiry' | 'validityMonths'> | undefined): IsoDate | undefined {
  if (check.expiresOn) return check.expiresOn;
  if (!check.receivedOn || !type?.hasExpiry || !type.validityMonths) return undefined;
  return addMonths(check.receivedOn, type.validityMonths);
}

/** The panel date when known: the panel record's date, else the next panel appointment. */
export function knownPanelDate(household: Pick<Household, 'assessment'>, appointments: Pick<Appointment, 'kind' | 'on'>[], today: IsoDate): IsoDate | undefined {
  const recorded = household.assessment.panel?.panelOn;
  if (recorded) return recorded;
  return appointments
    .filter((a) => a.kind === 'panel' && a.on >= today)
    .map((a) => a.on)
    .sort()[0];
}

export type ExpiryProblem = { kind: 'expired'; on: IsoDate } | { kind: 'beforePanel'; on: IsoDate; panelOn: IsoDate };

/**
 * A received check that has run out, or runs out before panel, is outstanding again: panel and the
 * decision need it renewed. A check is still good on its expiry date.
 */
export function expiryProblem(
  check: Check,
  type: Pick<CheckType, 'hasExpiry' | 'validityMonths'> | undefined,
  today: IsoDate,
  panelOn?: IsoDate,
): ExpiryProblem | undefined {
  if (check.notNeeded || !check.receivedOn) return undefined;
  const on = checkExpiresOn(check, type);
  if (!on) return undefined;
  if (on < today) return { kind: 'expired', on };
  if (panelOn && on < panelOn) return { kind: 'beforePanel', on, panelOn };
  return undefined;
}

/** "Expires 3 May 2027, before panel on 12 May 2027: renew it". */
export function expiryWords(problem: ExpiryProblem): string {
  return problem.kind === 'expired'
    ? `Expired on ${formatDate(problem.on)}: renew it`
    : `Expires ${formatDate(problem.on)}, before panel on ${formatDate(problem.panelOn)}: renew it`;
}

/** A concern must be considered, with a note of how, before panel. */
export function concernWithoutNote(check: Check): boolean {
  return check.outcome === 'concern' && !check.concernNote?.trim();
}

/**
 * A specified offence (FSR 2011 reg 26(5) and Schedule 4) means the applicant cannot be suitable:
 * the household does not go to panel, and the assessment ends as unsuitable at stage 1.
 */
export function hasSpecifiedOffence(checks: Check[]): boolean {
  return checks.some((c) => c.outcome === 'specifiedOffence' && !c.notNeeded);
}

/** Checks that hold up panel: not done, and either required or not yet marked not needed. */
export function checksBlockingPanel(checks: Check[]): Check[] {
  return checks.filter((c) => !isCheckDone(c));
}

export function requiredTypeKeys(types: CheckType[]): Set<string> {
  return new Set(types.filter((t) => t.required).map((t) => t.key));
}

/** What the check rules need beyond the rows: each type's expiry, today, and the panel date if known. */
export interface CheckRules {
  types: CheckType[];
  today: IsoDate;
  panelOn?: IsoDate;
}

/**
 * Why checks already back do not stand for panel or the decision: a specified offence, a concern
 * with no note of how it was considered, a check run out or running out before panel. Expiry needs
 * `rules`; without them only the outcomes are judged.
 */
export function checksNotStanding(checks: Check[], rules: CheckRules | undefined, step: 'Panel' | 'Decision'): string[] {
  const reasons: string[] = [];
  for (const c of checks) {
    if (c.notNeeded) continue;
    if (c.outcome === 'specifiedOffence') {
      reasons.push(
        `${step} cannot go ahead: ${c.label} shows a specified offence (Fostering Services Regulations 2011, regulation 26(5) and Schedule 4), so the household cannot be approved: end the assessment as unsuitable at stage 1`,
      );
    }
    if (concernWithoutNote(c)) reasons.push(`${step} needs a note of how the concern was considered: ${c.label}`);
    const problem = rules && expiryProblem(c, rules.types.find((t) => t.key === c.type), rules.today, rules.panelOn);
    if (problem) {
      reasons.push(
        problem.kind === 'expired'
          ? `${step} needs ${c.label} renewed: it expired on ${formatDate(problem.on)}`
          : `${step} needs ${c.label} renewed: it expires on ${formatDate(problem.on)}, before panel on ${formatDate(problem.panelOn)}`,
      );
    }
  }
  return reasons;
}

/** What Today says about one household member and 18: turning 18 soon, or turned 18 lately with no checks of their own. */
export interface EighteenNotice {
  on: IsoDate;
  turned: boolean;
}

/**
 * Whether anyone's `eighteenNotice` could name a person, whatever their household's checks: not
 * someone who turned 18 over three months ago, nor someone with no date of birth, nor, unless their
 * household's panel may come after `eighteenNoticeHorizon`, someone turning 18 after it. Today asks
 * it of every household member, and reads the households and checks of these people alone; so it
 * compares each date of birth with two bounds worked out once, not with each member's 18th birthday.
 */
export function mayHaveEighteenNotice(today: IsoDate): (person: Pick<Person, 'dateOfBirth'>, panelMayBeLater: boolean) => boolean {
  const from = firstBornOnOrAfter(addMonths(today, -TURNING_EIGHTEEN_NOTICE_MONTHS));
  const to = addDays(firstBornOnOrAfter(addDays(eighteenNoticeHorizon(today), 1)), -1);
  return ({ dateOfBirth }, panelMayBeLater) => Boolean(dateOfBirth) && dateOfBirth! >= from && (panelMayBeLater || dateOfBirth! <= to);
}

/**
 * The earliest date of birth whose 18th birthday is on or after `day`. Eighteen years back is
 * within a day of it: a 29 February birthday counts on 28 February, so two dates of birth can share one.
 */
function firstBornOnOrAfter(day: IsoDate): IsoDate {
  let born = addMonths(day, -18 * 12);
  while (birthday(born, 18) < day) born = addDays(born, 1);
  while (birthday(addDays(born, -1), 18) >= day) born = addDays(born, -1);
  return born;
}

/**
 * The latest 18th birthday Today warns of whatever the household's panel date. A later one is
 * warned of only when panel is later still, which few households have: Today reads the households
 * of these people alone among those turning 18 after it.
 */
export function eighteenNoticeHorizon(today: IsoDate): IsoDate {
  return addMonths(today, TURNING_EIGHTEEN_NOTICE_MONTHS);
}

/** Today's warning for a person, from the same rule as the record's (`adultChecksNeed`); `raised` is whether any check names them. */
export function eighteenNotice(person: Person, today: IsoDate, panelOn: IsoDate | undefined, raised: boolean): EighteenNotice | undefined {
  const need = adultChecksNeed(person, today, panelOn);
  if (need.turnsEighteenOn) return { on: need.turnsEighteenOn, turned: false };
  const on = eighteenthBirthday(person);
  if (need.needsAdultChecks && !raised && on && on >= addMonths(today, -TURNING_EIGHTEEN_NOTICE_MONTHS)) return { on, turned: true };
  return undefined;
}

/** How much of stage 1's checking is left: rows not yet received or marked not needed, and checks not yet raised. */
export interface ChecksOutstanding {
  outstanding: number;
  total: number;
}

/** Stage 1's checks stay outstanding until each is done, whatever stage the household has reached. */
export function checksOutstanding(checks: Check[], unraised = 0): ChecksOutstanding {
  return { outstanding: checks.filter((c) => !isCheckDone(c)).length + unraised, total: checks.length + unraised };
}

/** "3 of 16 checks outstanding". */
export function checksOutstandingWords({ outstanding, total }: ChecksOutstanding): string {
  return `${outstanding} of ${total} ${total === 1 ? 'check' : 'checks'} outstanding`;
}
