/**
 * Records as CouchDB documents, one per record: `<table>:<key>` ("households:4f…", "checks:9a…").
 * A revised record carries its revision as `_rev`; a removal is a tombstone (`_deleted`) that keeps
 * the removal note, so the other devices remove the record too, or ask; records only ever added
 * (moves, events, notes, audit entries) are documents written once, at generation 1, so they never
 * conflict. Device settings (who is signed in, carer mode, this sync's own settings) never leave the
 * device.
 */
import type { IncomingRecords, Removal } from '../merge/incoming';
import { APPEND_ONLY, isServiceSetting, KEY_OF, REVISED, type AppendOnlyTable, type RevisedTable } from '../merge/tables';
import { legacyRevision, type Revised } from '../revision';
import { couchRevisions, removalRevisions, revHash, revOf, type CouchRevisions } from './revs';

export type SyncTable = RevisedTable | AppendOnlyTable;
type Row = Record<string, unknown> & Revised;

export interface SyncDoc {
  _id: string;
  _rev: string;
  _revisions?: CouchRevisions;
  _deleted?: boolean;
  table: string;
  row?: Row;
  removal?: Removal;
}

const TABLES: ReadonlySet<string> = new Set<string>([...REVISED, ...APPEND_ONLY]);
const APPENDED: ReadonlySet<string> = new Set<string>(APPEND_ONLY);

export function docId(table: string, key: string): string {
  return `${table}:${key}`;
}

/** The table and key a document id names, or undefined for a document this app did not write. */
export function parseDocId(id: string): { table: SyncTable; key: string } | undefined {
  const at = id.indexOf(':');
  if (at < 1) return undefined;
  const table = id.slice(0, at);
  const key = id.slice(at + 1);
  return TABLES.has(table) && key !== '' ? { table: table as SyncTable, key } : undefined;
}

/** Whether a table's record is sent to the server at all. */
export function isShared(table: SyncTable, row: Record<string, unknown>): boolean {
  return table !== 'settings' || (typeof row.key === 'string' && isServiceSetting(row.key));
}

/** The document for a record as stored, or undefined for one that stays on this device or has no key. */
export function recordToDoc(table: SyncTable, row: Row, at: string): SyncDoc | undefined {
  const key = row[KEY_OF[table]];
  if (typeof key !== 'string' || key === '' || !isShared(table, row)) return undefined;
  const _id = docId(table, key);
  if (APPENDED.has(table)) return { _id, _rev: `1-${revHash(_id)}`, _revisions: { start: 1, ids: [revHash(_id)] }, table, row };
  // A record kept from before revisions: its first revision is made from its content, the same on every device.
  const revision = row.revision ?? legacyRevision(row, at, '');
  const _revisions = couchRevisions(revision);
  return { _id, _rev: revOf(_revisions), _revisions, table, row: { ...row, revision } };
}

/** The tombstone for a removed record, keeping the removal note for the other devices. */
export function removalToDoc(removal: Removal): SyncDoc | undefined {
  if (!(REVISED as readonly string[]).includes(removal.table)) return undefined;
  if (removal.table === 'settings' && !isServiceSetting(removal.recordId)) return undefined;
  const _revisions = removalRevisions(removal);
  return { _id: docId(removal.table, removal.recordId), _rev: revOf(_revisions), _revisions, _deleted: true, table: removal.table, removal };
}

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Pulled documents as the records a merge reads. A document this app did not write, or whose body
 * does not match its id, is left out rather than guessed at.
 */
export function docsToIncoming(docs: readonly SyncDoc[], source: string): IncomingRecords {
  const tables: Record<string, Record<string, unknown>[]> = {};
  const add = (table: string, row: Record<string, unknown>) => (tables[table] ??= []).push(row);
  for (const doc of docs) {
    const named = parseDocId(doc._id);
    if (!named) continue;
    if (doc._deleted) {
      const r = doc.removal;
      if (r && r.table === named.table && r.recordId === named.key && typeof r.rev === 'string') add('deletions', { ...r });
      continue;
    }
    if (!isRow(doc.row) || doc.row[KEY_OF[named.table]] !== named.key || !isShared(named.table, doc.row)) continue;
    add(named.table, doc.row);
  }
  return { source, tables };
}
