/**
 * A deliberately plain email rule (something@something.tld, no spaces): strict rules reject real
 * addresses, and the reply itself is the real test.
 */
export function normaliseEmail(input: string): string | undefined {
  const email = input.trim();
  if (email.length > 254) return undefined;
  return /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/.test(email) ? email : undefined;
}
