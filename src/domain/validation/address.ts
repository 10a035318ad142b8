/** The longest address kept: a few lines of a UK address with room to spare, never a case note. */
export const ADDRESS_MAX_LENGTH = 300;

/**
 * An address as typed over several lines, tidied: each line trimmed and blank lines dropped, so
 * "12 Example Road\n\n  Exampletown " is stored as two lines. Empty gives undefined (not given).
 */
export function normaliseAddress(input: string): string | undefined {
  const lines = input
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  return lines.length ? lines.join('\n') : undefined;
}

/** The message for an address that cannot be kept, or undefined when it is fine (or not given). */
export function addressError(input: string): string | undefined {
  const address = normaliseAddress(input) ?? '';
  return address.length > ADDRESS_MAX_LENGTH ? `Address must be ${ADDRESS_MAX_LENGTH} characters or fewer` : undefined;
}
