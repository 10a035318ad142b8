import { signal } from '@preact/signals';
import type { Workbox } from 'workbox-window';
import { askToKeepData } from '../data/persistence';

/** A new version is installed and waiting for the user's say-so. */
export const updateWaiting = signal(false);
/** The app is cached and will open with no network. */
export const offlineReady = signal(false);

let wb: Workbox | undefined;

// Installed to the home screen: the moment browsers are most willing to promise to keep the data.
if (typeof window !== 'undefined') window.addEventListener('appinstalled', () => void askToKeepData());

export async function startServiceWorker(): Promise<void> {
  // MODE, not DEV: a build run with NODE_ENV=test (as under vitest) still needs its service worker.
  if (import.meta.env.MODE === 'development' || !('serviceWorker' in navigator)) return;
  const { Workbox } = await import('workbox-window');
  wb = new Workbox('/sw.js');
  wb.addEventListener('waiting', () => {
    updateWaiting.value = true;
  });
  wb.addEventListener('activated', () => {
    offlineReady.value = true;
  });
  await wb.register();
  // Look for a new version when the app comes back to the front, not on a timer (vite-plugin-pwa#282).
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') void wb?.update();
  });
}

/** Only ever called from the user's "Reload to update" button: never reload on our own. */
export function applyUpdate(): void {
  let reloaded = false;
  // Reload once, guarding the DevTools "update on reload" loop (vite-plugin-pwa#889, #900).
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (!reloaded) {
      reloaded = true;
      location.reload();
    }
  });
  wb?.messageSkipWaiting();
}
