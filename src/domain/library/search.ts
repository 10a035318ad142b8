import { foldText } from '../search-keys';
import { findsWithTypo } from '../word-match';

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

/**
 * Title words count far more than summary words, which count more than any number of body words.
 * A word found only by forgiving a typo counts half, so exact matches come first.
 */
const TITLE = 1000;
const SUMMARY = 30;
const BODY = 1;
const MAX_BODY_BONUS = 9;
const SNIPPET_WORDS = 12;
const TYPO_WEIGHT = 0.5;

export function tokenise(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
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

/**
 * Resource files repeat their title as a `#` heading, which the page leaves out under its own
 * title: so does the snippet, which otherwise began with the title a result already shows.
 */
function withoutTitleHeading(body: string, title: string): string {
  const heading = /^\s*#[ \t]+([^\n]*)\n?/.exec(body);
  return heading && foldText(heading[1]!.trim()) === foldText(title.trim()) ? body.slice(heading[0].length) : body;
}

/** Built once per session: a few hundred resources at most, so an in-memory scan is instant. */
export function buildLibraryIndex(resources: readonly Searchable[]): LibraryIndex {
  return resources.map((r) => {
    const plain = plainText(withoutTitleHeading(r.body, r.title));
    const body = new Map<string, number>();
    for (const w of tokenise(plain)) body.set(w, (body.get(w) ?? 0) + 1);
    return { id: r.id, title: new Set(tokenise(r.title)), summary: new Set(tokenise(r.summary)), body, plain, titleText: r.title, summaryText: r.summary };
  });
}

/** How a query word finds a stored word: as its start while the carer types, or despite one typo. */
type Finds = (q: string, word: string) => boolean;
const starts: Finds = (q, word) => word.startsWith(q);

function inSet(words: Iterable<string>, q: string, finds: Finds): boolean {
  for (const w of words) if (finds(q, w)) return true;
  return false;
}

function bodyCount(body: Map<string, number>, q: string, finds: Finds): number {
  let n = 0;
  for (const [w, count] of body) if (finds(q, w)) n += count;
  return n;
}

function scoreWith(r: IndexedResource, q: string, finds: Finds): number {
  if (inSet(r.title, q, finds)) return TITLE;
  if (inSet(r.summary, q, finds)) return SUMMARY;
  const n = bodyCount(r.body, q, finds);
  return n === 0 ? 0 : BODY + Math.min(n - 1, MAX_BODY_BONUS) / (MAX_BODY_BONUS + 1);
}

function scoreWord(r: IndexedResource, q: string): number {
  return scoreWith(r, q, starts) || TYPO_WEIGHT * scoreWith(r, q, findsWithTypo);
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
  const found = (finds: Finds) => tokens.findIndex((t) => tokenise(t).some((w) => words.some((q) => finds(q, w))));
  const exact = found(starts);
  const at = exact >= 0 ? exact : found(findsWithTypo);
  if (at < 0) return r.summaryText;
  const start = Math.max(0, at - 4);
  const end = Math.min(tokens.length, start + SNIPPET_WORDS);
  return `${start > 0 ? '…' : ''}${tokens.slice(start, end).join(' ')}${end < tokens.length ? '…' : ''}`;
}
