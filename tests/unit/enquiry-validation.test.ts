import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseEmail } from '../../src/domain/validation/email';
import { ENQUIRY_FIELD_ORDER, validateEnquiry, type EnquiryForm, type EnquiryResult } from '../../src/domain/validation/enquiry';
import { formatPhone, normalisePhone } from '../../src/domain/validation/phone';
import { normalisePostcode } from '../../src/domain/validation/postcode';

const TODAY = '2026-03-27';

const valid: EnquiryForm = {
  applicant1: 'Testy McTestface',
  applicant2: '',
  email: 'testy@example.com',
  phone: '07700 900123',
  postcode: 'SW1A 1AA',
  address: '',
  howHeard: 'website',
  interests: ['shortTerm'],
  notes: '',
  enquiryOn: '2026-03-26',
  kind: 'mainstream',
};

function errorsFor(change: Partial<EnquiryForm>, today = TODAY): Record<string, string | undefined> {
  const result = validateEnquiry({ ...valid, ...change }, today);
  if (result.ok) throw new Error('Expected the enquiry to be refused');
  return result.errors;
}

function saved(result: EnquiryResult) {
  if (!result.ok) throw new Error(`Expected a valid enquiry: ${JSON.stringify(result.errors)}`);
  return result.enquiry;
}

describe('validateEnquiry', () => {
  it('accepts a complete enquiry and normalises what it saves', () => {
    const enquiry = saved(
      validateEnquiry(
        { ...valid, applicant1: '  Testy McTestface ', applicant2: ' Pat McTestface ', email: ' testy@example.com ', phone: '+44 7700 900123', postcode: 'sw1a1aa', notes: '  ' },
        TODAY,
      ),
    );
    expect(enquiry).toEqual({
      applicants: ['Testy McTestface', 'Pat McTestface'],
      email: 'testy@example.com',
      phone: '07700900123',
      postcode: 'SW1A 1AA',
      address: undefined,
      howHeard: 'website',
      interests: ['shortTerm'],
      notes: undefined,
      enquiryOn: '2026-03-26',
      kind: 'mainstream',
    });
  });

  it('keeps an address given at enquiry, a line at a time', () => {
    expect(saved(validateEnquiry({ ...valid, address: ' 12 Example Road \n\nExampletown' }, TODAY)).address).toBe('12 Example Road\nExampletown');
  });

  it('shows every error on the first submit of an empty form, phone-or-email among them', () => {
    const errors = validateEnquiry(
      { applicant1: '', applicant2: '', email: '', phone: '', postcode: '', address: '', howHeard: '', interests: [], notes: '', enquiryOn: '', kind: '' },
      TODAY,
    );
    expect(errors).toEqual({
      ok: false,
      errors: {
        applicant1: "Enter the applicant's full name",
        phone: 'Enter a phone number or an email address, or both',
        postcode: 'Enter a postcode',
        howHeard: 'Select how they heard about fostering',
        interests: 'Select what kind of fostering they are interested in, or "Not sure yet"',
        enquiryOn: 'Enter the date of the enquiry',
        kind: 'Select the type of household',
      },
    });
  });

  it('puts every field it can complain about in the error summary order', () => {
    const errors = errorsFor({ applicant2: 'x'.repeat(101), email: 'nope', notes: 'x'.repeat(5001), applicant1: '' });
    for (const key of Object.keys(errors)) expect(ENQUIRY_FIELD_ORDER).toContain(key);
  });

  it.each<[Partial<EnquiryForm>, keyof EnquiryForm, string]>([
    [{ applicant1: '   ' }, 'applicant1', "Enter the applicant's full name"],
    [{ applicant1: 'x'.repeat(101) }, 'applicant1', "The applicant's full name must be 100 characters or fewer"],
    [{ applicant2: 'x'.repeat(101) }, 'applicant2', "The second applicant's full name must be 100 characters or fewer"],
    [{ email: 'testy.example.com' }, 'email', 'Enter an email address in the correct format, like name@example.com'],
    [{ email: 'testy@example' }, 'email', 'Enter an email address in the correct format, like name@example.com'],
    [{ phone: '12345' }, 'phone', 'Enter a UK phone number, like 01632 960 001 or 07700 900 982'],
    [{ postcode: '' }, 'postcode', 'Enter a postcode'],
    [{ postcode: 'not a postcode' }, 'postcode', 'Enter a real UK postcode, like AA1 1AA'],
    [{ address: 'x'.repeat(301) }, 'address', 'Address must be 300 characters or fewer'],
    [{ howHeard: 'pigeon' }, 'howHeard', 'Select how they heard about fostering'],
    [{ interests: [] }, 'interests', 'Select what kind of fostering they are interested in, or "Not sure yet"'],
    [{ interests: ['shortTerm', 'juggling'] }, 'interests', 'Select from the kinds of fostering listed'],
    [{ notes: 'x'.repeat(5001) }, 'notes', 'Notes must be 5,000 characters or fewer'],
    [{ enquiryOn: '' }, 'enquiryOn', 'Enter the date of the enquiry'],
    [{ enquiryOn: '2026-02-30' }, 'enquiryOn', 'Date of the enquiry must be a real date'],
    [{ enquiryOn: '2026-03-28' }, 'enquiryOn', 'Date of the enquiry must be today or in the past'],
    [{ kind: 'sometimes' }, 'kind', 'Select the type of household'],
  ])('%o gives "%s: %s"', (change, field, message) => {
    const errors = errorsFor(change);
    expect(errors).toEqual({ [field]: message });
  });

  it('accepts the limits: 100-character names, 5,000-character notes, an enquiry made today', () => {
    expect(validateEnquiry({ ...valid, applicant1: 'x'.repeat(100), notes: 'x'.repeat(5000), enquiryOn: TODAY }, TODAY).ok).toBe(true);
  });

  it('needs a phone number or an email address, and says so on the phone field', () => {
    expect(errorsFor({ phone: '', email: '' })).toEqual({ phone: 'Enter a phone number or an email address, or both' });
    expect(errorsFor({ phone: '  ', email: ' ' })).toEqual({ phone: 'Enter a phone number or an email address, or both' });
    expect(saved(validateEnquiry({ ...valid, phone: '' }, TODAY))).toMatchObject({ email: 'testy@example.com', phone: undefined });
    expect(saved(validateEnquiry({ ...valid, email: '' }, TODAY))).toMatchObject({ email: undefined, phone: '07700900123' });
  });

  it('complains about a bad phone number rather than a missing one when no email is given', () => {
    expect(errorsFor({ phone: 'call me', email: '' })).toEqual({ phone: 'Enter a UK phone number, like 01632 960 001 or 07700 900 982' });
  });

  it('keeps one applicant when the second is left blank', () => {
    expect(saved(validateEnquiry(valid, TODAY)).applicants).toEqual(['Testy McTestface']);
  });
});

