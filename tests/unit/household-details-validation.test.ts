import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyAssessment, type Assessment } from '../../src/domain/household';
import { normaliseAddress } from '../../src/domain/validation/address';
import { contactForm, mainstreamRefusal, validateContact, validateHousehold, type ContactForm, type HouseholdForm } from '../../src/domain/validation/household-details';

const contact: ContactForm = { email: 'rowan@example.com', phone: '07700 900123', postcode: 'ls1 4ap', address: '' };
const household: HouseholdForm = { kind: 'connected', namedChild: 'Kit Madeupson', howHeard: 'website', interests: ['shortTerm'] };
const connected = { kind: 'connected' as const, assessment: emptyAssessment() };

const kinshipTerms = { types: ['kinship' as const], ageFrom: 0, ageTo: 17, numberOfChildren: 1, siblingGroups: false, namedChild: 'Kit Madeupson' };

describe('validateContact', () => {
  it('saves the contact details in their stored form', () => {
    expect(validateContact({ ...contact, phone: '+44 7700 900456', address: '  3 Sample Street \n\n Exampletown ' })).toEqual({
      ok: true,
      value: { email: 'rowan@example.com', phone: '07700900456', postcode: 'LS1 4AP', address: '3 Sample Street\nExampletown' },
    });
  });

  it('opens with the record as shown, and saving it unchanged gives the record back', () => {
    const stored = { email: 'rowan@example.com', phone: '07700900123', postcode: 'LS1 4AP', address: '3 Sample Street\nExampletown' };
    expect(validateContact(contactForm(stored))).toEqual({ ok: true, value: stored });
  });

  it('says what is wrong beside each field, with the enquiry form’s words', () => {
    expect(validateContact({ email: 'nope', phone: '12345', postcode: 'XX', address: 'x'.repeat(301) })).toEqual({
      ok: false,
      errors: {
        email: 'Enter an email address in the correct format, like name@example.com',
        phone: 'Enter a UK phone number, like 01632 960 001 or 07700 900 982',
        postcode: 'Enter a real UK postcode, like AA1 1AA',
        address: 'Address must be 300 characters or fewer',
      },
    });
  });

  it('needs a phone number or an email address, and a postcode', () => {
    expect(validateContact({ email: ' ', phone: '', postcode: '', address: '' })).toEqual({
      ok: false,
      errors: { phone: 'Enter a phone number or an email address, or both', postcode: 'Enter a postcode' },
    });
  });

  it('keeps an address as lines with no blank ones, whatever was typed', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 20 }), { maxLength: 6 }), (lines) => {
        const address = normaliseAddress(lines.join('\n'));
        if (address === undefined) return lines.every((l) => l.trim() === '');
        return address.split('\n').every((line) => line.length > 0 && line === line.trim()) && normaliseAddress(address) === address;
      }),
    );
  });
});

describe('validateHousehold', () => {
  it('keeps the named child for a connected household', () => {
    expect(validateHousehold(household, connected)).toEqual({
      ok: true,
      value: { kind: 'connected', details: { namedChild: 'Kit Madeupson', howHeard: 'website', interests: ['shortTerm'] } },
    });
  });

  it('asks for the named child of a connected household, and drops it for a mainstream one', () => {
    expect(validateHousehold({ ...household, namedChild: ' ' }, connected)).toEqual({
      ok: false,
      errors: { namedChild: 'Enter the name of the child the household came forward for' },
    });
    const mainstream = validateHousehold({ ...household, kind: 'mainstream' }, connected);
    expect(mainstream.ok && mainstream.value.details.namedChild).toBeUndefined();
  });

  it('needs how they heard and at least one known interest', () => {
    expect(validateHousehold({ ...household, howHeard: '', interests: [] }, connected)).toEqual({
      ok: false,
      errors: { howHeard: 'Select how they heard about fostering', interests: 'Select what kind of fostering they are interested in, or "Not sure yet"' },
    });
  });

  it.each<[string, Partial<Assessment>, string]>([
    ['kinship terms of approval', { terms: kinshipTerms }, 'it has kinship terms of approval'],
    ['kinship terms the panel recommended', { panel: { recommendedTerms: kinshipTerms } }, 'it has kinship terms of approval'],
    ['a temporary approval', { temporaryApproval: { startOn: '2026-01-05' } }, 'it has a temporary approval'],
    ['both', { terms: kinshipTerms, temporaryApproval: { startOn: '2026-01-05' } }, 'it has kinship terms of approval and a temporary approval'],
  ])('refuses to make a connected household with %s mainstream', (_, held, words) => {
    const result = validateHousehold({ ...household, kind: 'mainstream' }, { kind: 'connected', assessment: { ...emptyAssessment(), ...held } });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.kind).toBe(`This household cannot be mainstream: ${words}, which only apply to connected person households`);
  });

  it('lets a connected household without them become mainstream, and mainstream terms never stand in the way', () => {
    expect(mainstreamRefusal({ ...emptyAssessment(), terms: { ...kinshipTerms, types: ['longTerm'], namedChild: undefined } })).toBeUndefined();
    expect(validateHousehold({ ...household, kind: 'mainstream' }, connected).ok).toBe(true);
  });
});
