import Dexie, { cmp, type DBCoreKeyRange, type DBCoreRangeType, type DBCoreTransaction, type IndexableType, type Table } from 'dexie';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, checksumPrefix, type BackupHeader, type OnProgress } from '../../domain/backup/format';
import { db, nowInstant } from '../db';
import { CURRENT_VERSION } from '../schema';
import { settingsRepo } from '../repositories/settings';
import { RowLines, tableLine } from './body';
import { keyCuts } from './key-cuts';
import { checksumOf, newSealer } from './crypto';
import { startPackager } from './subtle';
import { pruneRemovalNotes } from './pruning';
import { backupTables, isDeviceLocal, primaryKeyOf } from './tables';

/**
 * Rows read per request. Small, so the page turns one answer into text while the database reads
 * the next: at 10,000 households, 500 rows four at a time read in 1.1 s where 2,000 two at a time
 * took 1.4 s, and each answer is a short task.
 */
const READ_CHUNK = 500;

/**
 * Pieces of the key space read side by side. Read one after another, the database waited while the
 * page turned each answer into text, and the page waited while the database read the next: the page
 * was idle for half of a 10,000-household backup. A table is cut into up to this many pieces; keys
 * need not spread evenly across them, as a reader with nothing left to read cuts another's piece.
 */
const PIECES = 8;
const SIDE_BY_SIDE = 4;

export interface BackupFile {
  blob: Blob;
  fileName: string;
  header: BackupHeader;
}

export interface BackupOptions {
  /** Encrypts the file when given. */
  passphrase?: string;
  by: string;
  appVersion: string;
  onProgress?: OnProgress;
}

/** Part of one table's key space: at or above `from`, below `to`. */
interface Piece {
  table: Table;
  from: IndexableType;
  to: IndexableType;
  /** The last key read so far, the last chunk's included; a cut must fall above it. */
  at?: IndexableType;
  lines: RowLines;
  rows: number;
}

const pieceOf = (table: Table, from: IndexableType, to: IndexableType): Piece => ({ table, from, to, lines: new RowLines(), rows: 0 });

/** A table small enough to read in a few requests is one piece. */
async function piecesOf(table: Table, size: number): Promise<Piece[]> {
  if (size <= 2 * READ_CHUNK) return [pieceOf(table, Dexie.minKey, Dexie.maxKey)];
  const [[first], [last]] = await Promise.all([table.orderBy(':id').limit(1).primaryKeys(), table.orderBy(':id').reverse().limit(1).primaryKeys()]);
  const bounds = [Dexie.minKey, ...keyCuts(first, last, PIECES), Dexie.maxKey];
  return bounds.slice(1).map((to, i) => pieceOf(table, bounds[i]!, to));
}

/** Keys from `lower` (itself included or not) up to but not including `upper`. */
const keyRange = (lower: IndexableType, inclusive: boolean, upper: IndexableType): DBCoreKeyRange => ({ type: 2 as DBCoreRangeType, lower, upper, lowerOpen: !inclusive, upperOpen: true });

/** The piece's last key not yet read, or undefined when it has none left. */
async function lastKeyLeft(piece: Piece, from: IndexableType): Promise<IndexableType | undefined> {
  const trans = Dexie.currentTransaction.idbtrans as unknown as DBCoreTransaction;
  const core = piece.table.core;
  const found = await core.query({ trans, values: false, limit: 1, direction: 'prev', query: { index: core.schema.primaryKey, range: keyRange(from, false, piece.to) } });
  return found.result[0] as IndexableType | undefined;
}

/**
 * Cuts the rest of a piece being read in two, between the last key read and the last key left, and
 * gives back the upper part, placed just after it so the file keeps key order; undefined when no
 * piece can be cut. The largest table's first, as the one likeliest to have most left. Keys rarely
 * spread evenly (references numbered in order, a household's rows sharing its id), and a reader
 * left idle while another worked through a long piece alone cost a third of the backup's time.
 */
async function cutAnother(order: Piece[], reading: Set<Piece>, sizes: Map<Table, number>): Promise<Piece | undefined> {
  const likeliest = [...reading].sort((a, b) => sizes.get(b.table)! - sizes.get(a.table)!);
  for (const piece of likeliest) {
    const from = piece.at ?? piece.from;
    if (from === Dexie.minKey) continue;
    const last = await lastKeyLeft(piece, from);
    if (last === undefined) continue;
    const [cut] = keyCuts(piece.at ?? from, last, 2);
    // The piece read on, ended or was cut by another reader meanwhile.
    if (cut === undefined || !reading.has(piece) || cmp(cut, piece.to) >= 0 || (piece.at !== undefined && cmp(cut, piece.at) <= 0)) continue;
    const rest = pieceOf(piece.table, cut, piece.to);
    piece.to = cut;
    order.splice(order.indexOf(piece) + 1, 0, rest);
    return rest;
  }
  return undefined;
}

/**
 * Reads a piece in order, asking for each chunk before the one before it is turned into text.
 * Through the database's core, below Dexie's collections but above its layers (a device under a
 * passcode still reads its rows opened): the collections' own work was a twentieth of the read.
 * The piece may be cut while a chunk is on its way: rows from the cut on are left to the new piece.
 */
