import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enquiringHouseholds, type Enquirer } from '../../src/domain/reports/enquiries';
import { financialYear } from '../../src/domain/reports/financial-year';

const year = financialYear(2026);
const ids = (hs: Enquirer[]) => hs.map((h) => h.id);

describe('enquiries, once per household per year', () => {
  it('counts the same people enquiring twice in the year once, by their first enquiry', () => {
    const hs: Enquirer[] = [
      { id: 'again', enquiryOn: '2026-12-01', duplicateKeys: ['email:rae@example.org'] },
      { id: 'first', enquiryOn: '2026-04-01', duplicateKeys: ['email:rae@example.org', 'phone:07700900001'] },
      { id: 'other', enquiryOn: '2026-05-01', duplicateKeys: ['email:sol@example.org'] },
    ];
    expect(ids(enquiringHouseholds(hs, year))).toEqual(['first', 'other']);
  });

  it('counts each year apart: an enquiry on 31 March and again on 1 April counts once in each year', () => {
    const hs: Enquirer[] = [
      { id: 'march', enquiryOn: '2027-03-31', duplicateKeys: ['phone:07700900002'] },
      { id: 'april', enquiryOn: '2027-04-01', duplicateKeys: ['phone:07700900002'] },
    ];
    expect(ids(enquiringHouseholds(hs, year))).toEqual(['march']);
    expect(ids(enquiringHouseholds(hs, financialYear(2027)))).toEqual(['april']);
  });

  it('joins records linked through a third: email with one, phone with the other', () => {
    const hs: Enquirer[] = [
      { id: 'a', enquiryOn: '2026-06-01', duplicateKeys: ['email:a@example.org'] },
      { id: 'b', enquiryOn: '2026-06-02', duplicateKeys: ['phone:07700900003'] },
      { id: 'c', enquiryOn: '2026-06-03', duplicateKeys: ['email:a@example.org', 'phone:07700900003'] },
    ];
    expect(ids(enquiringHouseholds(hs, year))).toEqual(['a']);
  });

  it('counts a household with no contact details on its own', () => {
    const hs: Enquirer[] = [
      { id: 'x', enquiryOn: '2026-06-01', duplicateKeys: [] },
      { id: 'y', enquiryOn: '2026-06-01', duplicateKeys: [] },
    ];
    expect(ids(enquiringHouseholds(hs, year))).toEqual(['x', 'y']);
  });

  it('never counts more than the records, never none when there are some, and not by the order they are read', () => {
    const key = fc.constantFrom('email:a', 'email:b', 'phone:1', 'phone:2', 'surname-postcode:x|y');
    const day = fc.integer({ min: 1, max: 28 }).map((d) => `2026-06-${String(d).padStart(2, '0')}`);
    const records = fc.uniqueArray(fc.record({ id: fc.string({ minLength: 1 }), enquiryOn: day, duplicateKeys: fc.uniqueArray(key, { maxLength: 3 }) }), {
      selector: (r) => r.id,
      maxLength: 12,
    });
    fc.assert(
      fc.property(records, (hs) => {
        const counted = enquiringHouseholds(hs, year);
        expect(counted.length).toBeLessThanOrEqual(hs.length);
        expect(counted.length > 0).toBe(hs.length > 0);
        expect(ids(enquiringHouseholds([...hs].reverse(), year))).toEqual(ids(counted));
        // No two counted households share a key.
        const keys = counted.flatMap((h) => h.duplicateKeys);
        expect(new Set(keys).size).toBe(keys.length);
      }),
    );
  });
});
