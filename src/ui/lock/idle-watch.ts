import { lockReason, lockDueAt, type ActivityState } from '../../domain/lock-rules';
import { lockNow } from './lock-state';

const ACTIVITY = ['pointerdown', 'keydown', 'scroll', 'touchstart', 'wheel'] as const;

/**
 * Locks the device after `idleMinutes` without a tap or key press, and once the page has been
 * hidden for more than a minute; checked against the clock when the page is shown again, as
 * timers sleep in the background. Returns the function that stops watching.
 */
export function watchIdle(idleMinutes: number): () => void {
  const activity: ActivityState = { lastActivityAt: Date.now() };
  let timer: ReturnType<typeof setTimeout> | undefined;

  const check = () => {
    clearTimeout(timer);
    const now = Date.now();
    if (lockReason(activity, now, idleMinutes)) return void lockNow();
    timer = setTimeout(check, Math.max(1000, lockDueAt(activity, idleMinutes) - now));
  };
  const active = () => {
    activity.lastActivityAt = Date.now();
  };
  const visibility = () => {
    if (document.visibilityState === 'hidden') {
      activity.hiddenSince = Date.now();
      return check();
    }
    const due = lockReason(activity, Date.now(), idleMinutes);
    activity.hiddenSince = undefined;
    if (due) void lockNow();
    else check();
  };
  for (const type of ACTIVITY) window.addEventListener(type, active, { passive: true, capture: true });
  document.addEventListener('visibilitychange', visibility);
  check();
  return () => {
    clearTimeout(timer);
    for (const type of ACTIVITY) window.removeEventListener(type, active, { capture: true });
    document.removeEventListener('visibilitychange', visibility);
  };
}
