import { ageOn, isIsoDate, type IsoDate } from './dates';
import type { Person, PersonRole } from './household';
import { notRealDate } from './date-parts';

export const PERSON_ROLES: Record<PersonRole, string> = {
  applicant: 'Applicant',
  member: 'Household member',
};

/** What the add or change person form collects, as typed. */
export interface PersonForm {
  role: string;
  name: string;
  dateOfBirth: string;
  relationship: string;
}

export type PersonField = keyof PersonForm;

export type PersonInput = Pick<Person, 'role' | 'name' | 'dateOfBirth' | 'relationship'>;

export type PersonResult = { ok: true; person: PersonInput } | { ok: false; errors: Partial<Record<PersonField, string>> };

export const PERSON_FIELD_ORDER: PersonField[] = ['role', 'name', 'dateOfBirth', 'relationship'];

/** A household has one or two applicants (design: "One or two applicants, plus other household members"). */
export const MAX_APPLICANTS = 2;

export function personForm(person?: Partial<PersonInput>): PersonForm {
  return {
    role: person?.role ?? '',
    name: person?.name ?? '',
    dateOfBirth: person?.dateOfBirth ?? '',
    relationship: person?.relationship ?? '',
  };
}

/**
 * Validates the person form on submit. `otherApplicants` counts the household's applicants other
 * than the person being changed, so the one-or-two-applicants rule holds both ways. Household
 * members need a date of birth: it decides when they need adult checks.
 */
export function validatePerson(form: PersonForm, today: IsoDate, otherApplicants: number): PersonResult {
  const errors: Partial<Record<PersonField, string>> = {};
  const name = form.name.trim();
  const relationship = form.relationship.trim();
  const dateOfBirth = form.dateOfBirth.trim();

  if (form.role !== 'applicant' && form.role !== 'member') errors.role = 'Select whether they are an applicant or a household member';
  else if (form.role === 'applicant' && otherApplicants >= MAX_APPLICANTS) {
    errors.role = `A household has at most ${MAX_APPLICANTS} applicants: add them as a household member`;
  } else if (form.role === 'member' && otherApplicants === 0) {
    errors.role = 'A household needs at least one applicant: add another applicant first';
  }

  if (!name) errors.name = 'Enter their full name';
  else if (name.length > 100) errors.name = 'Full name must be 100 characters or fewer';

  if (!dateOfBirth) {
    if (form.role === 'member') errors.dateOfBirth = 'Enter their date of birth';
  } else if (!isIsoDate(dateOfBirth)) errors.dateOfBirth = notRealDate(dateOfBirth, 'Date of birth');
  else if (dateOfBirth > today) errors.dateOfBirth = 'Date of birth must be today or in the past';
  else if (ageOn(dateOfBirth, today) > 120) errors.dateOfBirth = 'Date of birth must be a real date';
  else if (form.role === 'applicant' && ageOn(dateOfBirth, today) < 18) errors.dateOfBirth = 'An applicant must be 18 or over';

  if (relationship.length > 100) errors.relationship = 'Relationship must be 100 characters or fewer';

  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    person: {
      role: form.role as PersonRole,
      name,
      dateOfBirth: dateOfBirth || undefined,
      relationship: relationship || undefined,
    },
  };
}

/**
 * The order people are listed in everywhere on the record: applicants first, then household
 * members oldest first; anyone without a date of birth after those with one, by name. People
 * rows have random ids, so without this the order would change between visits.
 */
export function inHouseholdOrder<T extends Pick<Person, 'role' | 'name' | 'dateOfBirth'>>(people: T[]): T[] {
  const rank = (p: T) => (p.role === 'applicant' ? 0 : 1);
  return [...people].sort(
    (a, b) =>
      rank(a) - rank(b) ||
      (a.dateOfBirth ?? '9999').localeCompare(b.dateOfBirth ?? '9999') ||
      a.name.localeCompare(b.name, 'en-GB'),
  );
}
