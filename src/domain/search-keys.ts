/**
 * Tokens a household can be found by. Kept in one place so that, when personal fields are
 * encrypted at rest, these become keyed hashes without touching the callers.
 */
export interface SearchableDetails {
  names: string[];
  postcode?: string;
  email?: string;
  phone?: string;
}

/**
 * Lower case, accents folded, apostrophes and hyphens kept inside words (O'Brien, Smith-Jones).
 * Tablet keyboards type curly apostrophes and Unicode hyphens, so those fold to the plain ones.
 */
export function foldText(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2010\u2011]/g, '-')
    .toLowerCase();
}

function nameWords(name: string): string[] {
  return foldText(name)
    .split(/[^a-z0-9'\-]+/)
    .map((w) => w.replace(/^['-]+|['-]+$/g, ''))
    .filter((w) => w.length > 0);
}

export function surnameOf(name: string): string | undefined {
  const words = nameWords(name);
  return words[words.length - 1];
}

export function searchKeys(d: SearchableDetails): string[] {
  const keys = new Set<string>();
  for (const n of d.names) for (const w of nameWords(n)) keys.add(w);
  if (d.postcode) {
    const compact = d.postcode.replace(/\s+/g, '').toLowerCase();
    keys.add(compact);
  }
  if (d.email) keys.add(d.email.trim().toLowerCase());
  if (d.phone) keys.add(d.phone.replace(/\D/g, ''));
  return [...keys];
}

/** What one search box entry is looked up as: the same folding as the stored keys. */
export function searchTerm(input: string): string {
  const t = foldText(input.trim());
  if (/^[+\d\s()\-.]+$/.test(t) && /\d{3}/.test(t)) {
    const digits = t.replace(/\D/g, '');
    // +44, 0044 and "+44 (0)" all mean the national number stored with its leading 0.
    const international = /^(?:00)?44(\d*)$/.exec(digits);
    return international ? '0' + international[1]!.replace(/^0/, '') : digits;
  }
  if (/^[a-z]{1,2}\d/.test(t.replace(/\s+/g, ''))) return t.replace(/\s+/g, '');
  return t;
}

/** Keys that mark a possible duplicate: same email, same phone, or same surname and postcode. */
export function duplicateKeys(d: SearchableDetails): string[] {
  const keys: string[] = [];
  if (d.email) keys.push(`email:${d.email.trim().toLowerCase()}`);
  if (d.phone) keys.push(`phone:${d.phone.replace(/\D/g, '')}`);
  if (d.postcode) {
    const pc = d.postcode.replace(/\s+/g, '').toLowerCase();
    for (const n of d.names) {
      const s = surnameOf(n);
      if (s) keys.push(`surname-postcode:${s}|${pc}`);
    }
  }
  return [...new Set(keys)];
}

/** Why two households look like the same people, in words for the warning. */
export function duplicateReason(key: string): string {
  if (key.startsWith('email:')) return 'same email address';
  if (key.startsWith('phone:')) return 'same phone number';
  return 'same surname and postcode';
}
