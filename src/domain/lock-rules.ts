/**
 * When an unlocked device locks again, and how long a wrong passcode makes the next try wait.
 * Times are milliseconds since the epoch, so the rules are plain arithmetic a test can drive.
 */
export const DEFAULT_IDLE_MINUTES = 5;
/** A tablet put down with the app in the background locks after this long, whatever the idle setting. */
export const HIDDEN_LOCK_MS = 60_000;
export const MAX_RETRY_DELAY_SECONDS = 60;

export type LockReason = 'idle' | 'hidden';

export interface ActivityState {
  /** The last tap, key press or scroll. */
  lastActivityAt: number;
  /** When the page was last hidden (another app, screen off); absent while it is shown. */
  hiddenSince?: number;
}

/** When the device will lock if nothing else happens. */
export function lockDueAt(state: ActivityState, idleMinutes = DEFAULT_IDLE_MINUTES): number {
  const idle = state.lastActivityAt + idleMinutes * 60_000;
  return state.hiddenSince === undefined ? idle : Math.min(idle, state.hiddenSince + HIDDEN_LOCK_MS);
}

/** Why the device should be locked now, or undefined while it may stay open. */
export function lockReason(state: ActivityState, now: number, idleMinutes = DEFAULT_IDLE_MINUTES): LockReason | undefined {
  if (state.hiddenSince !== undefined && now - state.hiddenSince >= HIDDEN_LOCK_MS) return 'hidden';
  if (now - state.lastActivityAt >= idleMinutes * 60_000) return 'idle';
  return undefined;
}

/**
 * Seconds to wait before the next try after `failures` wrong passcodes in a row: the first slip
 * costs nothing, then 1, 2, 4, 8 … seconds, never more than a minute, so guessing is slow while a
 * person who mistypes twice hardly notices.
 */
export function retryDelaySeconds(failures: number): number {
  if (!(failures > 1)) return 0;
  return Math.min(MAX_RETRY_DELAY_SECONDS, 2 ** Math.min(failures - 2, 6));
}

/** The earliest time a passcode may be tried again after the latest wrong one. */
export function nextTryAt(failures: number, lastFailureAt: number): number {
  return lastFailureAt + retryDelaySeconds(failures) * 1000;
}

/**
 * Whether this many wrong passcodes in a row should wipe the device's data. `wipeAfter` is the
 * service's setting; absent or 0 means never.
 */
export function shouldWipe(failures: number, wipeAfter: number | undefined): boolean {
  return wipeAfter !== undefined && wipeAfter > 0 && failures >= wipeAfter;
}
