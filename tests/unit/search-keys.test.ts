import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { duplicateKeys, duplicateReason, foldText, householdTokens, nameKeys, referencePrefixes, searchKeys, searchTerm, surnameOf } from '../../src/domain/search-keys';
import { normalisePhone } from '../../src/domain/validation/phone';
import { normalisePostcode } from '../../src/domain/validation/postcode';

/** What the data layer stores for a household, from the details as the enquiry form saves them. */
const stored = {
  names: ['Zoë Testerton', "Seán O'Brien-Testwood"],
  postcode: normalisePostcode('sw1a1aa')!,
  email: 'zoe.testerton@example.com',
  phone: normalisePhone('+44 7700 900123')!,
};

describe('foldText', () => {
  it('lower-cases and folds accents', () => {
    expect(foldText('Zoë Renée Seán BJÖRK')).toBe('zoe renee sean bjork');
  });

  it('treats curly apostrophes and Unicode hyphens as the plain ones', () => {
    expect(foldText('O’Brien')).toBe("o'brien");
    expect(foldText('O‘Brien')).toBe("o'brien");
    expect(foldText('Smith‐Jones')).toBe('smith-jones');
  });
});

describe('searchKeys', () => {
  it('keeps names whole with apostrophes and hyphens, and stores postcode, email and phone as searched', () => {
    expect(searchKeys(stored)).toEqual(['zoe', 'testerton', 'sean', "o'brien-testwood", 'sw1a1aa', 'zoe.testerton@example.com', '07700900123']);
  });

  it("keeps O'Brien and Smith-Jones as single words, however the apostrophe was typed", () => {
    expect(searchKeys({ names: ["Pat O'Brien", 'Alex Smith-Jones'] })).toEqual(['pat', "o'brien", 'alex', 'smith-jones']);
    expect(searchKeys({ names: ['Pat O’Brien'] })).toEqual(['pat', "o'brien"]);
  });

  it('drops stray punctuation around words and repeated keys', () => {
    expect(searchKeys({ names: ["  'Jo'  (Jo) Testerton-  ", 'Jo Testerton'] })).toEqual(['jo', 'testerton']);
  });

  it('has no keys for empty details', () => {
    expect(searchKeys({ names: [] })).toEqual([]);
  });
});

describe('searchTerm', () => {
  const keys = searchKeys(stored);

  it.each([
    ['+44 7700 900123', '07700900123'],
    ['+44 (0)7700 900123', '07700900123'],
    ['0044 7700 900123', '07700900123'],
    ['07700 900123', '07700900123'],
    ['07700-900-123', '07700900123'],
    ['sw1a 1aa', 'sw1a1aa'],
    ['SW1A1AA', 'sw1a1aa'],
    ['  Zoë ', 'zoe'],
    ["O'Brien-Testwood", "o'brien-testwood"],
    ['O’Brien-Testwood', "o'brien-testwood"],
    ['ZOE.TESTERTON@example.com', 'zoe.testerton@example.com'],
  ])('%j is looked up as a stored key', (input, key) => {
    expect(searchTerm(input)).toBe(key);
    expect(keys).toContain(key);
  });

  it('keeps the start of a phone number or a name for prefix search', () => {
    expect(searchTerm('07700 900')).toBe('07700900');
    expect(searchTerm('+44 7700')).toBe('07700');
    expect(searchTerm('Test')).toBe('test');
  });

  it('finds a stored phone number from any way of typing it', () => {
    const digits = fc.array(fc.integer({ min: 0, max: 9 }).map(String), { minLength: 9, maxLength: 9 }).map((d) => `07${d.join('')}`);
    const typed = (national: string) =>
      fc.constantFrom(
        national,
        `${national.slice(0, 5)} ${national.slice(5)}`,
        `+44 ${national.slice(1, 5)} ${national.slice(5)}`,
        `+44 (0)${national.slice(1)}`,
        `0044 ${national.slice(1)}`,
        `(${national.slice(0, 5)}) ${national.slice(5, 8)}-${national.slice(8)}`,
      );
    fc.assert(
      fc.property(digits.chain((n) => fc.tuple(fc.constant(n), typed(n))), ([national, input]) => {
        return searchKeys({ names: [], phone: normalisePhone(input) }).includes(searchTerm(input)) && searchTerm(input) === national;
      }),
    );
  });
});

