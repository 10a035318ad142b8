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

/** A support document for carers: written in the repo ("built-in") or by the service in the app ("local"). */
export interface Resource {
  id: string;
  title: string;
  category: LibraryCategory;
  summary: string;
  audience: string;
  lastReviewed: IsoDate;
  /** Markdown, rendered without any raw HTML. */
  body: string;
  source: 'built-in' | 'local';
}

/** Ids are also the link targets between resources: lower-case words joined by hyphens. */
export const RESOURCE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
