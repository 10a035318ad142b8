import { describe, expect, it } from 'vitest';
import { buildLibraryIndex, plainText, searchLibrary } from '../../src/domain/library/search';

const RESOURCES = [
  { id: 'body-only', title: 'Keeping records', summary: 'Daily notes.', body: 'After a placement ends, write down what happened. Allowances are paid weekly.' },
  { id: 'title-hit', title: 'Allowances and fees', summary: 'What you are paid.', body: 'The fostering allowance covers the cost of caring.' },
  { id: 'summary-hit', title: 'Money help', summary: 'Allowances, tax and benefits.', body: 'Ask the service.' },
  { id: 'accents', title: 'Café outings', summary: 'Days out.', body: 'Plan a trip to the **museum** with [the school](excursion-policy).' },
];
const index = buildLibraryIndex(RESOURCES);
const ids = (q: string) => searchLibrary(index, q).map((h) => h.id);

describe('library search', () => {
  it('ranks a title hit above a summary hit above a body-only hit', () => {
    expect(ids('allowances')).toEqual(['title-hit', 'summary-hit', 'body-only']);
  });

  it('needs every word to match somewhere', () => {
    expect(ids('allowances weekly')).toEqual(['body-only']);
    expect(ids('allowances unicorn')).toEqual([]);
  });

  it('matches the start of words while typing, ignoring case and accents', () => {
    expect(ids('ALLOW')).toContain('title-hit');
    expect(ids('cafe')).toEqual(['accents']);
  });

  it('searches the words a reader sees, not link targets or markup', () => {
    expect(ids('museum')).toEqual(['accents']);
    expect(ids('excursion')).toEqual([]);
    expect(plainText('## Heading\n\n- **Bold** [link](x) {{service.name}}')).toBe('Heading Bold link');
  });

  it('gives a short snippet around the first body match, or the summary for a title-only match', () => {
    const [hit] = searchLibrary(index, 'weekly');
    expect(hit?.snippet).toContain('Allowances are paid weekly.');
    expect(searchLibrary(index, 'records')[0]?.snippet).toBe('Daily notes.');
  });

  it("leaves out the body's repeat of the title, as the page does, so a snippet starts with what follows it", () => {
    const repeated = buildLibraryIndex([
      { id: 'allegations', title: 'If an allegation is made', summary: 'What happens.', body: '# If an Allegation is made\n\nIf a child is in danger now, call 999. An allegation is when…' },
      { id: 'other-heading', title: 'Respite', summary: 'Short breaks.', body: '# Taking a break\n\nRespite gives everyone a rest.' },
    ]);
    expect(searchLibrary(repeated, 'allegation')[0]?.snippet).toBe('…now, call 999. An allegation is when…');
    expect(searchLibrary(repeated, 'allegation')[0]?.snippet).not.toContain('If an Allegation is made');
    // A first heading that is not the title is text a reader sees.
    expect(searchLibrary(repeated, 'break')[0]?.snippet).toContain('Taking a break');
  });

  it('forgives one typo in a word of five letters or more, ranking exact matches first', () => {
    expect(ids('alowances')).toEqual(['title-hit', 'summary-hit', 'body-only']);
    expect(ids('museun')).toEqual(['accents']);
    expect(ids('allowances fostreing')).toEqual(['title-hit']);
    expect(ids('wekly')).toEqual(['body-only']);
    expect(ids('pad')).toEqual([]);
    expect(searchLibrary(index, 'placment')[0]?.snippet).toContain('After a placement ends');
  });

  it('finds words in any script', () => {
    const greek = buildLibraryIndex([{ id: 'greek', title: 'Οδηγός για ανάδοχους', summary: 'Σύνοψη.', body: 'Κείμενο.' }]);
    expect(searchLibrary(greek, 'αναδοχους').map((h) => h.id)).toEqual(['greek']);
  });

  it('returns nothing for an empty query', () => {
    expect(ids('   ')).toEqual([]);
  });
});
