/**
 * The resource files written in the repo, bundled as text into the library's own chunk so they
 * are readable offline. Keys are file paths, values the file text.
 */
export const BUILT_IN_FILES: Record<string, string> = import.meta.glob('./resources/*.md', {
  query: '?raw',
  import: 'default',
  eager: true,
});
