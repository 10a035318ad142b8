import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { keyCuts } from '../../src/data/backup/key-cuts';

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

describe('the keys that cut a table into pieces for a backup', () => {
  it('fall above the first key and at or below the last, in order, for any two strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), fc.integer({ min: 1, max: 16 }), (a, b, pieces) => {
        const [first, last] = [a, b].sort(byCodeUnit) as [string, string];
        const cuts = keyCuts(first, last, pieces) as string[];
        expect(cuts.length).toBeLessThan(pieces);
        for (const [i, cut] of cuts.entries()) {
          expect(cut > first && cut <= last).toBe(true);
          if (i > 0) expect(cut > cuts[i - 1]!).toBe(true);
        }
      }),
    );
  });

  it('fall between two numbers the same way', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true }), fc.double({ noNaN: true }), fc.integer({ min: 1, max: 16 }), (a, b, pieces) => {
        const [first, last] = a < b ? [a, b] : [b, a];
        const cuts = keyCuts(first, last, pieces) as number[];
        for (const [i, cut] of cuts.entries()) {
          expect(cut > first && cut <= last).toBe(true);
          if (i > 0) expect(cut > cuts[i - 1]!).toBe(true);
        }
      }),
    );
  });

  it('spread random ids across several pieces', () => {
    expect(keyCuts('03f1c2d4-0000-4000-8000-000000000000', 'fe01aa00-0000-4000-8000-000000000000', 8)).toHaveLength(7);
  });

  it('leave a table whose keys are not strings or numbers, or are all one key, in one piece', () => {
    expect(keyCuts(['events', 'a'], ['households', 'z'], 8)).toEqual([]);
    expect(keyCuts('same', 'same', 8)).toEqual([]);
  });
});
