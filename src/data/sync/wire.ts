/**
 * Records as they travel: sealed under the team's data key exactly as this device stores them (the
 * personal fields in one AES-GCM value, the search tokens as keyed hashes), so the council's server
 * holds ciphertext and never a name, an email or a postcode. The sealed bytes go as base64, which
 * JSON can carry. A pulled record is opened before the merge compares its fields.
 */
import { isSealed, type Sealed } from '../crypto/field-cipher';
import type { DataKeys } from '../crypto/keys';
import { contextOf, protectedTables, sealRow, type Protection } from '../crypto/middleware';
import { openRecord, SEALED_FIELD } from '../crypto/sealed-record';
import { db } from '../db';
import { fromBase64, toBase64 } from './base64';

type Row = Record<string, unknown>;

interface WireSealed {
  v: 1;
  iv: string;
  ct: string;
}

/** Records this device's key does not open: sealed under another team key, or this device has not joined the team's. */
export class ForeignKeyError extends Error {
  constructor(message = 'The server holds records sealed with another team key: check the team passphrase with your colleagues, then switch sync on again') {
    super(message);
    this.name = 'ForeignKeyError';
  }
}

let protections: Map<string, Protection> | undefined;
function protectionOf(table: string): Protection | undefined {
  protections ??= protectedTables(Object.fromEntries(db().tables.map((t) => [t.name, t.schema.primKey.keyPath])));
  return protections.get(table);
}

function isWireSealed(value: unknown): value is WireSealed {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<WireSealed>;
  return v.v === 1 && typeof v.iv === 'string' && typeof v.ct === 'string';
}

/** The record as the server is to hold it: sealed, its search tokens hashed. */
export async function sealForServer(keys: DataKeys, table: string, key: string, row: Row): Promise<Row> {
  const protection = protectionOf(table);
  if (!protection) return row;
  const sealed = await sealRow(keys, table, protection, row, key);
  const value = sealed[SEALED_FIELD];
  if (!isSealed(value)) return sealed;
  return { ...sealed, [SEALED_FIELD]: { v: 1, iv: toBase64(value.iv), ct: toBase64(value.ct) } satisfies WireSealed };
}

/** The record as the app reads it; one that came without a sealed value is taken as it is. */
export async function openFromServer(keys: DataKeys, table: string, key: string, row: Row): Promise<Row> {
  const wire = row[SEALED_FIELD];
  if (!isWireSealed(wire)) return row;
  const sealed: Sealed = { v: 1, iv: fromBase64(wire.iv), ct: fromBase64(wire.ct) };
  try {
    return await openRecord(keys.data, { ...row, [SEALED_FIELD]: sealed }, contextOf(table, key));
  } catch {
    throw new ForeignKeyError();
  }
}
