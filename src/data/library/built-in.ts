import type { ParsedInfo } from '../../domain/library/front-matter';

/**
 * The resource files written in the repo. The list reads each file's front matter, worked out
 * when the app is built; each text is its own small chunk, loaded when the resource is opened or
 * the library searched, and precached with the app so every one still opens offline. Keys are
 * file paths.
 */
export const BUILT_IN_INFO: Record<string, ParsedInfo> = import.meta.glob<ParsedInfo>('./resources/*.md', {
  query: '?info',
  import: 'default',
  eager: true,
});

export const BUILT_IN_TEXTS: Record<string, () => Promise<string>> = import.meta.glob<string>('./resources/*.md', {
  query: '?raw',
  import: 'default',
});
