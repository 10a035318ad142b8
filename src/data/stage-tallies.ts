/**
 * The board's count of open households in each stage, and of approvals by day, kept as running
 * tallies in one device-local row (the `vault` table: never backed up, merged or synced), so the
 * board reads one row instead of counting a stage index or an approval range, which IndexedDB does
 * by walking it: at 50,000 households those walks were most of the board's time. A DBCore middleware keeps the row in step inside the same transaction as every
 * write to a household, whichever repository, merge, restore or sync makes it.
 *
 * The row is counted again from the index (`rebuildStageTallies`) whenever it cannot be trusted:
 * missing, written under another schema version, dropped by a large write (a restore, a merge, sealing
 * in place: counting once is cheaper than reading each row's old stage first), or older than the
 * newest household change (a tab still running the previous version of the app wrote without it).
 */
import type { DBCore, DBCoreTable, DBCoreTransaction, Middleware } from 'dexie';
import type { IsoDate } from '../domain/dates';
import type { Stage } from '../domain/stages';
import type { VaultRow } from './db';
import { vaultAlongside } from './vault-alongside';

type PipelineStage = Exclude<Stage, 'approved'>;
/** Open (active or on hold) households in each stage before approval. */
export type StageCounts = Record<PipelineStage, number>;
/** Approved households (in any state) by the day they were approved, as the `[stage+stageEnteredOn]` index holds them. */
export type ApprovalsByDay = Record<IsoDate, number>;

export const STAGE_TALLIES_KEY = 'stageTallies';
const HOUSEHOLDS = 'households';
const VAULT = 'vault';

/** What the row holds. */
export interface StageTallies {
  counts: StageCounts;
  /**
   * For "approved in the last 12 months", a sum of at most 366 days instead of a walk of the index
   * range. Keyed by day, not month, so the window's first and last months are exact; a service
   * approves on a few dozen days a year, so the row stays small.
   */
  approved: ApprovalsByDay;
  /** The schema version they were counted under: an upgrade moves rows without this layer. */
  version: number;
  /** The newest household `updatedAt` they have seen ('' for none). */
  newest: string;
}

export interface TallyRow extends VaultRow {
  value: StageTallies;
}

type Tallying = (core: DBCore, table: DBCoreTable) => DBCoreTable;
let tallying: Tallying | undefined;

/**
 * Keeps the tallies in step with every write to households. Registered first of the app's layers, so
 * it sits lowest: it sees rows as stored (stage, state and `updatedAt` are never sealed) and its own
 * write to the row still passes Dexie's live-query layer, so an open board hears of it. The code that
 * moves the tallies loads off the first screen; a write before it has loaded drops the row instead.
 */
export function stageTalliesMiddleware(): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'stageTallies',
    create(core) {
      if (!core.schema.tables.some((t) => t.name === VAULT)) return core;
      void import('./stage-tally-writes').then((m) => (tallying = m.tallying));
      return {
        ...core,
        transaction: vaultAlongside(core, HOUSEHOLDS),
        table(name) {
          const table = core.table(name);
          if (name !== HOUSEHOLDS) return table;
          let kept: DBCoreTable | undefined;
          return {
            ...table,
            mutate(req) {
              if (tallying) return (kept ??= tallying(core, table)).mutate(req);
              const trans = req.trans as DBCoreTransaction & { mode?: IDBTransactionMode };
              if (trans.mode === 'versionchange') return table.mutate(req);
              return core
                .table(VAULT)
                .mutate({ trans, type: 'delete', keys: [STAGE_TALLIES_KEY] })
                .then(() => table.mutate(req));
            },
          };
        },
      };
    },
  };
}