describe('duplicateKeys', () => {
  const base = duplicateKeys(stored);

  it('marks the same email, phone, and surname with postcode', () => {
    expect(base).toEqual([
      'email:zoe.testerton@example.com',
      'phone:07700900123',
      'surname-postcode:testerton|sw1a1aa',
      "surname-postcode:o'brien-testwood|sw1a1aa",
    ]);
  });

  const overlap = (other: Parameters<typeof duplicateKeys>[0]) => duplicateKeys(other).filter((k) => base.includes(k));

  it('matches a second enquiry with the same email in a different case', () => {
    expect(overlap({ names: ['Someone Else'], email: ' Zoe.Testerton@EXAMPLE.com ' })).toEqual(['email:zoe.testerton@example.com']);
  });

  it('matches a second enquiry with the same phone number typed differently', () => {
    expect(overlap({ names: ['Someone Else'], phone: normalisePhone('07700 900 123') })).toEqual(['phone:07700900123']);
  });

  it('matches the same surname at the same postcode, accents and apostrophes folded', () => {
    expect(overlap({ names: ['Chris Testerton'], postcode: 'SW1A 1AA' })).toEqual(['surname-postcode:testerton|sw1a1aa']);
    expect(overlap({ names: ['Sean O’Brien-Testwood'], postcode: 'SW1A 1AA' })).toEqual(["surname-postcode:o'brien-testwood|sw1a1aa"]);
  });

  it('does not match the same surname at another postcode, or another surname at the same postcode', () => {
    expect(overlap({ names: ['Chris Testerton'], postcode: 'M1 1AE' })).toEqual([]);
    expect(overlap({ names: ['Chris Otherton'], postcode: 'SW1A 1AA' })).toEqual([]);
  });

  it('gives no surname key without a postcode, and no repeats', () => {
    expect(duplicateKeys({ names: ['Jo Testerton', 'Sam Testerton'] })).toEqual([]);
    expect(duplicateKeys({ names: ['Jo Testerton', 'Sam Testerton'], postcode: 'SW1A 1AA' })).toEqual(['surname-postcode:testerton|sw1a1aa']);
  });

  it('explains each kind of match in words', () => {
    expect(duplicateReason('email:x@example.com')).toBe('same email address');
    expect(duplicateReason('phone:07700900123')).toBe('same phone number');
    expect(duplicateReason('surname-postcode:testerton|sw1a1aa')).toBe('same surname and postcode');
  });
});

describe('surnameOf', () => {
  it('is the last name word', () => {
    expect(surnameOf('Anne-Marie de la Testerton')).toBe('testerton');
    expect(surnameOf('Seán O’Brien')).toBe("o'brien");
    expect(surnameOf('   ')).toBeUndefined();
  });
});

describe('names in any script', () => {
  it.each([
    ['Zoë', 'zoe'],
    ['ZOE', 'zoe'],
    ['مَرْيَم', 'مريم'],
    ['Ελένη Παπαδοπούλου', 'ελενη παπαδοπουλου'],
    ['ΟΔΥΣΣΕΑΣ', 'οδυσσεασ'],
    ['Ёлка Тестова', 'елка тестова'],
    ['Straße', 'strasse'],
    ['Ｚｏｅ', 'zoe'],
  ])('%s folds to %s', (typed, folded) => {
    expect(foldText(typed)).toBe(folded);
  });

  it('keeps letters and digits of every script as name words', () => {
    expect(searchKeys({ names: ['مريم Тестова', '王小明', 'Ελένη Testou-Smith'] })).toEqual(['مريم', 'тестова', '王小明', 'ελενη', 'testou-smith']);
    expect(nameKeys(['Zoë Testerton', 'Zoe Testerton'])).toEqual(['zoe', 'testerton']);
  });

  it('folds any text the same way twice as once', () => {
    const idempotent = (s: string) => {
      expect(foldText(foldText(s))).toBe(foldText(s));
    };
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), idempotent));
    fc.assert(fc.property(fc.string({ unit: 'binary' }), idempotent));
  });

  it('finds a name typed with or without its accents, in either direction', () => {
    fc.assert(
      fc.property(fc.constantFrom('Zoë', 'Renée', 'Seán', 'Björk', 'Łukasz', 'Ελένη', 'Ёлка'), (name) => {
        const stored = searchKeys({ names: [name] });
        expect(stored).toContain(searchTerm(name));
        expect(stored).toContain(searchTerm(name.normalize('NFD').replace(/\p{M}/gu, '')));
      }),
    );
  });

  it('puts name words, search keys and duplicate keys on a household together', () => {
    const tokens = householdTokens({ postcode: 'LS1 4AP' }, [
      { name: 'مريم Тестова', role: 'applicant' },
      { name: 'Kiddo Тестова', role: 'member' },
    ]);
    expect(tokens.nameKeys).toEqual(['مريم', 'тестова', 'kiddo']);
    expect(tokens.searchKeys).toEqual(['مريم', 'тестова', 'kiddo', 'ls14ap']);
    expect(tokens.duplicateKeys).toEqual(['surname-postcode:тестова|ls14ap']);
  });
});

describe('references', () => {
  it.each([
    ['H-0002', ['H-0002']],
    ['h-0002', ['H-0002']],
    ['D-0016', ['D-0016']],
    ['d-16', ['D-0016']],
    ['d16', ['D-0016']],
    ['H0042', ['H-0042']],
    ['B-0001', ['B-0001']],
    ['H-00', ['H-00']],
    ['16', ['H-0016', 'D-0016']],
    ['12345', ['H-12345', 'D-12345']],
  ])('%s looks for references starting %j', (typed, prefixes) => {
    expect(referencePrefixes(typed)).toEqual(prefixes);
  });

  it.each(['B12', 'ls14', 'sw1a 1aa', '07700900123', '0016', 'Testerton', ''])('%s is not a reference', (typed) => {
    expect(referencePrefixes(typed)).toBeUndefined();
  });
});
