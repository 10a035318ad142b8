import { describe, expect, it } from 'vitest';
import { adultChecksDue, awaitingSince, checkForm, describeCheckUpdate, describeRaisedChecks, validateCheckEdit } from '../../src/domain/check-edit';
import type { Check, Person } from '../../src/domain/household';

const today = '2026-06-15';
const optional = { required: false, hasExpiry: false };
const dbs = { required: true, hasExpiry: true };
const form = (f: Partial<ReturnType<typeof checkForm>>) => ({ ...checkForm({}), ...f });

describe('validateCheckEdit', () => {
  it('accepts a check requested and received with an outcome and expiry', () => {
    const result = validateCheckEdit(form({ requestedOn: '2026-05-01', receivedOn: '2026-05-20', outcome: 'clear', expiresOn: '2029-05-20' }), dbs, today);
    expect(result).toEqual({
      ok: true,
      patch: { requestedOn: '2026-05-01', receivedOn: '2026-05-20', outcome: 'clear', expiresOn: '2029-05-20', notNeeded: undefined },
    });
  });

  it('refuses a received date before the requested date, naming the requested date', () => {
    const result = validateCheckEdit(form({ requestedOn: '2026-05-10', receivedOn: '2026-05-01', outcome: 'clear' }), optional, today);
    expect(result).toEqual({ ok: false, errors: { receivedOn: 'Date received must be the same as or after the date requested, 10 May 2026' } });
  });

  it('refuses dates in the future and dates that are not real', () => {
    const result = validateCheckEdit(form({ requestedOn: '2026-06-16', receivedOn: '2026-02-30', outcome: 'clear' }), optional, today);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.requestedOn).toBe('Date requested must be today or in the past');
    expect(result.errors.receivedOn).toBe('Date received must be a real date');
  });

  it('asks for the outcome when received, and for the received date when there is an outcome', () => {
    const noOutcome = validateCheckEdit(form({ receivedOn: '2026-06-01' }), optional, today);
    expect(noOutcome).toEqual({ ok: false, errors: { outcome: 'Select the outcome of the check' } });
    const noDate = validateCheckEdit(form({ outcome: 'informationToConsider' }), optional, today);
    expect(noDate).toEqual({ ok: false, errors: { receivedOn: 'Enter the date received' } });
  });

  it('refuses a concern without a note of how it was considered, and keeps the note only with a concern', () => {
    const bare = validateCheckEdit(form({ receivedOn: '2026-06-01', outcome: 'concern', concernNote: '   ' }), optional, today);
    expect(bare).toEqual({ ok: false, errors: { concernNote: 'Enter how the concern was considered before panel' } });
    const long = validateCheckEdit(form({ receivedOn: '2026-06-01', outcome: 'concern', concernNote: 'x'.repeat(2001) }), optional, today);
    expect(long).toEqual({ ok: false, errors: { concernNote: 'How the concern was considered must be 2000 characters or fewer' } });
    const noted = validateCheckEdit(form({ receivedOn: '2026-06-01', outcome: 'concern', concernNote: ' Discussed with the team manager ' }), optional, today);
    expect(noted).toMatchObject({ ok: true, patch: { outcome: 'concern', concernNote: 'Discussed with the team manager' } });
    const cleared = validateCheckEdit(form({ receivedOn: '2026-06-01', outcome: 'clear', concernNote: 'Old note' }), optional, today);
    expect(cleared.ok && cleared.patch.concernNote).toBeUndefined();
  });

  it('accepts a specified offence as an outcome', () => {
    const result = validateCheckEdit(form({ receivedOn: '2026-06-01', outcome: 'specifiedOffence' }), dbs, today);
    expect(result).toMatchObject({ ok: true, patch: { outcome: 'specifiedOffence' } });
  });

  it('needs the expiry to fall after the date received', () => {
    const result = validateCheckEdit(form({ receivedOn: '2026-06-01', outcome: 'clear', expiresOn: '2026-06-01' }), dbs, today);
    expect(result).toEqual({ ok: false, errors: { expiresOn: 'Expiry date must be after the date received, 1 June 2026' } });
  });

  it('ignores an expiry for a type without one', () => {
    const result = validateCheckEdit(form({ receivedOn: '2026-06-01', outcome: 'clear', expiresOn: 'nonsense' }), optional, today);
    expect(result.ok && result.patch.expiresOn).toBeUndefined();
  });

  it('refuses "not needed" for a required check type but allows it for an optional one', () => {
    expect(validateCheckEdit(form({ notNeeded: true }), dbs, today).ok).toBe(false);
    expect(validateCheckEdit(form({ notNeeded: true }), optional, today)).toEqual({
      ok: true,
      patch: { requestedOn: undefined, receivedOn: undefined, outcome: undefined, expiresOn: undefined, notNeeded: true },
    });
  });

  it('clears every field when the form is emptied', () => {
    expect(validateCheckEdit(form({}), optional, today)).toEqual({
      ok: true,
      patch: { requestedOn: undefined, receivedOn: undefined, outcome: undefined, expiresOn: undefined, notNeeded: undefined },
    });
  });
});

