import { describe, expect, it } from 'vitest';
import { personForm, validatePerson } from '../../src/domain/person-edit';

const today = '2026-06-15';

describe('validatePerson', () => {
  it('needs a name, and a date of birth for a household member', () => {
    expect(validatePerson(personForm({ role: 'member' }), today, 1)).toEqual({
      ok: false,
      errors: { name: 'Enter their full name', dateOfBirth: 'Enter their date of birth' },
    });
  });

  it('refuses a date of birth that is not real or is in the future', () => {
    const unreal = validatePerson({ role: 'member', name: 'Kid Example', dateOfBirth: '2015-02-30', relationship: '' }, today, 1);
    expect(unreal).toEqual({ ok: false, errors: { dateOfBirth: 'Date of birth must be a real date' } });
    const future = validatePerson({ role: 'member', name: 'Kid Example', dateOfBirth: '2026-06-16', relationship: '' }, today, 1);
    expect(future).toEqual({ ok: false, errors: { dateOfBirth: 'Date of birth must be today or in the past' } });
  });

  it('keeps one or two applicants', () => {
    const third = validatePerson(personForm({ role: 'applicant', name: 'Third Person' }), today, 2);
    expect(third.ok).toBe(false);
    const lastToMember = validatePerson({ role: 'member', name: 'Only Applicant', dateOfBirth: '1980-01-01', relationship: '' }, today, 0);
    expect(lastToMember).toEqual({ ok: false, errors: { role: 'A household needs at least one applicant: add another applicant first' } });
  });

  it('refuses an applicant under 18 and trims what is saved', () => {
    expect(validatePerson({ role: 'applicant', name: 'Young Person', dateOfBirth: '2010-01-01', relationship: '' }, today, 1)).toEqual({
      ok: false,
      errors: { dateOfBirth: 'An applicant must be 18 or over' },
    });
    expect(validatePerson({ role: 'member', name: '  Kid Example ', dateOfBirth: '2015-02-28', relationship: ' son ' }, today, 1)).toEqual({
      ok: true,
      person: { role: 'member', name: 'Kid Example', dateOfBirth: '2015-02-28', relationship: 'son' },
    });
  });
});
