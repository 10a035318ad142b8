/**
 * A document the server holds in more than one version: two devices sent changes that never met
 * (CouchDB keeps both as leaves of its revision tree). They are folded into one record by the same
 * rules as a file merge: a field changed on one side only takes that change; a field both changed
 * keeps the winning version's value and is listed for a person to settle, with both values.
 *
 * The fold is the same on every device (the leaves in CouchDB's winning order, the merged revision
 * named from the leaves' ids, timed at the latest of them), so devices that fold the same leaves
 * write the same revision back, and the server gains no further versions.
 */
import type { PlannedConflict } from '../merge/plan';
import { householdOf } from '../merge/tables';
import { generation, mergeRows, type Revised } from '../revision';
import type { SyncDoc } from './documents';
import { revHash } from './revs';

type Row = Record<string, unknown> & Revised;

export interface Folded {
  doc: SyncDoc;
  /** Fields both versions changed, for the conflict list; empty when one version already had the other. */
  conflicts: PlannedConflict[];
}

/** CouchDB's winner first: a live version before a removal, then the longest history, then the highest id. */
export function byWinner(a: SyncDoc, b: SyncDoc): number {
  return Number(Boolean(a._deleted)) - Number(Boolean(b._deleted)) || generation(b._rev) - generation(a._rev) || (a._rev < b._rev ? 1 : a._rev > b._rev ? -1 : 0);
}

export function foldLeaves(table: string, recordId: string, leaves: readonly SyncDoc[]): Folded | undefined {
  const ordered = [...leaves].sort(byWinner);
  const winner = ordered[0];
  if (!winner) return undefined;
  const live = ordered.filter((d) => !d._deleted && d.row);
  // A removal against a version still live: the live version speaks for itself and nothing is lost.
  if (live.length <= 1) return { doc: live[0] ?? winner, conflicts: [] };
  let row = live[0]!.row as Row;
  const conflicts: PlannedConflict[] = [];
  for (const other of live.slice(1)) {
    const incoming = other.row as Row;
    const at = [row.revision?.changedAt ?? '', incoming.revision?.changedAt ?? ''].sort().at(-1)!;
    const by = (row.revision?.changedAt ?? '') >= (incoming.revision?.changedAt ?? '') ? (row.revision?.changedBy ?? '') : (incoming.revision?.changedBy ?? '');
    const token = revHash([row.revision?.rev ?? '', incoming.revision?.rev ?? ''].sort().join('|'));
    const merged = mergeRows(row, incoming, by, at, token);
    if (merged.kind === 'keepLocal') continue;
    row = merged.row;
    if (merged.kind === 'merged') for (const c of merged.conflicts) conflicts.push({ ...c, table, recordId, householdId: householdOf(table, row) });
  }
  return { doc: { ...live[0]!, row }, conflicts };
}
