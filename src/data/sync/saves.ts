/**
 * Tells the sync when a record that travels was saved, here or in another tab, so a save reaches
 * the team within seconds rather than at the next five-minute round. Settings are left out: a sync
 * writes its own state there, and listening to it would start the next sync for ever.
 */
import Dexie from 'dexie';
import { APPEND_ONLY, REVISED } from '../../domain/merge/tables';
import { db } from '../db';

const SHARED: ReadonlySet<string> = new Set<string>([...REVISED, ...APPEND_ONLY, 'deletions'].filter((t) => t !== 'settings'));

/** Calls `listener` after each committed write to a shared table; returns the function that stops it. */
export function onSharedSave(listener: () => void): () => void {
  const handler = (parts: Record<string, unknown>) => {
    const prefix = `idb://${db().name}/`;
    const touched = Object.keys(parts).some((part) => part.startsWith(prefix) && SHARED.has(part.slice(prefix.length).split('/')[0]!));
    if (touched) listener();
  };
  Dexie.on('storagemutated', handler);
  return () => Dexie.on('storagemutated').unsubscribe(handler);
}
