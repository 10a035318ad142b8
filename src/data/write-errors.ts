import { connectionState } from './connection';
import { StaleWriteError } from './stale-error';

/**
 * A write refused because what it changes is no longer on this device (removed in another tab).
 * Its message is plain English and is shown as it is.
 */
export class RecordGoneError extends Error {
  override name = 'RecordGoneError';
}

/**
 * A write a service rule refuses that only the write itself can see (another tab got there first,
 * or a setting still in use). Its message is plain English and is shown as it is.
 */
export class RefusedWriteError extends Error {
  override name = 'RefusedWriteError';
}

/** Error names as IndexedDB and Dexie give them; Dexie keeps the browser's error as `inner`. */
function names(error: unknown): string[] {
  const found: string[] = [];
  let e = error as { name?: unknown; inner?: unknown } | undefined;
  for (let depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    if (typeof e.name === 'string') found.push(e.name);
    e = e.inner as typeof e;
  }
  return found;
}

export function isQuotaError(error: unknown): boolean {
  return names(error).includes('QuotaExceededError');
}

const KEPT = 'Nothing was changed and what you typed is kept.';

export const NO_SPACE = `This device has no space left to save this. ${KEPT} Free some space on the device, then try again.`;

export const UPDATED_ELSEWHERE = `This was not saved because the app was updated in another tab. ${KEPT} Reload the page to carry on.`;

const CONNECTION_LOST = `This was not saved because the connection to this device’s storage was lost. ${KEPT} Reload the page to carry on.`;

/**
 * One plain-English message for a write that failed, for every form: never the raw error text,
 * which means nothing to the person typing. `what` names what was being saved ("The note").
 */
export function writeErrorMessage(error: unknown, what = 'The change'): string {
  if (error instanceof StaleWriteError) return error.userMessage;
  if (error instanceof RecordGoneError) return `${error.message}, so nothing was saved.`;
  if (error instanceof RefusedWriteError) return `${error.message}. ${KEPT}`;
  if (isQuotaError(error)) return NO_SPACE;
  if (connectionState.value === 'replaced') return UPDATED_ELSEWHERE;
  if (names(error).some((n) => n === 'DatabaseClosedError' || n === 'InvalidStateError' || n === 'UnknownError')) return CONNECTION_LOST;
  return `${what} could not be saved on this device. ${KEPT} Try again.`;
}
