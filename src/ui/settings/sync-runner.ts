/**
 * Keeps this device in step with the team's server while sync is on: at start, every few minutes,
 * when the device comes back online, and when asked. The engine loads only once sync is on.
 */
import { signal } from '@preact/signals';
import { conflictCounts } from '../../data/repositories/conflict-counts';
import { settingsRepo } from '../../data/repositories/settings';
import type { SyncStatusFacts } from '../../domain/sync/status';
import { byName, currentUser } from '../current-user';

/** What the header says; undefined while sync is off. */
export const syncStatus = signal<SyncStatusFacts | undefined>(undefined);
/** True while a sync runs, so the page can say so and not start another. */
export const syncing = signal(false);

const EVERY = 5 * 60 * 1000;
let timer: ReturnType<typeof setInterval> | undefined;

function stop(): void {
  if (timer !== undefined) clearInterval(timer);
  timer = undefined;
  window.removeEventListener('online', onOnline);
  window.removeEventListener('offline', onOffline);
  syncStatus.value = undefined;
}

function onOnline(): void {
  void syncOnce();
}
function onOffline(): void {
  void showStatus();
}

async function showStatus(): Promise<void> {
  const s = await settingsRepo.syncSettings();
  if (!s.on) return stop();
  const { syncFacts } = await import('../../data/sync/sync');
  const [facts, conflicts] = await Promise.all([syncFacts(s), conflictCounts.open()]);
  syncStatus.value = { ...facts, conflicts, online: navigator.onLine };
}

/** Runs one sync now, if sync is on, someone is using the device and it is online. */
export async function syncOnce(): Promise<void> {
  const s = await settingsRepo.syncSettings();
  if (!s.on) return stop();
  if (!syncing.value && navigator.onLine && currentUser.value) {
    syncing.value = true;
    try {
      const { syncNow } = await import('../../data/sync/sync');
      await syncNow(s, byName());
    } finally {
      syncing.value = false;
    }
  }
  await showStatus();
}

/** Starts (or stops) the regular sync to match the saved settings. */
export async function followSyncSettings(): Promise<void> {
  const s = await settingsRepo.syncSettings();
  if (!s.on) return stop();
  if (timer === undefined) {
    timer = setInterval(() => void syncOnce(), EVERY);
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
  }
  await syncOnce();
}
