import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blindSearchTokens, prefixesOf } from '../../src/domain/blind-search-tokens';
import { searchKeys, searchTerm } from '../../src/domain/search-keys';

const sample = { names: ['Ann Samplewood', 'Zoë O’Brien'], postcode: 'B12 6XY', email: 'Ann@Example.org', phone: '07700 900123' };

describe('tokens for a blind search index', () => {
  it('store every start of each name word from two letters, so "sam" still finds Samplewood', () => {
    const tokens = blindSearchTokens(sample);
    for (const typed of ['sa', 'sam', 'samplewood', 'an', 'ann', 'zoe', "o'b", "o'brien"]) expect(tokens).toContain(searchTerm(typed));
    expect(tokens).not.toContain('s');
  });

  it('store every start of the postcode, so "B1" and "b12 6" still find B12 6XY', () => {
    const tokens = blindSearchTokens(sample);
    for (const typed of ['B1', 'b12', 'b12 6', 'B12 6XY']) expect(tokens).toContain(searchTerm(typed));
  });

  it('store an email address and a phone number whole only', () => {
    const tokens = blindSearchTokens(sample);
    expect(tokens).toContain(searchTerm('ann@example.org'));
    expect(tokens).toContain(searchTerm('07700 900123'));
    expect(tokens).not.toContain(searchTerm('ann@exa'));
    expect(tokens).not.toContain(searchTerm('07700'));
  });

  it('find by any start the clear index finds, for names and postcodes', () => {
    const word = fc.stringMatching(/^[a-z]{2,12}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 3 }), fc.integer({ min: 2, max: 12 }), (words, n) => {
        const details = { names: [words.join(' ')] };
        const tokens = new Set(blindSearchTokens(details));
        for (const key of searchKeys(details)) expect(tokens.has(key.slice(0, Math.min(n, key.length)))).toBe(true);
      }),
    );
  });

  it('count starts by character, not by UTF-16 unit', () => {
    expect(prefixesOf('𝒜bc')).toEqual(['𝒜b', '𝒜bc']);
    expect(prefixesOf('mariam')).toEqual(['ma', 'mar', 'mari', 'maria', 'mariam']);
    expect(prefixesOf('bo')).toEqual(['bo']);
  });
});
