import { formatPhone } from '../validation/phone';
import { isServicePhone, SERVICE_PLACEHOLDERS, type ServiceDetails } from '../service-details';

export const NOT_FILLED_IN = '(not yet filled in by your fostering service)';

export type PlaceholderSegment = { kind: 'text'; text: string } | { kind: 'value'; field: keyof typeof SERVICE_PLACEHOLDERS; text: string; missing: boolean };

const PLACEHOLDER = /\{\{\s*(service\.[A-Za-z]+)\s*\}\}/g;

const isKnown = (key: string): key is keyof typeof SERVICE_PLACEHOLDERS => Object.hasOwn(SERVICE_PLACEHOLDERS, key);

function valueOf(key: keyof typeof SERVICE_PLACEHOLDERS, details: ServiceDetails): string {
  const field = SERVICE_PLACEHOLDERS[key];
  // Details saved before a field existed have no value for it.
  const value = (details[field] ?? '').trim();
  return value && isServicePhone(field) ? formatPhone(value) : value;
}

/**
 * Splits text at `{{service.x}}` placeholders so the page can show the service's own details,
 * or say plainly that the service has not filled them in. Unknown placeholders stay as written.
 */
export function placeholderSegments(text: string, details: ServiceDetails): PlaceholderSegment[] {
  const out: PlaceholderSegment[] = [];
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    const key = m[1]!;
    if (!isKnown(key)) continue;
    if (m.index > last) out.push({ kind: 'text', text: text.slice(last, m.index) });
    const value = valueOf(key, details);
    out.push({ kind: 'value', field: key, text: value || NOT_FILLED_IN, missing: !value });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return mergeText(out);
}

/** The same, as one string: for summaries and anywhere links are not wanted. */
export function fillPlaceholders(text: string, details: ServiceDetails): string {
  return placeholderSegments(text, details)
    .map((s) => s.text)
    .join('');
}

function mergeText(segments: PlaceholderSegment[]): PlaceholderSegment[] {
  const out: PlaceholderSegment[] = [];
  for (const s of segments) {
    const prev = out[out.length - 1];
    if (s.kind === 'text' && prev?.kind === 'text') prev.text += s.text;
    else out.push(s);
  }
  return out;
}
