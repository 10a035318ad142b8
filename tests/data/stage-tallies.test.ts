import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { applyRestore, createBackup, readBackup } from '../../src/data/backup';
import { db, FosteringDb, useDatabase } from '../../src/data/db';
import { householdTables } from '../../src/data/repositories/households';
import { mergeRepo } from '../../src/data/repositories/merge';
import { rebuildStageTallies, stageCounts } from '../../src/data/repositories/stage-counts';
import { removeRecord } from '../../src/data/removals';
import { asPerson } from '../../src/data/revisions';
import { SCHEMA } from '../../src/data/schema';
import { pipelineRepo } from '../../src/data/repositories/pipeline';
import { STAGE_TALLIES_KEY, type ApprovalsByDay, type StageCounts, type StageTallies } from '../../src/data/stage-tallies';
import { TALLY_BULK_LIMIT } from '../../src/data/stage-tally-writes';
import { emptyAssessment, isInPipeline, type Household } from '../../src/domain/household';
import { lastTwelveMonths } from '../../src/domain/reports/last-twelve-months';
import { PIPELINE_STAGES, STAGES, type LineState, type Stage } from '../../src/domain/stages';
import { backupOf, onOtherDevice } from './merge-helpers';

const STATES: LineState[] = ['active', 'onHold', 'withdrawn', 'closed', 'notApproved'];
let clock = 0;
const stamp = () => new Date(Date.UTC(2026, 10, 1) + ++clock * 60_000).toISOString();

function household(id: string, stage: Stage, state: LineState, enteredOn = '2026-10-01'): Household {
  const at = stamp();
  return {
    id,
    reference: `T-${id}`,
    kind: 'mainstream',
    stage,
    state,
    enquiryOn: '2026-10-01',
    stageEnteredOn: enteredOn,
    lastMoveOn: '2026-10-01',
    assessment: emptyAssessment(),
    searchKeys: [],
    nameKeys: [],
    duplicateKeys: [],
    isDemo: 0,
    createdAt: at,
    updatedAt: at,
  };
}

/** Open households per stage, counted by reading every household: what the tallies must equal. */
async function walked(): Promise<StageCounts> {
  const counts = Object.fromEntries(PIPELINE_STAGES.map((s) => [s, 0])) as StageCounts;
  for (const h of await db().households.toArray()) if (isInPipeline(h)) counts[h.stage as keyof StageCounts] += 1;
  return counts;
}

/** Approved households by the day they were approved, read from every household. */
async function approvalsWalked(): Promise<ApprovalsByDay> {
  const approved: ApprovalsByDay = {};
  for (const h of await db().households.toArray()) if (h.stage === 'approved') approved[h.stageEnteredOn] = (approved[h.stageEnteredOn] ?? 0) + 1;
  return approved;
}

/** What the board says for "approved in the last 12 months" must be what reading every household finds. */
async function expectApprovedInLastYear(): Promise<void> {
  const { from, to } = lastTwelveMonths(TODAY);
  const inWindow = (await db().households.toArray()).filter((h) => h.stage === 'approved' && h.stageEnteredOn >= from && h.stageEnteredOn <= to);
  expect((await pipelineRepo.boardCounts(TODAY)).approvedInLastYear).toBe(inWindow.length);
}

async function storedTallies(): Promise<StageTallies | undefined> {
  return (await db().vault.get(STAGE_TALLIES_KEY))?.value as StageTallies | undefined;
}

const write = <T,>(work: () => Promise<T>) => asPerson('Sam Example', householdTables(), work);

const id = fc.integer({ min: 0, max: 7 }).map((n) => `h${n}`);
const stage = fc.constantFrom(...STAGES);
const state = fc.constantFrom(...STATES);
const TODAY = '2026-11-15';
/** Days in, at and either side of the 12 months to TODAY, shared between households. */
const enteredOn = fc.constantFrom('2025-11-15', '2025-11-16', '2026-03-01', '2026-11-15', '2026-11-16');

