/**
 * The lock settings as typed in Settings: how long the device waits before locking itself, and
 * whether wrong passcodes wipe it.
 */
export const MAX_IDLE_MINUTES = 60;
/** Fewer would let a child's few taps wipe a colleague's work; more is no protection. */
export const MIN_WIPE_AFTER = 5;
export const MAX_WIPE_AFTER = 50;

export type LockSettingCheck = { ok: true; value: number } | { ok: false; message: string };

function wholeNumber(typed: string, empty: string, notWhole: string, min: number, max: number, outOfRange: string): LockSettingCheck {
  const text = typed.trim();
  if (text === '') return { ok: false, message: empty };
  if (!/^\d+$/.test(text)) return { ok: false, message: notWhole };
  const value = Number(text);
  if (value < min || value > max) return { ok: false, message: outOfRange };
  return { ok: true, value };
}

export function checkIdleMinutes(typed: string): LockSettingCheck {
  return wholeNumber(
    typed,
    'Enter the minutes before the device locks',
    'The minutes must be a whole number, like 5',
    1,
    MAX_IDLE_MINUTES,
    `The minutes must be between 1 and ${MAX_IDLE_MINUTES}`,
  );
}

export function checkWipeAfter(typed: string): LockSettingCheck {
  return wholeNumber(
    typed,
    'Enter the number of wrong passcodes',
    'The number of wrong passcodes must be a whole number, like 10',
    MIN_WIPE_AFTER,
    MAX_WIPE_AFTER,
    `The number of wrong passcodes must be between ${MIN_WIPE_AFTER} and ${MAX_WIPE_AFTER}`,
  );
}