describe('normalisePostcode', () => {
  it.each([
    ['SW1A 1AA', 'SW1A 1AA'],
    ['sw1a1aa', 'SW1A 1AA'],
    ['  sw1a   1aa ', 'SW1A 1AA'],
    ['m11ae', 'M1 1AE'],
    ['B33 8TH', 'B33 8TH'],
    ['cr26xh', 'CR2 6XH'],
    ['DN55 1PT', 'DN55 1PT'],
    ['ec1a1bb', 'EC1A 1BB'],
  ])('%s → %s', (input, expected) => {
    expect(normalisePostcode(input)).toBe(expected);
  });

  it.each(['', 'ABC', '12345', 'SW1A', 'SW1A 1A', 'SW1A 1AAA', 'not a postcode', 'sw1a-1aa'])('rejects %j', (input) => {
    expect(normalisePostcode(input)).toBeUndefined();
  });
});

describe('normalisePhone', () => {
  it.each([
    ['+44 7700 900123', '07700900123'],
    ['+447700900123', '07700900123'],
    ['0044 7700 900123', '07700900123'],
    ['07700 900123', '07700900123'],
    ['07700-900-123', '07700900123'],
    ['(01632) 960 001', '01632960001'],
    ['020 7946 0000', '02079460000'],
    ['+44 (0)20 7946 0000', '02079460000'],
    ['0303 123 4567', '03031234567'],
    ['0800 123 4567', '08001234567'],
    ['01697 73456', '0169773456'], // 10-digit geographic numbers exist
  ])('%s → %s', (input, expected) => {
    expect(normalisePhone(input)).toBe(expected);
  });

  it.each(['', '12345', '0770090012', '077009001234', '+1 555 0100', '09011 123456', '01632 960001 ext 2', 'call me', '+44'])(
    'rejects %j',
    (input) => {
      expect(normalisePhone(input)).toBeUndefined();
    },
  );

  it('formats stored numbers for reading', () => {
    expect(formatPhone('07700900123')).toBe('07700 900123');
    expect(formatPhone('02079460000')).toBe('020 7946 0000');
    expect(formatPhone('0169773456')).toBe('0169773456');
  });
});

