import { isValid, toNormalised } from 'postcode';

/** "sw1a1aa", " SW1A 1AA " → "SW1A 1AA"; undefined when it is not a UK postcode. */
export function normalisePostcode(input: string): string | undefined {
  const compact = input.replace(/\s+/g, '').toUpperCase();
  if (!isValid(compact)) return undefined;
  return toNormalised(compact) ?? undefined;
}