interface Move {
  id: string;
  stage: Stage;
  state: LineState;
  enteredOn: string;
}

type Op =
  | ({ kind: 'add' | 'move' } & Move)
  | { kind: 'remove'; id: string }
  | { kind: 'together'; moves: Move[] }
  | { kind: 'bulk'; stage: Stage; state: LineState }
  | { kind: 'restore'; id: string; stage: Stage }
  | ({ kind: 'merge' } & Move)
  | { kind: 'board' };

const move = fc.record({ id, stage, state, enteredOn });
const op: fc.Arbitrary<Op> = fc.oneof(
  move.map((m) => ({ kind: 'add' as const, ...m })),
  move.map((m) => ({ kind: 'move' as const, ...m })),
  move.map((m) => ({ kind: 'move' as const, ...m })),
  id.map((i) => ({ kind: 'remove' as const, id: i })),
  fc.array(move, { minLength: 2, maxLength: 4 }).map((moves) => ({ kind: 'together' as const, moves })),
  fc.record({ stage, state }).map((m) => ({ kind: 'bulk' as const, ...m })),
  fc.record({ id, stage }).map((m) => ({ kind: 'restore' as const, ...m })),
  move.map((m) => ({ kind: 'merge' as const, ...m })),
  fc.constant({ kind: 'board' as const }),
);


async function apply(o: Op): Promise<void> {
  const table = db().households;
  switch (o.kind) {
    case 'add':
      if (!(await table.get(o.id))) await write(() => table.add(household(o.id, o.stage, o.state, o.enteredOn)));
      return;
    case 'move':
      await write(() => table.update(o.id, { stage: o.stage, state: o.state, stageEnteredOn: o.enteredOn, updatedAt: stamp() }));
      return;
    case 'remove':
      await write(() => removeRecord('households', o.id));
      return;
    case 'together':
      // Several writes in flight in one transaction, as a repository's Promise.all makes them.
      await write(() => Promise.all(o.moves.map((m) => table.put({ ...household(m.id, m.stage, m.state, m.enteredOn) }))));
      return;
    case 'bulk':
      await write(() => table.bulkPut(Array.from({ length: TALLY_BULK_LIMIT + 1 }, (_, i) => household(`bulk${i % 50}-${clock}`, o.stage, o.state))));
      return;
    case 'restore': {
      // A backup, a move made after it, then the backup restored over it.
      const file = await createBackup({ by: 'Sam Example', appVersion: 'test' });
      await write(() => table.update(o.id, { stage: o.stage, state: 'active', updatedAt: stamp() }));
      const read = await readBackup(file.blob, {});
      if (!read.ok) throw new Error(read.problem.message);
      await applyRestore(read.value, 'Ria Madeup');
      return;
    }
    case 'merge': {
      // Another device holds a household this one has not, or has moved it: merged back here.
      const other = new FosteringDb(`tally-other-${crypto.randomUUID()}`);
      try {
        const incoming = await onOtherDevice(other, async () => {
          await asPerson('Ali Colleague', [other.households], () => other.households.put(household(o.id, o.stage, o.state, o.enteredOn)));
          return backupOf('Tablet 2');
        });
        await mergeRepo.merge(incoming, 'Sam Example');
      } finally {
        await other.delete();
      }
      return;
    }
    case 'board':
      expect(await stageCounts()).toEqual(await walked());
      await expectApprovedInLastYear();
      await rebuildStageTallies();
  }
}

let current: FosteringDb | undefined;
afterEach(async () => {
  await current?.delete();
  current = undefined;
});

function freshDevice(): FosteringDb {
  current = new FosteringDb(`tallies-${crypto.randomUUID()}`);
  useDatabase(current);
  return current;
}

