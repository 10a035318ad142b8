import Dexie, { type DBCoreRangeType, type DBCoreTransaction, type IndexableType, type Table } from 'dexie';
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
 * Rows read per request: small enough that each answer is a short task, large enough to be quick.
 * At 10,000 households, 3,000 made tasks of 150 to 210 ms and 2,000 tasks under 100 ms, in the
 * same time (8.1 s against 8.0). Each request used to redraw the progress too, and then 2,000 took
 * 10.1 s where 3,000 took 8.6.
 */
const READ_CHUNK = 2000;

/**
 * Pieces of the key space read side by side. Read one after another, the database waited while the
 * page turned each answer into text, and the page waited while the database read the next: the page
 * was idle for half of a 10,000-household backup. A table is cut into up to this many pieces (keys
 * need not spread evenly across them), two read at once.
 */
const PIECES = 8;
const SIDE_BY_SIDE = 2;

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
  lines: RowLines;
  rows: number;
}

/** A table small enough to read in a few requests is one piece. */
async function piecesOf(table: Table, size: number): Promise<Piece[]> {
  const piece = (from: IndexableType, to: IndexableType): Piece => ({ table, from, to, lines: new RowLines(), rows: 0 });
  if (size <= 2 * READ_CHUNK) return [piece(Dexie.minKey, Dexie.maxKey)];
  const [[first], [last]] = await Promise.all([table.orderBy(':id').limit(1).primaryKeys(), table.orderBy(':id').reverse().limit(1).primaryKeys()]);
  const bounds = [Dexie.minKey, ...keyCuts(first, last, PIECES), Dexie.maxKey];
  return bounds.slice(1).map((to, i) => piece(bounds[i]!, to));
}

/**
 * Reads a piece in order, asking for each chunk before the one before it is turned into text.
 * Through the database's core, below Dexie's collections but above its layers (a device under a
 * passcode still reads its rows opened): the collections' own work was a twentieth of the read.
 */
async function readPiece(piece: Piece, onRead: (rows: number) => void): Promise<void> {
  const { table } = piece;
  const trans = Dexie.currentTransaction.idbtrans as unknown as DBCoreTransaction;
  const core = table.core;
  const after = (from: IndexableType, inclusive: boolean) =>
    core
      .query({ trans, values: true, limit: READ_CHUNK, query: { index: core.schema.primaryKey, range: { type: 2 as DBCoreRangeType, lower: from, upper: piece.to, lowerOpen: !inclusive, upperOpen: true } } })
      .then((found) => found.result as Record<string, unknown>[]);
  let reading = after(piece.from, true);
  for (;;) {
    const chunk = await reading;
    const full = chunk.length === READ_CHUNK;
    if (full) reading = after(primaryKeyOf(table, chunk.at(-1)!) as IndexableType, false);
    for (const row of chunk) {
      if (isDeviceLocal(table.name, row)) continue;
      piece.lines.row(row);
      piece.rows += 1;
    }
    onRead(chunk.length);
    if (!full) return;
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
    const reader = async () => {
      for (let piece = waiting.shift(); piece; piece = waiting.shift()) await readPiece(piece, onRead);
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
