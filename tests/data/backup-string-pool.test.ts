import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StringPool } from '../../src/data/backup/intern';

/** Text a backup row may hold: ids and dates repeated across rows, free text of any length. */
const text = fc.oneof(fc.constantFrom('5d0c7a52-1f0e-4bd5-9b1e-3f6f0f1c2a10', '2026-11-30T09:15:00.000Z', 'Synthetic event'), fc.string({ maxLength: 80 }));
const value = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, text, fc.integer(), fc.constant(null), fc.boolean(), tie('list'), tie('record')),
  list: fc.array(tie('value'), { maxLength: 4 }),
  record: fc.dictionary(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('id', '__proto__', 'householdId')), tie('value'), { maxKeys: 5 }),
})).value;
const row = fc.dictionary(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('id', '__proto__', 'at', 'revision')), value, { maxKeys: 8 });

describe('the rows of a backup, read with their repeated text shared', () => {
  it('are exactly the rows the file holds, whatever they contain', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), (rows) => {
        const pool = new StringPool();
        const lines = rows.map((r) => JSON.stringify(r));
        const read = lines.map((line) => {
          const parsed = JSON.parse(line) as Record<string, unknown>;
          pool.row(parsed);
          return parsed;
        });
        expect(read).toEqual(lines.map((line) => JSON.parse(line)));
        expect(read.map((r) => JSON.stringify(r))).toEqual(lines);
      }),
    );
  });

  it('keeps a field named "__proto__" as a field, not as the row\'s prototype', () => {
    const parsed = JSON.parse('{"id":"household-1","__proto__":"5d0c7a52-1f0e-4bd5-9b1e-3f6f0f1c2a10","at":"2026-11-30T09:15:00.000Z"}') as Record<string, unknown>;
    new StringPool().row(parsed);
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(JSON.stringify(parsed)).toBe('{"id":"household-1","__proto__":"5d0c7a52-1f0e-4bd5-9b1e-3f6f0f1c2a10","at":"2026-11-30T09:15:00.000Z"}');
  });
});
