import { addWeeks, ageOn, birthday, type IsoDate } from './dates';
import type { Check, CheckOutcome, Person } from './household';
import { OVERDUE_CHECK_WEEKS, type CheckType } from './settings';

export const CHECK_OUTCOMES: Record<CheckOutcome, string> = {
  clear: 'Clear',
  informationToConsider: 'Information to consider',
  concern: 'Concern',
};

export type CheckStatus = 'notRequested' | 'requested' | 'overdue' | 'received' | 'notNeeded';

export const CHECK_STATUS_LABELS: Record<CheckStatus, string> = {
  notRequested: 'Not requested',
  requested: 'Requested',
  overdue: 'Overdue',
  received: 'Received',
  notNeeded: 'Not needed',
};

export function isAdult(person: Person, on: IsoDate): boolean {
  // Applicants are adults by definition even when no date of birth is recorded yet.
  if (!person.dateOfBirth) return person.role === 'applicant';
  return ageOn(person.dateOfBirth, on) >= 18;
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

/** A check slot the household should have: one per type (times count), and one per adult for per-adult types. */
export interface CheckSlot {
  type: string;
  personId?: string;
  label: string;
}

export function checkSlots(types: CheckType[], people: Person[], on: IsoDate): CheckSlot[] {
  const adults = people.filter((p) => isAdult(p, on));
  const slots: CheckSlot[] = [];
  for (const t of types) {
    if (t.perAdult) {
      for (const a of adults) slots.push({ type: t.key, personId: a.id, label: `${t.label}: ${a.name}` });
    } else {
      for (let i = 1; i <= Math.max(1, t.count); i++) {
        slots.push({ type: t.key, label: t.count > 1 ? `${t.label} ${i}` : t.label });
      }
    }
  }
  return slots;
}

function slotKey(s: { type: string; personId?: string; label: string }, perAdult: boolean): string {
  return perAdult ? `${s.type}|${s.personId}` : `${s.type}|${s.label}`;
}

/** Slots with no check row yet: what raising checks for this household would add. */
export function missingChecks(types: CheckType[], people: Person[], existing: Check[], on: IsoDate): CheckSlot[] {
  const perAdult = new Set(types.filter((t) => t.perAdult).map((t) => t.key));
  const have = new Set(existing.map((c) => slotKey(c, perAdult.has(c.type))));
  return checkSlots(types, people, on).filter((s) => !have.has(slotKey(s, perAdult.has(s.type))));
}

/** Household members who turn 18 between `from` and `to` inclusive (they will need adult checks). */
export function turningEighteen(people: Person[], from: IsoDate, to: IsoDate): { person: Person; on: IsoDate }[] {
  const out: { person: Person; on: IsoDate }[] = [];
  for (const p of people) {
    if (!p.dateOfBirth) continue;
    const on = birthday(p.dateOfBirth, 18);
    if (on >= from && on <= to) out.push({ person: p, on });
  }
  return out;
}

/** Checks that hold up panel: not done, and either required or not yet marked not needed. */
export function checksBlockingPanel(checks: Check[]): Check[] {
  return checks.filter((c) => !isCheckDone(c));
}

export function requiredTypeKeys(types: CheckType[]): Set<string> {
  return new Set(types.filter((t) => t.required).map((t) => t.key));
}
