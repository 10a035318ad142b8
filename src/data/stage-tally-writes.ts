/**
 * How the stage tallies follow each write to households (see stage-tallies.ts), loaded off the first
 * screen: each write's rows are read as they were, the write made, and the row moved by the difference.
 */
import type { DBCore, DBCoreAddRequest, DBCoreDeleteRequest, DBCoreMutateRequest, DBCoreMutateResponse, DBCorePutRequest, DBCoreTable, DBCoreTransaction } from 'dexie';
import { isInPipeline } from '../domain/household';
import type { LineState, Stage } from '../domain/stages';
import { currentZone, inZone } from './crypto/keep-alive';
import { STAGE_TALLIES_KEY } from './db';
import type { ApprovalsByDay, StageCounts, StageTallies, TallyRow } from './stage-tallies';

/** More rows than this in one write and the tallies are dropped, to be counted again when next read. */
export const TALLY_BULK_LIMIT = 200;

const VAULT = 'vault';
type PipelineStage = keyof StageCounts;

interface Counted {
  stage: Stage;
  state: LineState;
  stageEnteredOn?: unknown;
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

/** The day an approved household counts under, as the `[stage+stageEnteredOn]` index holds it. */
export function approvalDay(h: { stage: Stage; stageEnteredOn?: unknown }): string | undefined {
  return h.stage === 'approved' && typeof h.stageEnteredOn === 'string' ? h.stageEnteredOn : undefined;
}

function moveApproval(approved: ApprovalsByDay, h: Counted | undefined, by: 1 | -1): void {
  const day = h && approvalDay(h);
  if (day === undefined) return;
  const left = (approved[day] ?? 0) + by;
  if (left === 0) delete approved[day];
  else approved[day] = left;
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
    moveApproval(tallies.approved, old, -1);
    moveApproval(tallies.approved, next, 1);
    if (next?.updatedAt && next.updatedAt > tallies.newest) tallies.newest = next.updatedAt;
    now.set(key, next);
  });
}

/** The households table with every write moving the tallies in the same transaction. */
export function tallying(core: DBCore, table: DBCoreTable): DBCoreTable {
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
          const value = (row as TallyRow | undefined)?.value;
          if (typeof value?.counts === 'object' && typeof value.approved === 'object' && value.approved !== null) fresh.row = row as TallyRow;
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