describe('normaliseEmail', () => {
  it('trims and accepts plain addresses, rejects ones without a domain or with spaces', () => {
    expect(normaliseEmail(' testy@example.co.uk ')).toBe('testy@example.co.uk');
    expect(normaliseEmail('first.last+fostering@example.org')).toBe('first.last+fostering@example.org');
    expect(normaliseEmail('testy@example')).toBeUndefined();
    expect(normaliseEmail('te sty@example.com')).toBeUndefined();
    expect(normaliseEmail('@example.com')).toBeUndefined();
    expect(normaliseEmail(`${'x'.repeat(250)}@example.com`)).toBeUndefined();
  });
});

describe('normalisation properties', () => {
  const upper = 'ABCDEFGHJKLMNOPRSTUWYZ'.split('');
  const letter = fc.constantFrom(...upper);
  const digit = fc.integer({ min: 0, max: 9 }).map(String);
  const inwardLetter = fc.constantFrom(...'ABDEFGHJLNPQRSTUWXYZ'.split(''));
  /** Outward codes in the common shapes A9, A99, AA9, AA99, plus the inward 9AA. */
  const postcode = fc
    .tuple(
      fc.oneof(
        fc.tuple(letter, digit).map((p) => p.join('')),
        fc.tuple(letter, digit, digit).map((p) => p.join('')),
        fc.tuple(letter, letter, digit).map((p) => p.join('')),
        fc.tuple(letter, letter, digit, digit).map((p) => p.join('')),
      ),
      fc.tuple(digit, inwardLetter, inwardLetter).map((p) => p.join('')),
    )
    .map(([outward, inward]) => `${outward} ${inward}`)
    .filter((p) => normalisePostcode(p) !== undefined);

  /** How people type the same postcode: any case, with or without spaces. */
  const typed = (p: string) =>
    fc
      .tuple(fc.boolean(), fc.constantFrom('', ' ', '  '), fc.constantFrom('', ' '), fc.constantFrom('', ' '))
      .map(([lower, middle, before, after]) => {
        const compact = p.replace(' ', '');
        const spaced = `${compact.slice(0, -3)}${middle}${compact.slice(-3)}`;
        return `${before}${lower ? spaced.toLowerCase() : spaced}${after}`;
      });

  it('a valid postcode normalises to itself, and normalising twice changes nothing', () => {
    fc.assert(
      fc.property(postcode, (p) => {
        const once = normalisePostcode(p);
        return once === p && normalisePostcode(once) === once;
      }),
    );
  });

  it('every way of typing a postcode normalises to the same postcode', () => {
    fc.assert(fc.property(postcode.chain((p) => fc.tuple(fc.constant(p), typed(p))), ([p, input]) => normalisePostcode(input) === p));
  });

  const digits = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((d) => d.join(''));
  const nationalNumber = fc.oneof(
    digits(9).map((d) => `07${d}`),
    digits(8).map((d) => `020${d}`),
    digits(8).map((d) => `011${d}`),
    digits(9).map((d) => `01${d}`),
    digits(9).map((d) => `03${d}`),
  );

  /** Spaces, hyphens, dots and brackets between digits, and an optional +44 / 0044 / +44 (0) prefix. */
  const formatted = (national: string) =>
    fc
      .tuple(
        fc.constantFrom('0', '+44', '+44 ', '0044 ', '+44 (0)', '(0'),
        fc.array(fc.constantFrom('', '', ' ', '-', '.'), { minLength: national.length, maxLength: national.length }),
      )
      .map(([prefix, gaps]) => {
        const rest = national
          .slice(1)
          .split('')
          .map((d, i) => d + gaps[i])
          .join('');
        return prefix === '(0' ? `(0${rest.slice(0, 3)})${rest.slice(3)}` : `${prefix}${rest}`;
      });

  it('a valid number normalises to itself, and normalising twice changes nothing', () => {
    fc.assert(
      fc.property(nationalNumber, (n) => {
        const once = normalisePhone(n);
        return once === n && normalisePhone(once) === once;
      }),
    );
  });

  it('every formatting of one number normalises to the same national digits', () => {
    fc.assert(
      fc.property(nationalNumber.chain((n) => fc.tuple(fc.constant(n), formatted(n))), ([n, input]) => normalisePhone(input) === n),
    );
  });
});

describe('freephone numbers', () => {
  it('accepts a 10-digit 0800 number as well as 11 digits', async () => {
    const { normalisePhone } = await import('../../src/domain/validation/phone');
    expect(normalisePhone('0800 123 456')).toBe('0800123456');
    expect(normalisePhone('0808 157 0000')).toBe('08081570000');
    expect(normalisePhone('0845 123 456')).toBeUndefined();
  });
});
