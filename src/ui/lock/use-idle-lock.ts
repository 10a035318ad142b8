import { useEffect } from 'preact/hooks';
import { signal } from '@preact/signals';
import { lockReason, lockDueAt, type ActivityState } from '../../domain/lock-rules';
import { settingsRepo } from '../../data/repositories/settings';
import { lockNow } from './lock-state';

const ACTIVITY = ['pointerdown', 'keydown', 'scroll', 'touchstart', 'wheel'] as const;

/** The service's idle minutes, once read; Settings sets it when they change, so the new time applies at once. */
export const idleLockMinutes = signal<number | undefined>(undefined);

/**
 * While the device is unlocked: locks it after the service's idle minutes without a tap or key
 * press, and once the page has been hidden (another app, screen off) for more than a minute.
 * Checked against the clock when the page is shown again, as timers sleep in the background.
 */
export function useIdleLock(unlocked: boolean): void {
  const idleMinutes = idleLockMinutes.value;
  useEffect(() => {
    if (unlocked && idleMinutes === undefined) void settingsRepo.idleLockMinutes().then((m) => (idleLockMinutes.value = m));
  }, [unlocked]);

  useEffect(() => {
    if (!unlocked || idleMinutes === undefined) return;
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
  }, [unlocked, idleMinutes]);
}
