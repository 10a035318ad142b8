import type { IsoDate } from '../dates';

/** The library's sections, in the order carers see them. */
export const LIBRARY_CATEGORIES = [
  'Emergencies and safety',
  'Support for you',
  'Money',
  "The child's life",
  'Training and development',
  'About fostering',
] as const;

export type LibraryCategory = (typeof LIBRARY_CATEGORIES)[number];

export function isLibraryCategory(value: unknown): value is LibraryCategory {
  return typeof value === 'string' && (LIBRARY_CATEGORIES as readonly string[]).includes(value);
}

/** What the library list and search results show of a resource: everything but its text. */
export interface ResourceInfo {
  id: string;
  title: string;
  category: LibraryCategory;
  summary: string;
  audience: string;
  lastReviewed: IsoDate;
  /** Where it stands in its category (1 first); resources without one follow, by title. */
  order?: number;
  source: 'built-in' | 'local';
}

/** A support document for carers: written in the repo ("built-in") or by the service in the app ("local"). */
export interface Resource extends ResourceInfo {
  /** Markdown, rendered without any raw HTML. */
  body: string;
}

/** Ids are also the link targets between resources: lower-case words joined by hyphens. */
export const RESOURCE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The order carers see within a category: the urgent pages are numbered so they lead (an
 * emergency before a glossary), then everything unnumbered, the service's own included, by title.
 */
export function libraryOrder(a: Pick<Resource, 'order' | 'title'>, b: Pick<Resource, 'order' | 'title'>): number {
  const byOrder = (a.order ?? Number.POSITIVE_INFINITY) - (b.order ?? Number.POSITIVE_INFINITY);
  return byOrder > 0 || byOrder < 0 ? byOrder : a.title.localeCompare(b.title, 'en-GB');
}
