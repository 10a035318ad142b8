/**
 * The body of a backup file is JSON Lines: a line naming a table and its row count, then one line
 * per row. Reading it a line at a time lets a restore pause between pieces and report progress,
 * where one JSON.parse of tens of megabytes would freeze the page.
 */
import { isObject, refuse, type BackupResult, type OnProgress } from '../../domain/backup/format';
import { StringPool } from './intern';
import { pacer } from './pace';

/** Strings are turned into bytes about this many characters at a time: a megabyte at once took 71 ms. */
const ENCODE_AT = 1 << 18;

/** The line in front of a table's rows, naming it and how many rows follow. */
export function tableLine(name: string, rows: number): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`${JSON.stringify({ table: name, rows })}\n`);
}

/** Rows as JSON Lines, turned into bytes a piece at a time. */
export class RowLines {
  readonly parts: Uint8Array<ArrayBuffer>[] = [];
  private pending: string[] = [];
  private pendingLength = 0;
  private readonly encoder = new TextEncoder();

  row(row: unknown): void {
    const text = JSON.stringify(row);
    this.pending.push(text, '\n');
    this.pendingLength += text.length + 1;
    if (this.pendingLength >= ENCODE_AT) this.flush();
  }

  /** The rows' bytes so far, in order. */
  take(): Uint8Array<ArrayBuffer>[] {
    this.flush();
    return this.parts.splice(0);
  }

  private flush(): void {
    if (this.pending.length) this.parts.push(this.encoder.encode(this.pending.join('')));
    this.pending = [];
    this.pendingLength = 0;
  }
}

const DAMAGED = 'The backup file is damaged: part of it is missing or was changed. Choose another backup.';

/**
 * Bytes decoded this many at a time. Small, so each piece of decoded text is short-lived garbage
 * the collector takes back at once: a megabyte of text at a time was put straight among the
 * long-lived objects, and a restore's check grew by nearly twice the parsed rows before it was.
 */
const DECODE_AT = 1 << 15;

/** Progress is reported about once a megabyte, not once a piece. */
const REPORT_EVERY = 32;

/**
 * Reads the tables out of a body. The checksum has already matched, so a malformed line means a
 * file written wrongly, not one damaged on the way; it is refused all the same.
 */
export async function parseBody(
  bytes: Uint8Array,
  counts: Record<string, number>,
  onProgress: OnProgress,
): Promise<BackupResult<Record<string, Record<string, unknown>[]>>> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const pause = pacer();
  const tables: Record<string, Record<string, unknown>[]> = {};
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  let current: { rows: Record<string, unknown>[]; expected: number } | undefined;
  let done = 0;
  let carry = '';
  const pool = new StringPool();

  const take = (line: string): string | undefined => {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      return DAMAGED;
    }
    if (!isObject(value)) return DAMAGED;
    if (current && current.rows.length < current.expected) {
      pool.row(value);
      current.rows.push(value);
      done += 1;
      return undefined;
    }
    const { table, rows } = value;
    if (typeof table !== 'string' || typeof rows !== 'number' || table in tables || counts[table] !== rows) return DAMAGED;
    current = { rows: [], expected: rows };
    tables[table] = current.rows;
    return undefined;
  };

  for (let at = 0; at < bytes.length; at += DECODE_AT) {
    let text: string;
    try {
      text = carry + decoder.decode(bytes.subarray(at, at + DECODE_AT), { stream: at + DECODE_AT < bytes.length });
    } catch {
      return refuse(DAMAGED);
    }
    const lines = text.split('\n');
    carry = lines.pop() ?? '';
    for (const line of lines) {
      const problem = take(line);
      if (problem) return refuse(problem);
    }
    if ((at / DECODE_AT) % REPORT_EVERY === 0) onProgress({ step: 'Reading the backup', done, total });
    await pause();
  }
  if (carry !== '') return refuse(DAMAGED);
  const complete = Object.keys(counts).every((t) => tables[t]?.length === counts[t]);
  if (!complete || Object.keys(tables).length !== Object.keys(counts).length) return refuse(DAMAGED);
  return { ok: true, value: tables };
}
