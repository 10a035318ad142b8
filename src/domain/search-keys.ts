import { byHouseholdOrder } from './household';

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
 * Lower case with accents and other marks folded away, in any script ("Zoë" and "ZOE" are "zoe",
 * "مَرْيَم" is "مريم"): compatibility forms decompose first (NFKD), so full-width letters and
 * ligatures fold too. Greek final sigma and German sharp s fold to what a keyboard without them
 * types. Tablet keyboards type curly apostrophes and Unicode hyphens, so those fold to the plain ones.
 */
export function foldText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ς/g, 'σ')
    .replace(/ß/g, 'ss')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u2010\u2011]/g, '-');
}

/** Letters and digits of any script, with apostrophes and hyphens kept inside words (O'Brien, Smith-Jones). */
function nameWords(name: string): string[] {
  return foldText(name)
    .split(/[^\p{L}\p{N}'\-]+/u)
    .map((w) => w.replace(/^['-]+|['-]+$/g, ''))
    .filter((w) => w.length > 0);
}

export function surnameOf(name: string): string | undefined {
  const words = nameWords(name);
  return words[words.length - 1];
}

/** The name words alone: the small vocabulary a search with a typo is checked against. */
export function nameKeys(names: readonly string[]): string[] {
  return [...new Set(names.flatMap(nameWords))];
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

/** The letters of references the app gives: its households' own ("H-0042") and the demo data's ("D-0016"). */
const ISSUED_LETTERS = ['H', 'D'];
const REFERENCE_DIGITS = 4;

/** "16" and "016" are reference number 0016; "0016" and "00" are the starts of one. */
function referenceDigits(digits: string): string {
  return digits.startsWith('0') ? digits : digits.padStart(REFERENCE_DIGITS, '0');
}

/**
 * The starts of the references a search box entry asks for, or undefined when it is not a reference.
 * Letters, a dash and digits are a reference whatever the letters ("d-16" is D-0016); without the
 * dash only the app's own letters are ("h16"), since "B12" is the start of a postcode. Bare digits
 * not starting with 0 are a reference number under any of the app's letters ("16": H-0016 and
 * D-0016); a number starting with 0 is a phone number.
 */
export function referencePrefixes(input: string): string[] | undefined {
  const t = input.trim().toUpperCase().replace(/[\u2010\u2011\u2013]/g, '-');
  const withDash = /^([A-Z]+)\s*-\s*(\d+)$/.exec(t);
  if (withDash) return [`${withDash[1]}-${referenceDigits(withDash[2]!)}`];
  const joined = /^([A-Z]+)(\d+)$/.exec(t);
  if (joined && ISSUED_LETTERS.includes(joined[1]!)) return [`${joined[1]}-${referenceDigits(joined[2]!)}`];
  if (/^[1-9]\d{0,5}$/.test(t)) return ISSUED_LETTERS.map((letter) => `${letter}-${referenceDigits(t)}`);
  return undefined;
}

type Named = { name: string; role: string; order?: number };

/** How a household is named in lists: its applicants ("Ann Sample and Bo Sample"), or everyone when none is left. */
export function listNames(people: readonly Named[]): string {
  const applicants = people.filter((p) => p.role === 'applicant');
  return [...(applicants.length ? applicants : people)].sort(byHouseholdOrder).map((p) => p.name).join(' and ');
}

/**
 * What is stored on a household from its details and everyone in it: the tokens (duplicates look
 * at applicants alone) and the names and postcode lists show. Every write that changes people or
 * details stores these again in the same transaction.
 */
export function householdTokens(
  details: { email?: string; phone?: string; postcode?: string },
  people: readonly Named[],
): { searchKeys: string[]; nameKeys: string[]; duplicateKeys: string[]; listNames: string; listPostcode: string } {
  const all = people.map((p) => p.name);
  const applicants = people.filter((p) => p.role === 'applicant').map((p) => p.name);
  return {
    searchKeys: searchKeys({ names: all, postcode: details.postcode, email: details.email, phone: details.phone }),
    nameKeys: nameKeys(all),
    duplicateKeys: duplicateKeys({ names: applicants, postcode: details.postcode, email: details.email, phone: details.phone }),
    listNames: listNames(people),
    listPostcode: details.postcode ?? '',
  };
}
