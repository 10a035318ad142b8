import { describe, expect, it } from 'vitest';
import { parseResourceFile } from '../../src/domain/library/front-matter';

const GOOD = `---
id: made-up-guide
title: "A made-up guide"
category: Support for you
summary: One plain sentence.
audience: carers
lastReviewed: 2026-11-01
---
# A made-up guide

Some text.
`;

describe('resource front matter', () => {
  it('reads the fields and keeps the Markdown body', () => {
    const parsed = parseResourceFile('made-up-guide.md', GOOD);
    expect(parsed).toEqual({
      ok: true,
      resource: {
        id: 'made-up-guide',
        title: 'A made-up guide',
        category: 'Support for you',
        summary: 'One plain sentence.',
        audience: 'carers',
        lastReviewed: '2026-11-01',
        body: '# A made-up guide\n\nSome text.',
        source: 'built-in',
      },
    });
  });

  it('accepts Windows line endings', () => {
    expect(parseResourceFile('a.md', GOOD.replace(/\n/g, '\r\n')).ok).toBe(true);
  });

  it.each([
    ['no front matter', '# Just Markdown', 'does not start with a front matter block'],
    ['an unclosed block', '---\nid: x\n', 'never closed'],
    ['a missing title', GOOD.replace(/title: .*\n/, ''), 'it has no title'],
    ['an unknown category', GOOD.replace('Support for you', 'Gardening'), 'category "Gardening" is not one of'],
    ['an impossible date', GOOD.replace('2026-11-01', '2026-02-30'), 'lastReviewed "2026-02-30"'],
    ['an id with spaces', GOOD.replace('id: made-up-guide', 'id: Made up'), 'id "Made up"'],
    ['a stray line', GOOD.replace('audience: carers', 'just words'), '"just words" is not "name: value"'],
    ['no body', GOOD.replace(/---\n#[\s\S]*$/, '---\n'), 'no text after the front matter'],
  ])('reports %s by file name instead of throwing', (_, text, problem) => {
    const parsed = parseResourceFile('broken.md', text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.file).toBe('broken.md');
      expect(parsed.problem).toContain(problem);
    }
  });
});
