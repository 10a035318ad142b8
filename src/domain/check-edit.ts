import { adultChecksNeed, CHECK_OUTCOMES, eighteenthBirthday, type CheckSlot } from './checks';
import { isKeyOf } from './codes';
import { formatDate, isIsoDate, type IsoDate } from './dates';
import type { Check, CheckOutcome, Person } from './household';
import type { CheckType } from './settings';
import { notRealDate } from './date-parts';

/** What the "Update check" form collects, as typed. */
export interface CheckForm {
  requestedOn: string;
  receivedOn: string;
  outcome: string;
  expiresOn: string;
  concernNote: string;
  notNeeded: boolean;
}

export type CheckField = keyof CheckForm;

/** The fields of a check the worker edits; absent means cleared. */
export type CheckPatch = Pick<Check, 'requestedOn' | 'receivedOn' | 'outcome' | 'expiresOn' | 'concernNote' | 'notNeeded'>;

export type CheckEditResult = { ok: true; patch: CheckPatch } | { ok: false; errors: Partial<Record<CheckField, string>> };

/** The order errors appear in the error summary: the order of the fields on the form. */
export const CHECK_FIELD_ORDER: CheckField[] = ['requestedOn', 'receivedOn', 'outcome', 'concernNote', 'expiresOn', 'notNeeded'];

/** Long enough for a considered paragraph; the full discussion belongs in the assessment report. */
export const MAX_CONCERN_NOTE = 2000;

export function checkForm(check: Partial<CheckPatch>): CheckForm {
  return {
    requestedOn: check.requestedOn ?? '',
    receivedOn: check.receivedOn ?? '',
    outcome: check.outcome ?? '',
    expiresOn: check.expiresOn ?? '',
    concernNote: check.concernNote ?? '',
    notNeeded: Boolean(check.notNeeded),
  };
}

function pastDate(value: string, name: string, today: IsoDate): string | undefined {
  if (!isIsoDate(value)) return notRealDate(value, name);
  if (value > today) return `${name} must be today or in the past`;
  return undefined;
}

/**
 * Validates one check's dates and outcome on submit. Required check types cannot be marked not
 * needed, and the expiry only counts for types that have one.
 */
export function validateCheckEdit(
  form: CheckForm,
  type: Pick<CheckType, 'required' | 'hasExpiry'>,
  today: IsoDate,
): CheckEditResult {
  const errors: Partial<Record<CheckField, string>> = {};
  const requestedOn = form.requestedOn.trim();
  const receivedOn = form.receivedOn.trim();
  const expiresOn = type.hasExpiry ? form.expiresOn.trim() : '';
  // Only a concern keeps its note: a changed outcome does not carry an old note with it.
  const concernNote = form.outcome === 'concern' ? form.concernNote.trim() : '';

  if (requestedOn) errors.requestedOn = pastDate(requestedOn, 'Date requested', today);
  if (receivedOn) {
    errors.receivedOn = pastDate(receivedOn, 'Date received', today);
    if (!errors.receivedOn && !errors.requestedOn && requestedOn && receivedOn < requestedOn) {
      errors.receivedOn = `Date received must be the same as or after the date requested, ${formatDate(requestedOn)}`;
    }
  }
  if (form.outcome && !isKeyOf(CHECK_OUTCOMES, form.outcome)) errors.outcome = 'Select the outcome of the check';
  else if (receivedOn && !form.outcome) errors.outcome = 'Select the outcome of the check';
  else if (form.outcome && !receivedOn) errors.receivedOn ??= 'Enter the date received';
  if (form.outcome === 'concern') {
    if (!concernNote) errors.concernNote = 'Enter how the concern was considered before panel';
    else if (concernNote.length > MAX_CONCERN_NOTE) errors.concernNote = `How the concern was considered must be ${MAX_CONCERN_NOTE} characters or fewer`;
  }
  if (expiresOn) {
    if (!isIsoDate(expiresOn)) errors.expiresOn = notRealDate(expiresOn, 'Expiry date');
    else if (!receivedOn) errors.expiresOn = 'Enter the date received before the expiry date';
    else if (isIsoDate(receivedOn) && expiresOn <= receivedOn) {
      errors.expiresOn = `Expiry date must be after the date received, ${formatDate(receivedOn)}`;
    }
  }
  if (form.notNeeded && type.required) errors.notNeeded = 'This check is required for every household: it cannot be marked not needed';

  const found = Object.fromEntries(Object.entries(errors).filter(([, m]) => m)) as Partial<Record<CheckField, string>>;
  if (Object.keys(found).length) return { ok: false, errors: found };
  return {
    ok: true,
    patch: {
      requestedOn: requestedOn || undefined,
      receivedOn: receivedOn || undefined,
      outcome: (form.outcome || undefined) as CheckOutcome | undefined,
      expiresOn: expiresOn || undefined,
      concernNote: concernNote || undefined,
      notNeeded: form.notNeeded || undefined,
    },
  };
}