async function readPiece(piece: Piece, onRead: (rows: number) => void): Promise<void> {
  const { table } = piece;
  const trans = Dexie.currentTransaction.idbtrans as unknown as DBCoreTransaction;
  const core = table.core;
  const after = (from: IndexableType, inclusive: boolean) =>
    core
      .query({ trans, values: true, limit: READ_CHUNK, query: { index: core.schema.primaryKey, range: keyRange(from, inclusive, piece.to) } })
      .then((found) => found.result as Record<string, unknown>[]);
  const keyOf = (row: Record<string, unknown>) => primaryKeyOf(table, row) as IndexableType;
  let reading = after(piece.from, true);
  for (;;) {
    const chunk = await reading;
    let end = chunk.length;
    while (end > 0 && cmp(keyOf(chunk[end - 1]!), piece.to) >= 0) end -= 1;
    const more = chunk.length === READ_CHUNK && end === chunk.length;
    // Set before the rows are written, the last chunk's too: a cut made from here on falls above them.
    if (end > 0) piece.at = keyOf(chunk[end - 1]!);
    if (more) reading = after(piece.at!, false);
    for (let i = 0; i < end; i++) {
      const row = chunk[i]!;
      if (isDeviceLocal(table.name, row)) continue;
      piece.lines.row(row);
      piece.rows += 1;
    }
    onRead(end);
    if (!more) return;
  }
}

/**
 * Reads every table in one read transaction, so the file is one consistent moment even if another
 * tab writes meanwhile, a chunk at a time so the page stays responsive. Rows keep their order by
 * table and key, however the pieces were read.
 */
async function writeBody(onProgress: OnProgress): Promise<{ parts: Uint8Array<ArrayBuffer>[]; counts: Record<string, number> }> {
  const tables = backupTables();
  const d = db();
  return d.transaction('r', tables, async () => {
    const sizes = await Promise.all(tables.map((t) => t.count()));
    const total = sizes.reduce((a, b) => a + b, 0);
    const pieces = (await Promise.all(tables.map((t, i) => piecesOf(t, sizes[i]!)))).flat();
    let done = 0;
    const onRead = (rows: number) => {
      done += rows;
      onProgress({ step: 'Reading this device’s records', done, total });
    };
    const waiting = [...pieces];
    const reading = new Set<Piece>();
    const tableSizes = new Map(tables.map((t, i) => [t, sizes[i]!]));
    const reader = async () => {
      for (let piece = waiting.shift(); piece; piece = waiting.shift() ?? (await cutAnother(pieces, reading, tableSizes))) {
        reading.add(piece);
        await readPiece(piece, onRead);
        reading.delete(piece);
      }
    };
    await Promise.all(Array.from({ length: SIDE_BY_SIDE }, reader));
    const counts: Record<string, number> = {};
    const parts = tables.flatMap((table) => {
      const own = pieces.filter((p) => p.table === table);
      counts[table.name] = own.reduce((n, p) => n + p.rows, 0);
      return [tableLine(table.name, counts[table.name]!), ...own.flatMap((p) => p.lines.take())];
    });
    return { parts, counts };
  });
}

function fileName(createdAt: string): string {
  return `fostering-backup-${createdAt.slice(0, 10)}-${createdAt.slice(11, 13)}${createdAt.slice(14, 16)}.backup`;
}

/** Writes the whole database (but drafts and this device's own settings) to one file. */
export async function createBackup(options: BackupOptions): Promise<BackupFile> {
  const onProgress = options.onProgress ?? (() => undefined);
  const packager = startPackager();
  try {
    // The passphrase's key (600,000 rounds of PBKDF2, in a worker) is derived while the database is read.
    const sealing = options.passphrase ? newSealer(options.passphrase) : Promise.resolve(undefined);
    sealing.catch(() => undefined);
    const { parts, counts } = await writeBody(onProgress);
    const createdAt = nowInstant();
    const header: BackupHeader = {
      schemaVersion: CURRENT_VERSION,
      appVersion: options.appVersion,
      createdAt,
      deviceName: await settingsRepo.deviceName(),
      createdBy: options.by,
      counts,
    };
    onProgress({ step: options.passphrase ? 'Encrypting the backup' : 'Sealing the backup', done: 0, total: 1 });
    const sealer = await sealing;
    const unsigned = { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, header, encryption: sealer?.encryption ?? null } as const;
    const prefix = checksumPrefix(unsigned);
    const { bodyHash, content } = await packager.packageBody(parts, sealer?.sealing(prefix));
    const sha256 = await checksumOf(prefix, bodyHash);
    const envelope = `${JSON.stringify({ ...unsigned, sha256 })}\n`;
    const blob = new Blob([envelope, content], { type: 'application/octet-stream' });
    await settingsRepo.saveLastBackupAt(createdAt, options.by);
    // Removal notes old enough are now in a backup too: the ones that can no longer matter go.
    await pruneRemovalNotes(options.by, createdAt);
    onProgress({ step: 'Backup ready', done: 1, total: 1 });
    return { blob, fileName: fileName(createdAt), header };
  } finally {
    // However the backup ended: once its body is packaged the worker has already gone, and this does nothing.
    packager.stop();
  }
}
