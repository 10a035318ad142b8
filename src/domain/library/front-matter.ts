import { isIsoDate } from '../dates.ts';
import { isLibraryCategory, LIBRARY_CATEGORIES, RESOURCE_ID, type Resource, type ResourceInfo } from './resource.ts';

export type ParsedResource = { ok: true; resource: Resource } | { ok: false; file: string; problem: string };
export type ParsedInfo = { ok: true; resource: ResourceInfo } | { ok: false; file: string; problem: string };

const REQUIRED = ['id', 'title', 'category', 'summary', 'lastReviewed'] as const;

/**
 * Reads one resource file: `---`, `key: value` lines, `---`, then the Markdown body. A file
 * with a mistake is reported by name so the rest of the library still shows.
 */
export function parseResourceFile(file: string, text: string): ParsedResource {
  const fail = (problem: string): ParsedResource => ({ ok: false, file, problem });
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return fail('it does not start with a front matter block (---)');
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (close < 0) return fail('its front matter block is never closed with ---');

  const fields: Record<string, string> = {};
  for (const line of lines.slice(1, close)) {
    if (!line.trim()) continue;
    const m = /^([A-Za-z]+):\s*(.*)$/.exec(line);
    if (!m) return fail(`the front matter line "${line.trim()}" is not "name: value"`);
    fields[m[1]!] = unquote(m[2]!.trim());
  }
  for (const key of REQUIRED) if (!fields[key]) return fail(`it has no ${key}`);
  const { id, title, category, summary, lastReviewed } = fields as Record<(typeof REQUIRED)[number], string>;
  if (!RESOURCE_ID.test(id)) return fail(`its id "${id}" is not lower-case words joined by hyphens`);
  if (!isLibraryCategory(category)) return fail(`its category "${category}" is not one of: ${LIBRARY_CATEGORIES.join(', ')}`);
  if (!isIsoDate(lastReviewed)) return fail(`its lastReviewed "${lastReviewed}" is not a date like 2026-11-01`);
  const order = fields.order === undefined ? undefined : Number(fields.order);
  if (order !== undefined && !(Number.isInteger(order) && order > 0)) return fail(`its order "${fields.order}" is not a whole number from 1`);
  const body = lines.slice(close + 1).join('\n').trim();
  if (!body) return fail('it has no text after the front matter');
  return {
    ok: true,
    resource: { id, title, category, summary, audience: fields.audience || 'carers', lastReviewed, ...(order && { order }), body, source: 'built-in' },
  };
}

/**
 * A resource file without its text: what the library list needs, worked out when the app is
 * built so the list never loads the texts themselves.
 */
export function resourceInfo(file: string, text: string): ParsedInfo {
  const parsed = parseResourceFile(file, text);
  if (!parsed.ok) return parsed;
  const { body: _body, ...resource } = parsed.resource;
  return { ok: true, resource };
}

function unquote(value: string): string {
  const m = /^(["'])(.*)\1$/.exec(value);
  return m ? m[2]! : value;
}