/** Kept on the row while the check is requested and still awaited, so the Today page can use an index. */
export function awaitingSince(check: Pick<Check, 'requestedOn' | 'receivedOn' | 'notNeeded'>): IsoDate | undefined {
  return check.requestedOn && !check.receivedOn && !check.notNeeded ? check.requestedOn : undefined;
}

/** Plain words for a change to a check, for the timeline. */
export function describeCheckUpdate(before: Check, after: CheckPatch): string {
  if (after.notNeeded && !before.notNeeded) return `${before.label} marked not needed`;
  if (after.receivedOn && after.receivedOn !== before.receivedOn) {
    return `${before.label} received on ${formatDate(after.receivedOn)}${after.outcome ? ` (${CHECK_OUTCOMES[after.outcome]})` : ''}`;
  }
  if (after.requestedOn && after.requestedOn !== before.requestedOn && !after.receivedOn) {
    return `${before.label} requested on ${formatDate(after.requestedOn)}`;
  }
  return `${before.label} updated`;
}

/** An adult whose own checks are missing, and the day they turned 18 if that happened while the household was with the service. */
export interface AdultChecksDue {
  person: Person;
  turnedEighteenOn?: IsoDate;
}

/** The adults that missing per-person slots are for, once each, saying who turned 18 since `since`; children's checks are not adult checks. */
export function adultChecksDue(slots: CheckSlot[], people: Person[], since: IsoDate, today: IsoDate): AdultChecksDue[] {
  const ids = new Set(slots.map((s) => s.personId).filter(Boolean));
  return people
    .filter((p) => ids.has(p.id) && adultChecksNeed(p, today).needsAdultChecks)
    .map((person) => {
      const eighteen = eighteenthBirthday(person);
      return eighteen && eighteen >= since ? { person, turnedEighteenOn: eighteen } : { person };
    });
}

/**
 * Plain words for raising checks. The first raise is the household's stage 1 checks; later raises
 * are for people who became adults or joined the household, and say who and why.
 */
export function describeRaisedChecks(
  slots: CheckSlot[],
  types: Pick<CheckType, 'key' | 'label'>[],
  people: Person[],
  firstRaise: boolean,
  since: IsoDate,
  today: IsoDate,
): string {
  if (firstRaise) return `Stage 1 checks raised (${slots.length} ${slots.length === 1 ? 'check' : 'checks'})`;
  const due = new Map(adultChecksDue(slots, people, since, today).map((d) => [d.person.id, d]));
  const parts = slots.map((s) => {
    const adult = s.personId ? due.get(s.personId) : undefined;
    if (!adult) return `${s.label} raised`;
    const typeLabel = types.find((t) => t.key === s.type)?.label ?? s.type;
    const why = adult.turnedEighteenOn ? `, who turned 18 on ${formatDate(adult.turnedEighteenOn)}` : '';
    return `${typeLabel} raised for ${adult.person.name}${why}`;
  });
  return parts.join('; ');
}
