import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, todayIso, type IsoDate } from '../../src/domain/dates';
import { parseResourceFile } from '../../src/domain/library/front-matter';
import { validateLocalResource, type LocalResourceForm } from '../../src/domain/library/local-resource';
import { libraryOrder } from '../../src/domain/library/resource';

const TODAY = '2026-11-30' as IsoDate;
const form = (lastReviewed: string): LocalResourceForm => ({
  title: 'Hub evenings',
  category: 'Support for you',
  summary: 'Monthly get-togethers.',
  body: 'First Tuesday of the month.',
  lastReviewed,
});

describe('the order within a library category', () => {
  it('puts numbered pages first, in their order, then the rest by title', () => {
    const pages = [
      { title: 'Glossary', order: 3 },
      { title: 'A local support group' },
      { title: 'What to do in an emergency', order: 1 },
      { title: 'Allegations', order: 2 },
      { title: 'Hub evenings' },
    ];
    expect([...pages].sort(libraryOrder).map((p) => p.title)).toEqual([
      'What to do in an emergency',
      'Allegations',
      'Glossary',
      'A local support group',
      'Hub evenings',
    ]);
  });

  it('never puts an unnumbered page before a numbered one, whatever the titles', () => {
    const page = fc.record({ title: fc.string(), order: fc.option(fc.integer({ min: 1, max: 50 }), { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(page), (pages) => {
        const sorted = [...pages].sort(libraryOrder);
        const firstUnnumbered = sorted.findIndex((p) => p.order === undefined);
        if (firstUnnumbered >= 0) expect(sorted.slice(firstUnnumbered).every((p) => p.order === undefined)).toBe(true);
        const numbers = sorted.filter((p) => p.order !== undefined).map((p) => p.order!);
        expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
      }),
    );
  });

  it('reads the order from a resource file and names a file whose order is not a whole number', () => {
    const file = (order: string) => `---\nid: a\ntitle: A\ncategory: Money\nsummary: S.\nlastReviewed: 2026-11-01\norder: ${order}\n---\n# A\n\nText.`;
    expect(parseResourceFile('a.md', file('2'))).toMatchObject({ ok: true, resource: { order: 2 } });
    expect(parseResourceFile('a.md', file('first'))).toEqual({ ok: false, file: 'a.md', problem: 'its order "first" is not a whole number from 1' });
    expect(parseResourceFile('a.md', file('0'))).toMatchObject({ ok: false });
  });
});

describe('a local resource’s last reviewed date', () => {
  it('may be today or any day before, never a day after', () => {
    fc.assert(
      fc.property(fc.integer({ min: -3000, max: 3000 }), (days) => {
        const result = validateLocalResource(form(addDays(TODAY, days)), TODAY);
        if (days <= 0) expect(result.ok).toBe(true);
        else expect(result).toEqual({ ok: false, errors: { lastReviewed: 'Date last reviewed must be today or in the past' } });
      }),
    );
  });

  it('is checked against the date it is on the device', () => {
    expect(validateLocalResource(form(todayIso()), todayIso()).ok).toBe(true);
  });
});
