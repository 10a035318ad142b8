import { useEffect } from 'preact/hooks';
import { signal } from '@preact/signals';
import { settingsRepo } from '../../data/repositories/settings';

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
    // The watch loads once someone has unlocked: a device without passcodes never needs it.
    let stop: (() => void) | undefined;
    let ended = false;
    void import('./idle-watch').then((m) => {
      if (!ended) stop = m.watchIdle(idleMinutes);
    });
    return () => {
      ended = true;
      stop?.();
    };
  }, [unlocked, idleMinutes]);
}
