/**
 * Encryption at rest below every repository: a Dexie DBCore middleware that seals each record's
 * sensitive fields (sensitive-fields.ts) as it is written and opens them as it is read, so the
 * repositories, backups and merges keep working with plain records. Blind fields (the household
 * search and duplicate tokens) are kept clear inside the sealed value and stored as keyed hashes
 * outside it, for the indexes. Nothing changes while the device has no passcode ('open'); while
 * it is locked, reads and writes of a table with sealed fields fail with a `LockedError`.
 */
import type { DBCore, DBCoreCursor, DBCoreGetManyRequest, DBCoreGetRequest, DBCoreMutateRequest, DBCoreOpenCursorRequest, DBCoreQueryRequest, DBCoreTable } from 'dexie';
import { blindToken } from './blind-index';
import type { DataKeys } from './keys';
import { currentZone, inZone, whileAlive } from './keep-alive';
import { forgetNameWords, noteNameWords } from './name-vocabulary';
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
export function contextOf(table: string, key: unknown): string {
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

/**
 * A read-only transaction Dexie made for one call: nothing is asked of it after the read, so it
 * may commit while the rows are opened. An explicit transaction (or a write's) must stay alive.
 * `_explicit` is the mark Dexie itself sets on a transaction that `db.transaction()` opened; were a
 * Dexie release to drop it, `vault-reads.test.ts` fails (an explicit read would find itself closed).
 */
function isAlone(trans: unknown): boolean {
  const idb = trans as IDBTransaction & { _explicit?: boolean };
  return idb.mode === 'readonly' && !idb._explicit;
}

/** Settles with `work` inside `zone`, as a request's success would. */
function settleIn<T>(zone: object, work: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) =>
    work.then(
      (value) => inZone(zone, () => resolve(value)),
      (error: unknown) => inZone(zone, () => reject(error)),
    ),
  );
}

function isSealedRow(row: unknown): row is Row {
  return typeof row === 'object' && row !== null && SEALED_FIELD in row;
}

function sealing(session: KeySession, table: DBCoreTable, protection: Protection): DBCoreTable {
  const { extractKey } = table.schema.primaryKey;

  /**
   * The rows opened, or as they are when none is sealed. Plain values and `then` rather than
   * `async`: each extra hop of a native promise loses Dexie's zone for the layers below. `whole`:
   * the rows answer a whole request (get, getMany, query), not one step of a cursor that goes on.
   */
  function openRows<T>(zone: object, trans: unknown, rows: T[], whole = false): T[] | Promise<T[]> {
    if (!rows.some(isSealedRow)) return rows;
    const { data } = session.keys();
    const retiring = session.retiring?.data;
    const open = (row: Row) => {
      const context = contextOf(table.name, extractKey!(row));
      const opening = openRecord(data, row, context);
      return retiring ? opening.catch(() => openRecord(retiring, row, context)) : opening;
    };
    const opened = Promise.all(rows.map((row) => (isSealedRow(row) ? open(row) : row))) as Promise<T[]>;
    return whole && isAlone(trans) ? settleIn(zone, opened) : whileAlive(zone, trans as IDBTransaction, opened);
  }

  /** Whether reads pass straight through (no passcode on this device); refused while locked. */
  function passThrough(): boolean {
    if (session.state === 'open') return true;
    session.keys();
    return false;
  }

  return {
    ...table,
    mutate(req: DBCoreMutateRequest) {
      if (table.name === 'households' && (req.type === 'delete' || req.type === 'deleteRange') && session.state === 'unlocked') forgetNameWords(session);
      if ((req.type !== 'add' && req.type !== 'put') || passThrough()) return table.mutate(req);
      const keys = session.keys();
      const zone = currentZone();
      if (table.name === 'households') for (const v of req.values as Row[]) if (Array.isArray(v.nameKeys)) noteNameWords(session, v.nameKeys as string[]);
      const sealing = Promise.all(req.values.map((v, i) => sealRow(keys, table.name, protection, v as Row, req.keys?.[i] ?? extractKey!(v))));
      // The sealed rows are written whole: a change spec would write clear values past them.
      const { criteria: _criteria, changeSpec: _changeSpec, updates: _updates, ...plain } = req as DBCoreMutateRequest & Record<string, unknown>;
      return whileAlive(zone, req.trans as unknown as IDBTransaction, sealing).then((values) =>
        inZone(zone, () => table.mutate({ ...plain, values } as DBCoreMutateRequest)),
      );
    },
    get(req: DBCoreGetRequest) {
      if (passThrough()) return table.get(req);
      const zone = currentZone();
      return table.get(req).then((row) => (row === undefined ? row : Promise.resolve(openRows(zone, req.trans, [row], true)).then(([opened]) => opened)));
    },
    getMany(req: DBCoreGetManyRequest) {
      if (passThrough()) return table.getMany(req);
      const zone = currentZone();
      return table.getMany(req).then((rows) => openRows(zone, req.trans, rows, true));
    },
    query(req: DBCoreQueryRequest) {
      if (!req.values || passThrough()) return table.query(req);
      const zone = currentZone();
      return table.query(req).then((found) => Promise.resolve(openRows(zone, req.trans, found.result, true)).then((result) => ({ ...found, result })));
    },
    openCursor(req: DBCoreOpenCursorRequest) {
      if (!req.values || passThrough()) return table.openCursor(req);
      const zone = currentZone();
      return table.openCursor(req).then((cursor) => cursor && openingCursor(cursor, (row) => Promise.resolve(openRows(zone, req.trans, [row])).then(([opened]) => opened)));
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
 * The sealing layer over the layers below, for `encryption-layer.ts` to hand each request to once a
 * device has passcodes. Tables with nothing to protect pass straight through.
 */
export function sealingCore(session: KeySession, core: DBCore): DBCore {
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
}
