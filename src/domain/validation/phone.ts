/**
 * UK phone numbers as GOV.UK asks: accept spaces, hyphens, brackets, dots and +44 (or 0044), and
 * store the national form. Valid when it is 10 or 11 digits in a range people actually use
 * (01, 02, 03, 07, 08), a deliberately lenient rule because number plans change.
 */
export function normalisePhone(input: string): string | undefined {
  const stripped = input.replace(/[\s\-().]/g, '');
  let digits: string;
  if (/^\+44/.test(stripped)) digits = '0' + stripped.slice(3).replace(/^0/, '');
  else if (/^0044/.test(stripped)) digits = '0' + stripped.slice(4).replace(/^0/, '');
  else digits = stripped;
  if (!/^\d+$/.test(digits)) return undefined;
  if (!/^0[12378]/.test(digits)) return undefined;
  // Freephone 0800 and 0808 numbers may be 10 digits (0800 123 456) as well as 11.
  if (/^080[08]/.test(digits)) return digits.length === 10 || digits.length === 11 ? digits : undefined;
  if (digits.startsWith('07') || digits.startsWith('03') || digits.startsWith('08')) {
    return digits.length === 11 ? digits : undefined;
  }
  return digits.length === 10 || digits.length === 11 ? digits : undefined;
}

/** "07700900123" → "07700 900123"; "02079460000" → "020 7946 0000". For display only. */
export function formatPhone(national: string): string {
  if (/^02\d{9}$/.test(national)) return `${national.slice(0, 3)} ${national.slice(3, 7)} ${national.slice(7)}`;
  if (/^0\d{10}$/.test(national)) return `${national.slice(0, 5)} ${national.slice(5)}`;
  return national;
}
