/**
 * Encryption at rest below every repository: a Dexie DBCore middleware that seals each record's
 * sensitive fields (sensitive-fields.ts) as it is written and opens them as it is read, so the
 * repositories, backups and merges keep working with plain records. Blind fields (the household
 * search and duplicate tokens) are kept clear inside the sealed value and stored as keyed hashes
 * outside it, for the indexes. Nothing changes while the device has no passcode ('open'); while
 * it is locked, reads and writes of a table with sealed fields fail with a `LockedError`.
 */
import type { DBCore, DBCoreCursor, DBCoreGetManyRequest, DBCoreGetRequest, DBCoreMutateRequest, DBCoreOpenCursorRequest, DBCoreQueryRequest, DBCoreTable, Middleware } from 'dexie';
import { blindToken } from './blind-index';
import type { DataKeys } from './keys';
import { currentZone, inZone, whileAlive } from './keep-alive';
import { storedTokens } from './search-index';
import { openRecord, sealRecord, SEALED_FIELD } from './sealed-record';
import { blindFields, declaredTables, sealedPaths } from './sensitive-fields';
import type { KeySession } from './session';

type Row = Record<string, unknown>;

/** A table's fields that never reach the disk clear. */
export interface Protection {
  sealed: string[];
  /** Index fields stored as keyed hashes, their clear values sealed with the rest. */
  blind: string[];
}

/**
 * The protection of each declared table that has anything to protect. A blind primary key (the
 * library's bookmarks) cannot be hashed here without every caller's keys changing too: those
 * tables are left clear, and say nothing about a household.
 */
export function protectedTables(primaryKeys: Record<string, string | string[] | null | undefined>): Map<string, Protection> {
  const out = new Map<string, Protection>();
  for (const table of declaredTables()) {
    const primaryKey = primaryKeys[table];
    const blind = blindFields(table).filter((f) => f !== primaryKey);
    const sealed = sealedPaths(table);
    if (sealed.length || blind.length) out.set(table, { sealed, blind });
  }
  return out;
}

/** Authenticated with the sealed value, so a value copied onto another record does not open there. */
function contextOf(table: string, key: unknown): string {
  return `${table}/${JSON.stringify(key)}`;
}

export async function sealRow(keys: DataKeys, table: string, protection: Protection, row: Row, key: unknown): Promise<Row> {
  const sealed = await sealRecord(keys.data, row, [...protection.sealed, ...protection.blind], contextOf(table, key));
  for (const field of protection.blind) {
    const clear = row[field];
    if (Array.isArray(clear)) sealed[field] = await storedTokens(keys.index, field, clear as string[]);
    else if (typeof clear === 'string') sealed[field] = await blindToken(keys.index, clear);
  }
  return sealed;
}

function isSealedRow(row: unknown): row is Row {
  return typeof row === 'object' && row !== null && SEALED_FIELD in row;
}

function sealing(session: KeySession, table: DBCoreTable, protection: Protection): DBCoreTable {
  const { extractKey } = table.schema.primaryKey;

  /** The keys to open rows with, or none needed; a `LockedError` while locked. */
  function keysFor(): DataKeys | undefined {
    if (session.state === 'open') return undefined;
    return session.keys();
  }

  async function openRows<T>(zone: object, trans: unknown, rows: T[]): Promise<T[]> {
    const keys = keysFor();
    if (!keys || !rows.some(isSealedRow)) return rows;
    return whileAlive(
      zone,
      trans as IDBTransaction,
      Promise.all(rows.map((row) => (isSealedRow(row) ? openRecord(keys.data, row, contextOf(table.name, extractKey!(row))) : row))) as Promise<T[]>,
    );
  }

  return {
    ...table,
    async mutate(req: DBCoreMutateRequest) {
      if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
      const keys = keysFor();
      if (!keys) return table.mutate(req);
      const zone = currentZone();
      const sealedValues = await whileAlive(
        zone,
        req.trans as unknown as IDBTransaction,
        Promise.all(req.values.map((v, i) => sealRow(keys, table.name, protection, v as Row, req.keys?.[i] ?? extractKey!(v)))),
      );
      // The sealed rows are written whole: a change spec would write clear values past them.
      const { criteria: _criteria, changeSpec: _changeSpec, updates: _updates, ...plain } = req as DBCoreMutateRequest & Record<string, unknown>;
      return inZone(zone, () => table.mutate({ ...plain, values: sealedValues } as DBCoreMutateRequest));
    },
    async get(req: DBCoreGetRequest) {
      const zone = currentZone();
      const row = await table.get(req);
      return row === undefined ? row : (await openRows(zone, req.trans, [row]))[0];
    },
    async getMany(req: DBCoreGetManyRequest) {
      const zone = currentZone();
      return openRows(zone, req.trans, await table.getMany(req));
    },
    async query(req: DBCoreQueryRequest) {
      const zone = currentZone();
      const found = await table.query(req);
      if (!req.values) return found;
      return { ...found, result: await openRows(zone, req.trans, found.result) };
    },
    async openCursor(req: DBCoreOpenCursorRequest) {
      const zone = currentZone();
      const cursor = await table.openCursor(req);
      if (!cursor || !req.values) return cursor;
      // Refused while locked before the first row, as the other reads are.
      keysFor();
      return openingCursor(cursor, (row) => openRows(zone, req.trans, [row]).then(([opened]) => opened));
    },
  };
}

/**
 * A cursor whose values are opened before the caller sees them. A row is opened between the
 * cursor's step and the caller's callback, with the transaction kept alive meanwhile.
 */
function openingCursor(cursor: DBCoreCursor, open: (row: unknown) => Promise<unknown>): DBCoreCursor {
  let value: unknown;
  const opening: DBCoreCursor = {
    get trans() {
      return cursor.trans;
    },
    get key() {
      return cursor.key;
    },
    get primaryKey() {
      return cursor.primaryKey;
    },
    get value() {
      return value;
    },
    get done() {
      return cursor.done;
    },
    continue: (key) => cursor.continue(key),
    continuePrimaryKey: (key, primaryKey) => cursor.continuePrimaryKey(key, primaryKey),
    advance: (count) => cursor.advance(count),
    stop: (result) => cursor.stop(result),
    fail: (error) => cursor.fail(error),
    next() {
      let gotOne = 1;
      return opening.start(() => (gotOne-- ? opening.continue() : opening.stop())).then(() => opening);
    },
    start(onNext) {
      return cursor.start(() => {
        const row = cursor.value;
        if (!isSealedRow(row)) {
          value = row;
          onNext();
          return;
        }
        open(row).then(
          (opened) => {
            value = opened;
            try {
              onNext();
            } catch (error) {
              cursor.fail(error as Error);
            }
          },
          (error: Error) => cursor.fail(error),
        );
      });
    },
  };
  return opening;
}

/**
 * Registered before the revisions middleware, so it sits below it: revisions compares and stamps
 * plain values, and what it writes (with its revision) is sealed here on the way down.
 */
export function cryptoMiddleware(session: KeySession): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'crypto',
    create(core) {
      const primaryKeys = Object.fromEntries(core.schema.tables.map((t) => [t.name, t.primaryKey.keyPath]));
      const tables = protectedTables(primaryKeys);
      return {
        ...core,
        table(name) {
          const table = core.table(name);
          const protection = tables.get(name);
          return protection ? sealing(session, table, protection) : table;
        },
      };
    },
  };
}
