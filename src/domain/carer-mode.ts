/**
 * Carer mode: a device setting for foster carers' own phones and tablets. It shows the support
 * library and the service's contacts, and nothing about households, the pipeline or reports.
 *
 * An allow-list, not a block-list: a page added later stays hidden from carers until it is
 * deliberately listed here.
 */

/** Where a carer lands, and where a refused address sends them. */
export const CARER_MODE_HOME = '/library';

/** Exact pages carers may open. */
const ALLOWED_PAGES = new Set(['/library', '/contacts', '/carer-mode']);
/** Sections whose every page carers may open (one resource, a category…). */
const ALLOWED_SECTIONS = ['/library/'];

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/**
 * Whether `address` (a path, optionally with a query or fragment) may be shown in carer mode.
 * Anything unusual is refused: `..` or `.` segments (encoded or not), `//`, backslashes, other
 * letter cases. The query never counts, so `/households?x=/library` is refused.
 */
export function isAllowedInCarerMode(address: string): boolean {
  const path = address.split(/[?#]/, 1)[0] ?? '';
  if (!path.startsWith('/') || path.includes('\\')) return false;
  // One trailing slash is harmless (the router ignores it); two are not a page anyone links to.
  const trimmed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  const segments = trimmed.split('/').slice(1);
  for (const segment of segments) {
    const decoded = decodeSegment(segment);
    if (!decoded || decoded === '.' || decoded === '..' || /[/\\]/.test(decoded)) return false;
  }
  return ALLOWED_PAGES.has(trimmed) || ALLOWED_SECTIONS.some((section) => trimmed.startsWith(section));
}
