import { isSealed, openValue, sealValue } from './field-cipher';

/** Where a record keeps its sensitive fields, all sealed together: one IV and one decrypt per record. */
export const SEALED_FIELD = 'sealed';

type Row = Record<string, unknown>;

function isPlainObject(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value at a dotted path ("assessment.panel.chair"), if every step is an object. */
function valueAt(record: Row, path: string): unknown {
  let at: unknown = record;
  for (const step of path.split('.')) {
    if (!isPlainObject(at)) return undefined;
    at = at[step];
  }
  return at;
}

/** Removes the value at a path; nested objects are copied on the way, so the caller's record is untouched. */
function withoutPath(record: Row, path: string): Row {
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  if (!(head in record)) return record;
  const copy = { ...record };
  if (rest.length === 0) delete copy[head];
  else if (isPlainObject(copy[head])) copy[head] = withoutPath(copy[head], rest.join('.'));
  return copy;
}

function withPath(record: Row, path: string, value: unknown): Row {
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  const copy = { ...record };
  if (rest.length === 0) copy[head] = value;
  else copy[head] = withPath(isPlainObject(copy[head]) ? copy[head] : {}, rest.join('.'), value);
  return copy;
}

/**
 * The record with the values at `paths` taken out and sealed together in `sealed`. Absent values
 * stay absent, so an opened record has exactly the fields it had. A record with none of them is
 * returned as it is.
 */
export async function sealRecord(key: CryptoKey, record: Row, paths: readonly string[], context: string): Promise<Row> {
  const hidden: Row = {};
  let clear = record;
  for (const path of paths) {
    const value = valueAt(record, path);
    if (value === undefined) continue;
    hidden[path] = value;
    clear = withoutPath(clear, path);
  }
  if (Object.keys(hidden).length === 0) return record;
  return { ...clear, [SEALED_FIELD]: await sealValue(key, hidden, context) };
}

/** The record as it was before `sealRecord`; one written before encryption comes back as it is. */
export async function openRecord(key: CryptoKey, stored: Row, context: string): Promise<Row> {
  const sealed = stored[SEALED_FIELD];
  if (!isSealed(sealed)) return stored;
  const hidden = (await openValue(key, sealed, context)) as Row;
  let record: Row = { ...stored };
  delete record[SEALED_FIELD];
  for (const [path, value] of Object.entries(hidden)) record = withPath(record, path, value);
  return record;
}
