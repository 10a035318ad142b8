/**
 * Rules for the passcode each person sets. Length is what makes a passcode strong, so there is a
 * minimum and no rule about kinds of character: a passphrase ("blue kettle on the hob") is welcome.
 */
export const MIN_PASSCODE_LENGTH = 6;

/**
 * The form a passcode is used in. Tablets and keyboards can type the same accented letter as one
 * character or as a letter and a mark; both must open the same key.
 */
export function normalisePasscode(passcode: string): string {
  return passcode.normalize('NFC');
}

/** Characters as a person counts them: an emoji or an accented letter is one. */
function length(passcode: string): number {
  return Array.from(normalisePasscode(passcode)).length;
}

export function passcodeError(passcode: string): string | undefined {
  if (passcode.trim() === '') return 'Enter a passcode';
  if (length(passcode) < MIN_PASSCODE_LENGTH) return `Passcode must be ${MIN_PASSCODE_LENGTH} characters or more`;
  return undefined;
}

/** Typed twice when set or changed, so a slip of the finger does not lock the person out. */
export function passcodeConfirmationError(passcode: string, confirmation: string): string | undefined {
  if (confirmation === '') return 'Enter your new passcode again';
  if (normalisePasscode(confirmation) !== normalisePasscode(passcode)) return 'The passcodes do not match';
  return undefined;
}
