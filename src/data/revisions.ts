/**
 * Every write to a revised table gets its revision here, in one place, rather than at each of the
 * repositories' write sites: a Dexie DBCore middleware reads the rows being replaced inside the same
 * transaction, stamps the new revision (domain/revision.ts) and, for a removal, keeps a
 * `DeletionRow`. The person making the change is set on the transaction by `asPerson`.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreTable, DBCoreTransaction, Middleware, Table, Transaction } from 'dexie';
import Dexie from 'dexie';
import { changedPaths, nextRevision, type Revised } from '../domain/revision';
import { currentZone, inZone } from './crypto/keep-alive';
import type { DeletionRow } from './db';

/** Who is writing in each open transaction. Keyed by the IndexedDB transaction, which nested Dexie transactions share. */
const writers = new WeakMap<DBCoreTransaction, string>();

/**
 * Transactions that write records as another device or a backup left them: a merge or a restore.
 * Their rows keep the revisions they carry (so the same records merged again change nothing, and a
 * restore is exact), and their removals bring their own notes.
 */
const verbatim = new WeakSet<DBCoreTransaction>();

/**
 * Written as the person when a write forgot to name one. Tests and development builds refuse such a
 * write instead (see `personFor`), so a forgotten write site fails its tests; a released app keeps
 * the change under this name rather than lose what someone typed.
 */
export const UNNAMED_PERSON = 'Not recorded (written without a named person)';

const DELETIONS = 'deletions';

function personFor(trans: DBCoreTransaction, table: string): string {
  const by = writers.get(trans);
  if (by !== undefined) return by;
  if (import.meta.env.PROD) return UNNAMED_PERSON;
  throw new Error(`A write to "${table}" names no person: wrap it in asPerson(by, ...)`);
}

/**
 * Runs `work` in one read-write transaction over `tables`, with every revised row it writes
 * recorded as changed by `by`. Nested calls join the outer transaction; the outer person stands.
 */
export function asPerson<T>(by: string, tables: Table[], work: (tx: Transaction) => Promise<T>, options: { keepRevisions?: boolean } = {}): Promise<T> {
  const db = tables[0]!.db;
  // A write that audits also moves its chain's head, kept in the vault table (audit-head.ts).
  // A nested call joins its outer transaction, whose scope it must stay within.
  const outer = Dexie.currentTransaction;
  const withHeads = tables.some((t) => t.name === 'events') && !tables.some((t) => t.name === 'vault') && (!outer || outer.storeNames.includes('vault'));
  const scope = withHeads ? [...tables, db.table('vault')] : tables;
  // Declared async so Dexie keeps the transaction across the native awaits in `work`.
  return db.transaction('rw', scope, async (tx) => {
    const trans = tx.idbtrans as unknown as DBCoreTransaction;
    if (!writers.has(trans)) writers.set(trans, by);
    if (options.keepRevisions) verbatim.add(trans);
    return await work(tx);
  });
}

interface Keyed extends Revised {
  [key: string]: unknown;
}

function keysOf(table: DBCoreTable, req: { values: readonly unknown[]; keys?: unknown[] | null }): unknown[] {
  const { extractKey } = table.schema.primaryKey;
  return req.values.map((value, i) => req.keys?.[i] ?? extractKey!(value));
}

function recordIdOf(key: unknown): string {
  return Array.isArray(key) ? key.join('|') : String(key);
}

async function noteDeletions(core: DBCore, trans: DBCoreTransaction, table: string, rows: (Keyed | undefined)[], keys: unknown[], by: string) {
  const at = new Date().toISOString();
  const notes: DeletionRow[] = [];
  rows.forEach((row, i) => {
    if (!row) return;
    const note: DeletionRow = { table, recordId: recordIdOf(keys[i]), rev: row.revision?.rev ?? '', deletedAt: at, deletedBy: by };
    if (row.revision) note.revs = row.revision.revs;
    // A household's own note names it too, so its page and a merge find every part of it by one key.
    const householdId = table === 'households' ? note.recordId : row.householdId;
    if (typeof householdId === 'string') note.householdId = householdId;
    notes.push(note);
  });
  if (notes.length) await core.table(DELETIONS).mutate({ trans, type: 'put', values: notes });
}

