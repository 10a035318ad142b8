/**
 * The board's count of open households in each stage, kept as running tallies in one device-local
 * row (the `vault` table: never backed up, merged or synced), so the board reads one row instead of
 * counting a stage index, which IndexedDB does by walking it: at 50,000 households that walk was most
 * of the board's time. A DBCore middleware keeps the row in step inside the same transaction as every
 * write to a household, whichever repository, merge, restore or sync makes it.
 *
 * The row is counted again from the index (`rebuildStageTallies`) whenever it cannot be trusted:
 * missing, written under another schema version, dropped by a large write (a restore, a merge, sealing
 * in place: counting once is cheaper than reading each row's old stage first), or older than the
 * newest household change (a tab still running the previous version of the app wrote without it).
 */
import type { DBCore, DBCoreAddRequest, DBCoreDeleteRequest, DBCoreMutateRequest, DBCoreMutateResponse, DBCorePutRequest, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import { isInPipeline } from '../domain/household';
import type { LineState, Stage } from '../domain/stages';
import { currentZone, inZone } from './crypto/keep-alive';
import type { VaultRow } from './db';

type PipelineStage = Exclude<Stage, 'approved'>;
/** Open (active or on hold) households in each stage before approval. */
export type StageCounts = Record<PipelineStage, number>;

export const STAGE_TALLIES_KEY = 'stageTallies';
const HOUSEHOLDS = 'households';
const VAULT = 'vault';

/** More rows than this in one write and the tallies are dropped, to be counted again when next read. */
export const TALLY_BULK_LIMIT = 200;

/** What the row holds. */
export interface StageTallies {
  counts: StageCounts;
  /** The schema version they were counted under: an upgrade moves rows without this layer. */
  version: number;
  /** The newest household `updatedAt` they have seen ('' for none). */
  newest: string;
}

export interface TallyRow extends VaultRow {
  value: StageTallies;
}

interface Counted {
  stage: Stage;
  state: LineState;
  updatedAt?: string;
}

/** The tallies one write transaction works on: read once, then changed and written back by each write in it. */
interface Kept {
  queue: Promise<unknown>;
  row?: TallyRow;
}

const kept = new WeakMap<DBCoreTransaction, Kept>();

function keysOf(table: DBCoreTable, req: { values: readonly unknown[]; keys?: unknown[] | null }): unknown[] {
  const { extractKey } = table.schema.primaryKey;
  return req.values.map((value, i) => req.keys?.[i] ?? extractKey!(value));
}

function rowCount(req: DBCoreAddRequest | DBCorePutRequest | DBCoreDeleteRequest): number {
  return req.type === 'delete' ? req.keys.length : req.values.length;
}

/** Moves each written row's old stage out of the tallies and its new stage in, skipping rows that failed. */
function applyWrite(tallies: StageTallies, keys: unknown[], before: (Counted | undefined)[], after: (Counted | undefined)[], res: DBCoreMutateResponse): void {
  const now = new Map<unknown, Counted | undefined>();
  keys.forEach((key, i) => {
    if (res.failures[i]) return;
    const old = now.has(key) ? now.get(key) : before[i];
    const next = after[i];
    if (old && isInPipeline(old)) tallies.counts[old.stage as PipelineStage] -= 1;
    if (next && isInPipeline(next)) tallies.counts[next.stage as PipelineStage] += 1;
    if (next?.updatedAt && next.updatedAt > tallies.newest) tallies.newest = next.updatedAt;
    now.set(key, next);
  });
}

function tallying(core: DBCore, table: DBCoreTable): DBCoreTable {
  const vault = core.table(VAULT);
  return {
    ...table,
    mutate(req) {
      const trans = req.trans as DBCoreTransaction & { mode?: IDBTransactionMode };
      // An upgrade writes below every layer's rules; the row carries its schema version instead.
      if (trans.mode === 'versionchange') return table.mutate(req);
      let entry = kept.get(trans);
      if (!entry) {
        const fresh: Kept = { queue: Promise.resolve() };
        fresh.queue = vault.get({ trans, key: STAGE_TALLIES_KEY }).then((row: unknown) => {
          // Any row with counts is kept in step; one spoilt some other way is caught by its reader.
          if (typeof (row as TallyRow | undefined)?.value?.counts === 'object') fresh.row = row as TallyRow;
        });
        kept.set(trans, (entry = fresh));
      }
      const zone = currentZone();
      const down = <T,>(call: () => Promise<T>) => inZone(zone, call);
      // One write at a time per transaction: two in flight would each read the other's row as it was.
      const done = entry.queue.then(() => tally(entry, req, down));
      entry.queue = done.catch(() => undefined);
      return done;
    },
  };

  async function tally(entry: Kept, req: DBCoreMutateRequest, down: <T>(call: () => Promise<T>) => Promise<T>): Promise<DBCoreMutateResponse> {
    const { trans } = req;
    if (!entry.row) return down(() => table.mutate(req));
    if (req.type === 'deleteRange' || rowCount(req) > TALLY_BULK_LIMIT) {
      entry.row = undefined;
      await down(() => vault.mutate({ trans, type: 'delete', keys: [STAGE_TALLIES_KEY] }));
      return down(() => table.mutate(req));
    }
    const keys = req.type === 'delete' ? req.keys : keysOf(table, req);
    const before = (req.type === 'add' ? [] : await down(() => table.getMany({ trans, keys }))) as (Counted | undefined)[];
    const res = await down(() => table.mutate(req));
    applyWrite(entry.row.value, keys, before, req.type === 'delete' ? [] : (req.values as Counted[]), res);
    await down(() => vault.mutate({ trans, type: 'put', values: [entry.row] }));
    return res;
  }
}

/**
 * Keeps the tallies in step with every write to households. Registered first of the app's layers, so
 * it sits lowest: it sees rows as stored (stage, state and `updatedAt` are never sealed) and its own
 * write to the row still passes Dexie's live-query layer, so an open board hears of it.
 */
export function stageTalliesMiddleware(): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'stageTallies',
    create(core) {
      const hasVault = core.schema.tables.some((t) => t.name === VAULT);
      if (!hasVault) return core;
      return {
        ...core,
        transaction(stores, mode, options) {
          const widen = mode === 'readwrite' && stores.includes(HOUSEHOLDS) && !stores.includes(VAULT);
          return core.transaction(widen ? [...stores, VAULT] : stores, mode, options);
        },
        table(name) {
          const table = core.table(name);
          return name === HOUSEHOLDS ? tallying(core, table) : table;
        },
      };
    },
  };
}
