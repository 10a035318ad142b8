import {
  MAX_BACKUP_BYTES,
  checksumPrefix,
  parseEnvelope,
  refuse,
  type BackupContent,
  type BackupResult,
  type OnProgress,
} from '../../domain/backup/format';
import { BackupChecker } from '../../domain/backup/records';
import { CURRENT_VERSION } from '../schema';
import { parseBody } from './body';
import { checksumOf, unlock, unsealing } from './crypto';
import type { Sealing } from './subtle-ops';
import { unpackageBody } from './subtle';
import { migrateTables } from './migrate';
import { pacer } from './pace';
import { isDeviceLocal, tableShapes } from './tables';

/** The envelope is one short line; a file with no line break this early is not a backup. */
const ENVELOPE_LIMIT = 64 * 1024;

const NOT_A_BACKUP = 'The selected file is not a backup from this app. Choose the file the app saved when you backed up.';
const DAMAGED = 'The backup file is damaged: part of it is missing or was changed. Choose another backup.';

function megabytes(bytes: number): string {
  return `${Math.round(bytes / 1_000_000)} MB`;
}

/**
 * Reads a backup file and checks all of it (size, format and versions, passphrase, checksum, every
 * record and reference) without touching the database. Rows come back migrated to the current
 * schema. Restore (replace) and merge both start here.
 */
export async function readBackup(file: Blob, options: { passphrase?: string; onProgress?: OnProgress } = {}): Promise<BackupResult<BackupContent>> {
  const onProgress = options.onProgress ?? (() => undefined);
  if (file.size === 0) return refuse('The selected file is empty. Choose the backup file the app saved.');
  if (file.size > MAX_BACKUP_BYTES) {
    return refuse(`The selected file is ${megabytes(file.size)}; a backup can be at most ${megabytes(MAX_BACKUP_BYTES)}. Choose the backup file the app saved.`);
  }
  const start = new Uint8Array(await file.slice(0, ENVELOPE_LIMIT).arrayBuffer());
  const lineEnd = start.indexOf(0x0a);
  if (lineEnd < 0) return refuse(NOT_A_BACKUP);
  let envelopeText: string;
  try {
    envelopeText = new TextDecoder('utf-8', { fatal: true }).decode(start.subarray(0, lineEnd));
  } catch {
    return refuse(NOT_A_BACKUP);
  }
  const parsed = parseEnvelope(envelopeText, CURRENT_VERSION);
  if (!parsed.ok) return parsed;
  const envelope = parsed.value;
  const prefix = checksumPrefix(envelope);

  let sealing: Sealing | undefined;
  if (envelope.encryption) {
    if (!options.passphrase) return refuse('This backup is protected by a passphrase. Enter the passphrase it was made with.', 'passphrase');
    onProgress({ step: 'Checking the passphrase', done: 0, total: 1 });
    const key = await unlock(options.passphrase, envelope.encryption);
    if (!key) return refuse('The passphrase is not the one this backup was made with. Check it and try again.', 'passphrase');
    sealing = unsealing(key, envelope.encryption, prefix);
  }
  onProgress({ step: 'Checking the file is complete', done: 0, total: 1 });
  // The body is read, decrypted and hashed off the page; only its plain bytes come back.
  const body = await unpackageBody(file.slice(lineEnd + 1), sealing);
  if (!body.plain || (await checksumOf(prefix, body.bodyHash)) !== envelope.sha256) return refuse(DAMAGED);
  const bytes = new Uint8Array(body.plain);

  const read = await parseBody(bytes, envelope.header.counts, onProgress);
  if (!read.ok) return read;
  let tables = read.value;
  if (envelope.header.schemaVersion < CURRENT_VERSION) {
    const migrated = await migrateTables(envelope.header.schemaVersion, tables, onProgress);
    if (!migrated.ok) return migrated;
    tables = migrated.value;
  }
  const problem = await checkRecords(tables, onProgress);
  if (problem) return refuse(problem);
  return { ok: true, value: { header: envelope.header, tables } };
}

async function checkRecords(tables: Record<string, Record<string, unknown>[]>, onProgress: OnProgress): Promise<string | undefined> {
  const shapes = tableShapes();
  const checker = new BackupChecker(shapes);
  const unknown = Object.keys(tables).find((t) => !checker.knowsTable(t));
  if (unknown) return `The backup file is damaged: it has a table (“${unknown}”) this app does not know. Nothing was changed. Choose another backup.`;
  // A table the backup's version did not have yet is empty in it.
  for (const shape of shapes) tables[shape.name] ??= [];
  const pause = pacer();
  const total = Object.values(tables).reduce((n, rows) => n + rows.length, 0);
  let done = 0;
  for (const [table, all] of Object.entries(tables)) {
    // A file's own copy of a device's settings (its name, who used it) never replaces this device's.
    const rows = table === 'settings' ? all.filter((row) => !isDeviceLocal(table, row)) : all;
    tables[table] = rows;
    for (const [i, row] of rows.entries()) {
      checker.check(table, row, i);
      done += 1;
      // The page gets its turn whenever a slice is used up, looked at every hundred rows: a thousand
      // rows between looks came to 240 ms on a busy machine.
      if (done % 100 === 0) await pause();
      if (done % 1000 === 0) {
        if (checker.failed) return checker.finish();
        onProgress({ step: 'Checking every record', done, total });
      }
    }
  }
  onProgress({ step: 'Checking every record', done: total, total });
  return checker.finish();
}
