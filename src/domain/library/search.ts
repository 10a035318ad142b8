import { foldText } from '../search-keys';

/** What the search reads of a resource; the body is Markdown. */
export interface Searchable {
  id: string;
  title: string;
  summary: string;
  body: string;
}

interface IndexedResource {
  id: string;
  title: Set<string>;
  summary: Set<string>;
  /** Each body word and how often it appears. */
  body: Map<string, number>;
  /** The body as plain words, for the snippet. */
  plain: string;
  titleText: string;
  summaryText: string;
}

export type LibraryIndex = IndexedResource[];

export interface SearchHit {
  id: string;
  snippet: string;
}

/** Title words count far more than summary words, which count more than any number of body words. */
const TITLE = 1000;
const SUMMARY = 30;
const BODY = 1;
const MAX_BODY_BONUS = 9;
const SNIPPET_WORDS = 12;

export function tokenise(text: string): string[] {
  return foldText(text)
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** Markdown to the words a reader sees: link targets, placeholders and markup go. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\{\{[^}]*\}\}/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/^\s{0,3}(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+[.)]\s+)/gm, '')
    .replace(/[|*_`~#]+/g, ' ')
    .replace(/^[\s:-]+$/gm, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Built once per session: a few hundred resources at most, so an in-memory scan is instant. */
export function buildLibraryIndex(resources: readonly Searchable[]): LibraryIndex {
  return resources.map((r) => {
    const plain = plainText(r.body);
    const body = new Map<string, number>();
    for (const w of tokenise(plain)) body.set(w, (body.get(w) ?? 0) + 1);
    return { id: r.id, title: new Set(tokenise(r.title)), summary: new Set(tokenise(r.summary)), body, plain, titleText: r.title, summaryText: r.summary };
  });
}

/** A query word matches a word it starts, so results appear while the carer is still typing. */
function inSet(words: Iterable<string>, q: string): boolean {
  for (const w of words) if (w.startsWith(q)) return true;
  return false;
}

function bodyCount(body: Map<string, number>, q: string): number {
  let n = 0;
  for (const [w, count] of body) if (w.startsWith(q)) n += count;
  return n;
}

function scoreWord(r: IndexedResource, q: string): number {
  if (inSet(r.title, q)) return TITLE;
  if (inSet(r.summary, q)) return SUMMARY;
  const n = bodyCount(r.body, q);
  return n === 0 ? 0 : BODY + Math.min(n - 1, MAX_BODY_BONUS) / (MAX_BODY_BONUS + 1);
}

/**
 * Every query word must match somewhere. Ranked by score, then by title, each with a short
 * snippet of the body around the first match (or the summary when only the title matched).
 */
export function searchLibrary(index: LibraryIndex, query: string): SearchHit[] {
  const words = [...new Set(tokenise(query))];
  if (words.length === 0) return [];
  const scored: { score: number; r: IndexedResource }[] = [];
  for (const r of index) {
    let score = 0;
    for (const q of words) {
      const s = scoreWord(r, q);
      if (s === 0) {
        score = 0;
        break;
      }
      score += s;
    }
    if (score > 0) scored.push({ score, r });
  }
  scored.sort((a, b) => b.score - a.score || a.r.titleText.localeCompare(b.r.titleText));
  return scored.map(({ r }) => ({ id: r.id, snippet: snippet(r, words) }));
}

function snippet(r: IndexedResource, words: string[]): string {
  const tokens = r.plain.split(' ');
  const at = tokens.findIndex((t) => tokenise(t).some((w) => words.some((q) => w.startsWith(q))));
  if (at < 0) return r.summaryText;
  const start = Math.max(0, at - 4);
  const end = Math.min(tokens.length, start + SNIPPET_WORDS);
  return `${start > 0 ? '…' : ''}${tokens.slice(start, end).join(' ')}${end < tokens.length ? '…' : ''}`;
}
