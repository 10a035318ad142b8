/**
 * Tells the sync when a record that travels was saved, here or in another tab, so a save reaches
 * the team within seconds rather than at the next five-minute round. Settings are left out: a sync
 * writes its own state there, and listening to it would start the next sync for ever.
 */
import { APPEND_ONLY, REVISED } from '../../domain/merge/tables';
import { onTablesWritten } from '../tables-written';

const SHARED: ReadonlySet<string> = new Set<string>([...REVISED, ...APPEND_ONLY, 'deletions'].filter((t) => t !== 'settings'));

/** Calls `listener` after each committed write to a shared table; returns the function that stops it. */
export function onSharedSave(listener: () => void): () => void {
  return onTablesWritten(SHARED, listener);
}
