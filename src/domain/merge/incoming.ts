/**
 * What a merge reads from another device: its records by table, already in this schema's shape,
 * and where they came from in words. A backup file gives this once it is verified; a replication
 * with a server would give the same rows a batch at a time.
 */
export interface IncomingRecords {
  /** Where the records came from, in words: "Backup from Tablet 2 made 28 Nov 2026". */
  source: string;
  tables: Record<string, Record<string, unknown>[]>;
}

/** The note a removed record leaves behind, so a merge removes it too or asks if it changed since. */
export interface Removal {
  table: string;
  recordId: string;
  householdId?: string;
  /** The record's revision when it was removed. */
  rev: string;
  /** That revision's history, newest first, when known: lets a removal win over an older copy. */
  revs?: string[];
  deletedAt: string;
  deletedBy: string;
}

const MADE_ON = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

/** Where a backup came from, in words for the conflict list: "Backup from Tablet 2 made 28 Nov 2026". */
export function backupSource(deviceName: string, createdAt: string): string {
  const made = new Date(createdAt);
  const when = Number.isNaN(made.getTime()) ? '' : ` made ${MADE_ON.format(made)}`;
  return `Backup from ${deviceName.trim() || 'another device'}${when}`;
}