describe("the board's stage tallies", () => {
  it('equal a full count, stages and approvals by day, after any run of moves, adds, removals, restores and merges', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 12 }), async (ops) => {
        const device = freshDevice();
        try {
          // Counted once at the start, as a board first opened on this device does.
          await stageCounts();
          await rebuildStageTallies();
          for (const o of ops) {
            await apply(o);
            const kept = await storedTallies();
            // Kept in step, or dropped to be counted again: never wrong.
            if (kept) {
              expect(kept.counts).toEqual(await walked());
              expect(kept.approved).toEqual(await approvalsWalked());
            }
          }
          expect(await stageCounts()).toEqual(await walked());
          await expectApprovedInLastYear();
          await rebuildStageTallies();
          expect((await storedTallies())?.counts).toEqual(await walked());
          expect((await storedTallies())?.approved).toEqual(await approvalsWalked());
          await expectApprovedInLastYear();
        } finally {
          await device.delete();
        }
      }),
      { numRuns: 20 },
    );
    // Twenty databases through fake-indexeddb, each with its restores and merges: slow on a busy machine, never a speed test.
  }, 240_000);

  async function threeOpen() {
    await write(() =>
      db().households.bulkAdd([household('a', 'enquiry', 'active'), household('b', 'enquiry', 'onHold'), household('c', 'panel', 'active'), household('d', 'approved', 'active')]),
    );
  }
  const expected = { ...Object.fromEntries(PIPELINE_STAGES.map((s) => [s, 0])), enquiry: 2, panel: 1 };

  it('are counted from the index when missing, and kept for the next board', async () => {
    await threeOpen();
    expect(await storedTallies()).toBeUndefined();
    expect(await stageCounts()).toEqual(expected);
    await rebuildStageTallies();
    expect((await storedTallies())?.counts).toEqual(expected);
    await write(() => db().households.update('a', { stage: 'panel', updatedAt: stamp() }));
    expect(await stageCounts()).toEqual({ ...expected, enquiry: 1, panel: 2 });
  });

  it('are counted again when a tab running an older version moved a household without them', async () => {
    await threeOpen();
    await stageCounts();
    await rebuildStageTallies();
    // The previous release: the same schema, none of this version's layers.
    const older = new Dexie(db().name);
    older.version(SCHEMA[SCHEMA.length - 1]!.version).stores(SCHEMA[SCHEMA.length - 1]!.stores);
    await older.table('households').update('a', { stage: 'stage2', updatedAt: stamp() });
    older.close();
    expect(await stageCounts()).toEqual({ ...expected, enquiry: 1, stage2: 1 });
    await rebuildStageTallies();
    expect((await storedTallies())?.counts).toEqual({ ...expected, enquiry: 1, stage2: 1 });
  });

  it('are counted again when the stored row is spoilt or from another schema version', async () => {
    await threeOpen();
    await stageCounts();
    await rebuildStageTallies();
    const good = (await storedTallies())!;
    await db().vault.put({ key: STAGE_TALLIES_KEY, value: { ...good, counts: { ...good.counts, enquiry: Number.NaN } } });
    expect(await stageCounts()).toEqual(expected);
    await rebuildStageTallies();
    await db().vault.put({ key: STAGE_TALLIES_KEY, value: { ...good, version: good.version - 1, counts: { ...good.counts, enquiry: 40 } } });
    expect(await stageCounts()).toEqual(expected);
    await rebuildStageTallies();
    expect(await storedTallies()).toEqual({ ...good, counts: expected });
    // A row kept by the previous release, before approvals were tallied, and a household approved since.
    const { approved: _, ...previous } = good;
    await db().vault.put({ key: STAGE_TALLIES_KEY, value: previous });
    await write(() => db().households.update('c', { stage: 'approved', stageEnteredOn: '2026-11-02', updatedAt: stamp() }));
    expect(await stageCounts()).toEqual({ ...expected, panel: 0 });
    await rebuildStageTallies();
    expect((await storedTallies())?.approved).toEqual({ '2026-10-01': 1, '2026-11-02': 1 });
    expect((await pipelineRepo.boardCounts('2026-11-15')).approvedInLastYear).toBe(2);
  });
});
