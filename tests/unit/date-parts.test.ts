import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateParts, datePartsAtFault, datePartsValue, notRealDate } from '../../src/domain/date-parts';
import { isIsoDate } from '../../src/domain/dates';
import { personForm, validatePerson } from '../../src/domain/person-edit';

const daysIn = (year: number, month: number) => new Date(year, month, 0).getDate();

const realDate = fc
  .record({ year: fc.integer({ min: 1900, max: 2199 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .filter(({ year, month, day }) => day <= daysIn(year, month));

/** How someone might type a number: with or without a leading zero. */
const typed = (n: number, padded: boolean) => (padded ? String(n).padStart(2, '0') : String(n));

describe('a date typed as day, month and year', () => {
  it('gives the ISO date for any real date, however the day and month are typed, and shows it back', () => {
    fc.assert(
      fc.property(realDate, fc.boolean(), fc.boolean(), ({ year, month, day }, padDay, padMonth) => {
        const parts = { day: typed(day, padDay), month: typed(month, padMonth), year: String(year) };
        const value = datePartsValue(parts);
        const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        expect(value).toBe(iso);
        expect(dateParts(value)).toEqual({ day: iso.slice(8), month: iso.slice(5, 7), year: String(year) });
      }),
    );
  });

  it('refuses any impossible day or month as "must be a real date", never as another date, and keeps what was typed', () => {
    const impossible = fc.oneof(
      fc.record({ year: fc.integer({ min: 1900, max: 2199 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 29, max: 99 }) }).filter(
        ({ year, month, day }) => day > daysIn(year, month),
      ),
      fc.record({ year: fc.integer({ min: 1900, max: 2199 }), month: fc.oneof(fc.constant(0), fc.integer({ min: 13, max: 99 })), day: fc.integer({ min: 1, max: 28 }) }),
      fc.record({ year: fc.integer({ min: 1900, max: 2199 }), month: fc.integer({ min: 1, max: 12 }), day: fc.constant(0) }),
    );
    fc.assert(
      fc.property(impossible, fc.boolean(), ({ year, month, day }, pad) => {
        const parts = { day: typed(day, pad), month: typed(month, pad), year: String(year) };
        const value = datePartsValue(parts);
        expect(isIsoDate(value)).toBe(false);
        expect(dateParts(value)).toEqual(parts);
        expect(notRealDate(value, 'Date of birth')).toBe('Date of birth must be a real date');
      }),
    );
  });

  it('keeps 31 February as typed and marks the day', () => {
    const value = datePartsValue({ day: '31', month: '02', year: '2026' });
    expect(dateParts(value)).toEqual({ day: '31', month: '02', year: '2026' });
    expect(notRealDate(value, 'Date of birth')).toBe('Date of birth must be a real date');
    expect(datePartsAtFault(value)).toEqual(['day']);
  });

  it('marks a month that cannot be, and a year outside 1900 to 2199', () => {
    expect(datePartsAtFault(datePartsValue({ day: '3', month: '13', year: '2026' }))).toEqual(['month']);
    const ancient = datePartsValue({ day: '3', month: '4', year: '1850' });
    expect(notRealDate(ancient, 'Date of enquiry')).toBe('Date of enquiry must be a real date');
    expect(datePartsAtFault(ancient)).toEqual(['year']);
  });

  it('says which parts are missing and marks only those', () => {
    const noMonth = datePartsValue({ day: '3', month: '', year: '2026' });
    expect(notRealDate(noMonth, 'Date of enquiry')).toBe('Date of enquiry must include a month');
    expect(datePartsAtFault(noMonth)).toEqual(['month']);
    const onlyMonth = datePartsValue({ day: ' ', month: '4', year: '' });
    expect(notRealDate(onlyMonth, 'Date of enquiry')).toBe('Date of enquiry must include a day and year');
    expect(datePartsAtFault(onlyMonth)).toEqual(['day', 'year']);
  });

  it('refuses a two-digit year rather than guessing the century', () => {
    const value = datePartsValue({ day: '3', month: '4', year: '26' });
    expect(isIsoDate(value)).toBe(false);
    expect(notRealDate(value, 'Date of enquiry')).toBe('Year must include 4 numbers');
    expect(datePartsAtFault(value)).toEqual(['year']);
  });

  it('is empty when nothing is typed, and marks all three parts for a rule about the whole date', () => {
    expect(datePartsValue({ day: '', month: ' ', year: '' })).toBe('');
    expect(datePartsAtFault('')).toEqual(['day', 'month', 'year']);
    expect(datePartsAtFault('2030-01-01')).toEqual(['day', 'month', 'year']);
  });

  it('reaches the forms: a person born on 31 February is refused in those words', () => {
    const form = { ...personForm({ role: 'member', name: 'Alex Madeupson' }), dateOfBirth: datePartsValue({ day: '31', month: '02', year: '2016' }) };
    const result = validatePerson(form, '2026-06-15', 1);
    expect(result.ok ? undefined : result.errors.dateOfBirth).toBe('Date of birth must be a real date');
  });
});