function stamping(core: DBCore, table: DBCoreTable): DBCoreTable {
  return {
    ...table,
    async mutate(req: DBCoreMutateRequest) {
      // Reads below may wait on Web Crypto (crypto/middleware.ts), after which `await` no longer
      // resumes in Dexie's transaction zone: each write after a read goes down inside it again.
      const zone = currentZone();
      const down = (request: DBCoreMutateRequest) => inZone(zone, () => table.mutate(request));
      const trans = req.trans as DBCoreTransaction & { mode?: IDBTransactionMode };
      // Schema upgrades stamp the rows they move themselves (schema.ts v6).
      if (trans.mode === 'versionchange') return down(req);
      const at = new Date().toISOString();
      const keep = verbatim.has(trans);
      switch (req.type) {
        // Like Dexie's own generated keys, the revision is set on the object written, so a
        // repository returns the record as stored (and a bulk load copies nothing).
        case 'add': {
          // A new record needs no read: every field it has is set by this revision.
          const by = personFor(trans, table.name);
          for (const v of req.values as Keyed[]) if (!(keep && v.revision)) v.revision = nextRevision(undefined, v, by, at, crypto.randomUUID());
          return down(req);
        }
        case 'put': {
          // A merge or restore writing rows that bring their own revisions needs nothing read first.
          if (keep && (req.values as Keyed[]).every((v) => v.revision)) return down(req);
          const before: (Keyed | undefined)[] = await table.getMany({ trans, keys: keysOf(table, req) });
          (req.values as Keyed[]).forEach((v, i) => {
            const old = before[i];
            // Only derived fields moved (a refreshed deadline): no one's change, so no new revision and no person needed.
            if (keep && v.revision) return;
            if (old?.revision && changedPaths(old, v).length === 0) v.revision = old.revision;
            else v.revision = nextRevision(old, v, personFor(trans, table.name), at, crypto.randomUUID());
          });
          // The whole rows are written: a change spec would not carry the revision to the live-query cache.
          const { criteria: _criteria, changeSpec: _changeSpec, updates: _updates, ...plain } = req;
          return down(plain);
        }
        case 'delete': {
          if (keep) return down(req);
          const before: (Keyed | undefined)[] = await table.getMany({ trans, keys: req.keys });
          await inZone(zone, () => noteDeletions(core, trans, table.name, before, req.keys, personFor(trans, table.name)));
          return down(req);
        }
        case 'deleteRange': {
          if (keep) return down(req);
          const found = await table.query({ trans, values: true, query: { index: table.schema.primaryKey, range: req.range } });
          const rows = found.result as Keyed[];
          await inZone(zone, () => noteDeletions(core, trans, table.name, rows, rows.map((r) => table.schema.primaryKey.extractKey!(r)), personFor(trans, table.name)));
          return down(req);
        }
      }
    },
  };
}

/** The middleware for `revised` tables; a write transaction over any of them also covers `deletions`. */
export function revisionsMiddleware(revised: readonly string[]): Middleware<DBCore> {
  const stamped = new Set(revised);
  return {
    stack: 'dbcore',
    name: 'revisions',
    create(core) {
      const hasDeletions = core.schema.tables.some((t) => t.name === DELETIONS);
      return {
        ...core,
        transaction(stores, mode, options) {
          const widen = hasDeletions && mode === 'readwrite' && !stores.includes(DELETIONS) && stores.some((s) => stamped.has(s));
          return core.transaction(widen ? [...stores, DELETIONS] : stores, mode, options);
        },
        table(name) {
          const table = core.table(name);
          return stamped.has(name) ? stamping(core, table) : table;
        },
      };
    },
  };
}