describe('awaitingSince', () => {
  it('is the requested date only while the check is awaited', () => {
    expect(awaitingSince({ requestedOn: '2026-05-01' })).toBe('2026-05-01');
    expect(awaitingSince({ requestedOn: '2026-05-01', receivedOn: '2026-05-02' })).toBeUndefined();
    expect(awaitingSince({ requestedOn: '2026-05-01', notNeeded: true })).toBeUndefined();
    expect(awaitingSince({})).toBeUndefined();
  });
});

const check: Check = { id: 'c1', householdId: 'h1', type: 'pets', label: 'Pets assessment' };

describe('describeCheckUpdate', () => {
  it('says what happened to the check', () => {
    expect(describeCheckUpdate(check, { receivedOn: '2026-06-01', outcome: 'clear' })).toBe('Pets assessment received on 1 June 2026 (Clear)');
    expect(describeCheckUpdate(check, { requestedOn: '2026-06-01' })).toBe('Pets assessment requested on 1 June 2026');
    expect(describeCheckUpdate(check, { notNeeded: true })).toBe('Pets assessment marked not needed');
  });
});

const people: Person[] = [
  { id: 'a', householdId: 'h1', role: 'applicant', name: 'Testy McTestface' },
  { id: 'm', householdId: 'h1', role: 'member', name: 'Junior McTestface', dateOfBirth: '2008-03-10' },
  { id: 'l', householdId: 'h1', role: 'member', name: 'Lodger Example', dateOfBirth: '1990-01-01' },
];
const dbsSlot = (personId: string, name: string) => ({ type: 'dbs', personId, label: `Enhanced DBS with barred list: ${name}` });

describe('adultChecksDue and describeRaisedChecks', () => {
  it('says who turned 18 while the household was with the service', () => {
    const slots = [dbsSlot('m', 'Junior McTestface'), dbsSlot('l', 'Lodger Example')];
    expect(adultChecksDue(slots, people, '2025-09-01', today)).toEqual([
      { person: people[1], turnedEighteenOn: '2026-03-10' },
      { person: people[2] },
    ]);
    expect(describeRaisedChecks(slots, [{ key: 'dbs', label: 'Enhanced DBS with barred list' }], people, false, '2025-09-01', today)).toBe(
      'Enhanced DBS with barred list raised for Junior McTestface, who turned 18 on 10 March 2026; Enhanced DBS with barred list raised for Lodger Example',
    );
  });

  it("names a child's own check as raised for them, not as an adult check", () => {
    const child: Person = { id: 'c', householdId: 'h1', role: 'member', name: 'Pip McTestface', dateOfBirth: '2020-01-01' };
    const slots = [{ type: 'education', personId: 'c', label: 'School or nursery check: Pip McTestface' }];
    expect(adultChecksDue(slots, [child], '2025-09-01', today)).toEqual([]);
    expect(describeRaisedChecks(slots, [], [child], false, '2025-09-01', today)).toBe('School or nursery check: Pip McTestface raised');
  });

  it('calls the first raise the stage 1 checks', () => {
    expect(describeRaisedChecks([dbsSlot('a', 'Testy McTestface'), { type: 'pets', label: 'Pets assessment' }], [], people, true, '2025-09-01', today)).toBe(
      'Stage 1 checks raised (2 checks)',
    );
  });
});
