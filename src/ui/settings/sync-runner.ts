/**
 * Keeps this device in step with the team's server while sync is on: at start, every few minutes,
 * a few seconds after each save, when the device comes back online, and when asked. The engine loads only once sync is on.
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
/** The first full sync's records received of about how many the server holds; undefined otherwise. */
export const firstSync = signal<{ done: number; total: number } | undefined>(undefined);

const EVERY = 5 * 60 * 1000;
/** A save waits this long for the next, so typing through a form sends one sync, not one per save. */
const AFTER_SAVE = 4000;
let timer: ReturnType<typeof setInterval> | undefined;
let soon: ReturnType<typeof setTimeout> | undefined;
let stopWatching: (() => void) | undefined;
/** Set when a sync was asked for while one ran (back online mid-sync): it runs again once that ends. */
let again = false;
/** The newest status asked for: an older answer arriving later never overwrites it. */
let statusAsked = 0;

function syncSoon(): void {
  if (soon !== undefined) clearTimeout(soon);
  soon = setTimeout(() => {
    soon = undefined;
    // A save during a sync is sent by the next one.
    if (syncing.value) syncSoon();
    else void syncOnce();
  }, AFTER_SAVE);
}

function stop(): void {
  if (timer !== undefined) clearInterval(timer);
  if (soon !== undefined) clearTimeout(soon);
  stopWatching?.();
  timer = undefined;
  soon = undefined;
  stopWatching = undefined;
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
  const asked = ++statusAsked;
  const s = await settingsRepo.syncSettings();
  if (!s.on) return stop();
  const { syncFacts } = await import('../../data/sync/sync');
  const [facts, conflicts] = await Promise.all([syncFacts(s), conflictCounts.open()]);
  if (asked === statusAsked) syncStatus.value = { ...facts, conflicts, online: navigator.onLine };
}

/** Runs one sync now, if sync is on, someone is using the device and it is online. */
export async function syncOnce(): Promise<void> {
  const s = await settingsRepo.syncSettings();
  if (!s.on) return stop();
  if (syncing.value) {
    again = true;
    return;
  }
  if (navigator.onLine && currentUser.value) {
    syncing.value = true;
    try {
      const { syncNow } = await import('../../data/sync/sync');
      await syncNow(s, byName(), (p) => {
        if (p.total !== undefined) firstSync.value = { done: Math.min(p.received, p.total), total: p.total };
      });
    } finally {
      syncing.value = false;
      firstSync.value = undefined;
    }
    if (again) {
      again = false;
      return syncOnce();
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
    const { onSharedSave } = await import('../../data/sync/saves');
    if (timer !== undefined) stopWatching ??= onSharedSave(syncSoon);
    window.addEventListener('online', onOnline);
    window.addEventListener('offline', onOffline);
  }
  await syncOnce();
}
