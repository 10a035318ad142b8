import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findsWithTypo, TYPO_MIN_LENGTH } from '../../src/domain/word-match';

/** A name word of Latin, Greek, Cyrillic, Arabic or Han letters. */
const letter = fc.constantFrom(...'abcdeéfghijklmnopqrstuvwxyzαβγδεζηθжзийклمريحسن王小明李华'.split(''));
const word = (minLength: number) => fc.array(letter, { minLength, maxLength: 12 }).map((ls) => ls.join(''));

/** The word with one letter added, left out, changed or two neighbours swapped. */
function withTypo(w: string[], at: number, kind: number, other: string): string {
  const i = at % w.length;
  const copy = [...w];
  if (kind === 0) copy.splice(i, 0, other);
  else if (kind === 1) copy.splice(i, 1);
  else if (kind === 2) copy[i] = other;
  else if (i + 1 < copy.length) [copy[i], copy[i + 1]] = [copy[i + 1]!, copy[i]!];
  return copy.join('');
}

describe('one typo in a search word', () => {
  it('finds the word it was meant to be, in any script, when the typed word has five letters or more', () => {
    fc.assert(
      fc.property(word(TYPO_MIN_LENGTH + 1), fc.nat(), fc.integer({ min: 0, max: 3 }), letter, (w, at, kind, other) => {
        const typed = withTypo(Array.from(w), at, kind, other);
        fc.pre(Array.from(typed).length >= TYPO_MIN_LENGTH);
        expect(findsWithTypo(typed, w)).toBe(true);
      }),
    );
  });

  it('finds a longer word from its start typed with a typo, as while still typing', () => {
    expect(findsWithTypo('alegat', 'allegation')).toBe(true);
    expect(findsWithTypo('smaplef', 'samplefield')).toBe(true);
  });

  it.each([
    ['alegation', 'allegation'],
    ['allegaton', 'allegation'],
    ['allegatoin', 'allegation'],
    ['allegasion', 'allegation'],
  ])('%s finds %s', (typed, key) => {
    expect(findsWithTypo(typed, key)).toBe(true);
  });

  it('forgives nothing in words under five letters, and never two typos', () => {
    expect(findsWithTypo('smyh', 'smith')).toBe(false);
    expect(findsWithTypo('jnoes', 'jones')).toBe(true);
    expect(findsWithTypo('jnose', 'jones')).toBe(false);
    expect(findsWithTypo('allegatoni', 'allegation')).toBe(false);
    expect(findsWithTypo('okafor', 'testerton')).toBe(false);
  });
});
