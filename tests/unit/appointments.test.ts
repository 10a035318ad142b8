import { describe, expect, it } from 'vitest';
import { validateAppointment } from '../../src/domain/appointments';

const today = '2026-11-22';

describe('planning an appointment', () => {
  it('accepts a panel planned ahead, because appointments are not moves', () => {
    const result = validateAppointment({ kind: 'panel', on: '2026-12-10', note: ' Panel B ' }, today);
    expect(result).toEqual({ ok: true, appointment: { kind: 'panel', on: '2026-12-10', note: 'Panel B' } });
  });

  it.each([
    [{ kind: '', on: '2026-12-10', note: '' }, 'kind', 'Select the kind of appointment'],
    [{ kind: 'panel', on: '', note: '' }, 'on', 'Enter the date of the appointment'],
    [{ kind: 'panel', on: '2026-02-30', note: '' }, 'on', 'Date of the appointment must be a real date'],
    [{ kind: 'panel', on: '2029-01-01', note: '' }, 'on', 'Date of the appointment must be within the next 2 years'],
    [{ kind: 'panel', on: '2025-01-01', note: '' }, 'on', 'Date of the appointment must be within the last year'],
    [{ kind: 'other', on: '2026-12-01', note: 'x'.repeat(501) }, 'note', 'Note must be 500 characters or fewer'],
  ])('refuses %o with a message on %s', (form, field, message) => {
    const result = validateAppointment(form, today);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[field as 'kind']).toBe(message);
  });
});
