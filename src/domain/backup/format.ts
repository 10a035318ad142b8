/**
 * The backup file, shared by restore (replace) and merge. A file is one line of JSON, the
 * envelope, then the body: JSON Lines naming each table and then its rows, as UTF-8, or those
 * bytes encrypted with AES-GCM when a passphrase was given. The envelope stays readable so a
 * restore can say what a file is, and from where, before asking for the passphrase.
 */
import * as v from 'valibot';

export const BACKUP_FORMAT = 'fostering-backup';
export const BACKUP_FORMAT_VERSION = 1;

/** A backup this large would not fit a tablet's memory while it is checked: refused before it is read. */
export const MAX_BACKUP_BYTES = 200 * 1000 * 1000;

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256; a file records its own, so it can rise later. */
export const PBKDF2_ITERATIONS = 600_000;

/**
 * Half-typed forms belong to the device they were typed on: never in a backup, untouched by a
 * restore. So do the device's passcodes (`keyring`, each wrapping this device's own data key, which
 * a backup's rows are not sealed with) and its lock state (`vault`).
 */
export const DEVICE_LOCAL_TABLES: readonly string[] = ['drafts', 'keyring', 'vault'];

/**
 * Settings that describe this device rather than the service (who is using it, carer mode, its
 * name, when it was last backed up, its sync with the team's server and the password for it): left
 * out of a backup and kept as they are by a restore.
 */
export const DEVICE_LOCAL_SETTINGS: readonly string[] = ['currentStaffId', 'carerMode', 'deviceName', 'lastBackupAt', 'syncSettings', 'syncState'];

export interface BackupHeader {
  /** The database schema version the rows were written under (`src/data/schema.ts`). */
  schemaVersion: number;
  appVersion: string;
  createdAt: string;
  /** The name this device was given in Settings, so a restore can say where a file came from. */
  deviceName: string;
  createdBy: string;
  /** Rows per table, checked against the body on restore. */
  counts: Record<string, number>;
}

/** How the body was encrypted; `null` in the envelope when it was not. Byte fields are base64. */
export interface BackupEncryption {
  alg: 'AES-GCM';
  kdf: 'PBKDF2-SHA-256';
  iterations: number;
  salt: string;
  iv: string;
  /** A short known text sealed with the same key, so a wrong passphrase is told apart from a damaged file. */
  check: string;
  checkIv: string;
}

export interface BackupEnvelope {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  header: BackupHeader;
  encryption: BackupEncryption | null;
  /**
   * Hex SHA-256 over the envelope without this field and a newline (`checksumPrefix`), followed by
   * the SHA-256 of the plain body.
   */
  sha256: string;
}

/** A backup read and fully checked, rows already migrated to the current schema version. */
export interface BackupContent {
  header: BackupHeader;
  tables: Record<string, Record<string, unknown>[]>;
}

/** Why a backup was refused, and which field of the restore form the message belongs beside. */
export interface BackupProblem {
  field: 'file' | 'passphrase';
  message: string;
}

export type BackupResult<T> = { ok: true; value: T } | { ok: false; problem: BackupProblem };

/** Long work reports records done of the total, so the page can show how far it has got. */
export interface BackupProgress {
  step: string;
  done: number;
  total: number;
}

export type OnProgress = (progress: BackupProgress) => void;

export const KEY_CHECK_TEXT = 'fostering-backup-key-check';

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const base64 = v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]+={0,2}$/));

const HeaderSchema = v.object({
  schemaVersion: v.pipe(v.number(), v.integer(), v.minValue(1)),
  appVersion: v.string(),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  deviceName: v.string(),
  createdBy: v.string(),
  counts: v.record(v.string(), count),
});

const EncryptionSchema = v.object({
  alg: v.literal('AES-GCM'),
  kdf: v.literal('PBKDF2-SHA-256'),
  iterations: v.pipe(v.number(), v.integer(), v.minValue(PBKDF2_ITERATIONS), v.maxValue(100_000_000)),
  salt: base64,
  iv: base64,
  check: base64,
  checkIv: base64,
});

const EnvelopeSchema = v.object({
  format: v.literal(BACKUP_FORMAT),
  formatVersion: v.literal(BACKUP_FORMAT_VERSION),
  header: HeaderSchema,
  encryption: v.nullable(EncryptionSchema),
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
});

const NOT_A_BACKUP = 'The selected file is not a backup from this app. Choose the file the app saved when you backed up.';
const DAMAGED = 'The backup file is damaged: its description cannot be read. Choose another backup.';

/**
 * Checks the envelope of a file: is it a backup, one this app can read, written by a schema this
 * app knows? The body is checked later, against the envelope's checksum.
 */
export function parseEnvelope(text: string, currentSchemaVersion: number): BackupResult<BackupEnvelope> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return refuse(NOT_A_BACKUP);
  }
  if (!isObject(json) || json.format !== BACKUP_FORMAT) return refuse(NOT_A_BACKUP);
  if (typeof json.formatVersion === 'number' && json.formatVersion > BACKUP_FORMAT_VERSION) {
    return refuse('This backup was made by a newer version of the app. Update the app on this device (reload it while online), then restore again.');
  }
  const parsed = v.safeParse(EnvelopeSchema, json);
  if (!parsed.success) return refuse(DAMAGED);
  const envelope = parsed.output;
  if (envelope.header.schemaVersion > currentSchemaVersion) {
    return refuse(
      `This backup holds data from a newer version of the app (database version ${envelope.header.schemaVersion}; this app knows up to ${currentSchemaVersion}). Update the app on this device (reload it while online), then restore again.`,
    );
  }
  return { ok: true, value: envelope };
}

/**
 * The text the checksum covers before the body: the envelope without the checksum, its fields in
 * a fixed order, so the writer and the reader hash the same bytes whatever order a file lists them in.
 */
export function checksumPrefix(envelope: Omit<BackupEnvelope, 'sha256'>): string {
  const { format, formatVersion, header: h, encryption: e } = envelope;
  const header = { schemaVersion: h.schemaVersion, appVersion: h.appVersion, createdAt: h.createdAt, deviceName: h.deviceName, createdBy: h.createdBy, counts: h.counts };
  const encryption = e && { alg: e.alg, kdf: e.kdf, iterations: e.iterations, salt: e.salt, iv: e.iv, check: e.check, checkIv: e.checkIv };
  return `${JSON.stringify({ format, formatVersion, header, encryption })}\n`;
}

export function refuse(message: string, field: BackupProblem['field'] = 'file'): { ok: false; problem: BackupProblem } {
  return { ok: false, problem: { field, message } };
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
