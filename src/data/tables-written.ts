/**
 * Committed writes to named tables, for work that must know when what it rests on changed (the
 * sync, the notice's last answer). Its own module, not beside `watchQuery`: that one is in the
 * first page's code, and these listeners are wanted only later.
 */
import Dexie from 'dexie';
import { db } from './db';

/**
 * Calls `listener` after each committed write to any of `tables` in the app's database, in this tab
 * or another; returns the function that stops it.
 */
export function onTablesWritten(tables: ReadonlySet<string>, listener: () => void): () => void {
  const handler = (parts: Record<string, unknown>) => {
    const prefix = `idb://${db().name}/`;
    if (Object.keys(parts).some((part) => part.startsWith(prefix) && tables.has(part.slice(prefix.length).split('/')[0]!))) listener();
  };
  Dexie.on('storagemutated', handler);
  return () => Dexie.on('storagemutated').unsubscribe(handler);
}
