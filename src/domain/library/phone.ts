import { formatPhone, normalisePhone } from '../validation/phone';

export type PhoneSegment = { kind: 'text'; text: string } | { kind: 'phone'; text: string; tel: string };

/**
 * UK numbers as people write them (07700 900123, 020 7946 0000, +44 (0)1632 960123, 0800-123-4567)
 * and the short emergency and help lines. Candidates are checked with the same rule as forms.
 */
const CANDIDATE = /(?<![\d+])(?:\+44\s?(?:\(0\)\s?)?|0)\d(?:[\s-]?\d){8,9}(?![\d])|(?<![\d.,£$:/-])\b(?:999|101|111|112)\b(?![\d]|[.,:/-]\d)/g;

/** Splits text so the page can make each phone number a tap-to-call link. */
export function phoneSegments(text: string): PhoneSegment[] {
  const out: PhoneSegment[] = [];
  let last = 0;
  for (const m of text.matchAll(CANDIDATE)) {
    const tel = telNumber(m[0]);
    if (!tel) continue;
    if (m.index > last) out.push({ kind: 'text', text: text.slice(last, m.index) });
    out.push({ kind: 'phone', text: m[0], tel });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

function telNumber(candidate: string): string | undefined {
  if (/^\d{3}$/.test(candidate)) return candidate;
  return normalisePhone(candidate);
}

export interface PhoneLink {
  href: string;
  text: string;
}

/**
 * A number from the service's details as a tap-to-call link: the national digits to dial, and
 * the number spaced to read aloud. One typed before numbers were checked is dialled as written.
 */
export function phoneLink(saved: string): PhoneLink {
  const national = normalisePhone(saved);
  return national ? { href: `tel:${national}`, text: formatPhone(national) } : { href: `tel:${saved.replace(/[^\d+]/g, '')}`, text: saved };
}
