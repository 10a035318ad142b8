/**
 * The board's stage counts and approvals by day: the tallies row kept by `stageTalliesMiddleware`
 * when it can be trusted, otherwise counted on the index, with the row counted again straight after
 * for the next read.
 */
import Dexie from 'dexie';
import { PIPELINE_STAGES } from '../../domain/stages';
import { db, STAGE_TALLIES_KEY, type FosteringDb, type VaultRow } from '../db';
import { outsideLiveQuery } from '../live';
import type { ApprovalsByDay, StageCounts, StageTallies, TallyRow } from '../stage-tallies';

/** What the board shows from the tallies. */
export type BoardTallies = Pick<StageTallies, 'counts' | 'approved'>;

function emptyCounts(): StageCounts {
  return Object.fromEntries(PIPELINE_STAGES.map((s) => [s, 0])) as StageCounts;
}

function isTallies(value: unknown): value is StageTallies {
  const t = value as StageTallies | undefined;
  return (
    typeof t === 'object' &&
    t !== null &&
    typeof t.version === 'number' &&
    typeof t.newest === 'string' &&
    typeof t.counts === 'object' &&
    t.counts !== null &&
    PIPELINE_STAGES.every((s) => Number.isInteger(t.counts[s]) && t.counts[s] >= 0) &&
    typeof t.approved === 'object' &&
    t.approved !== null &&
    Object.values(t.approved).every((n) => Number.isInteger(n) && n > 0)
  );
}

/**
 * The tallies as stored, if they can be trusted: of this schema version and having seen the newest
 * household change (`newest`, read from the `updatedAt` index).
 */
function trustedTallies(row: VaultRow | undefined, version: number, newest: string): StageTallies | undefined {
  if (!row || !isTallies(row.value)) return undefined;
  return row.value.version === version && row.value.newest === newest ? row.value : undefined;
}

/** The newest `updatedAt` among households, off the index alone. */
export async function newestHouseholdChange(d: FosteringDb): Promise<string> {
  const [newest] = await d.households.orderBy('updatedAt').reverse().limit(1).keys();
  return typeof newest === 'string' ? newest : '';
}

/** Open households per stage, each counted on the `[state+stage]` index (a walk of each range). */
async function countOnIndex(d: FosteringDb): Promise<StageCounts> {
  const pairs = PIPELINE_STAGES.flatMap((stage) => (['active', 'onHold'] as const).map((state) => [state, stage] as const));
  const counted = await Promise.all(pairs.map((pair) => d.households.where('[state+stage]').equals([...pair]).count()));
  const counts = emptyCounts();
  pairs.forEach(([, stage], i) => (counts[stage] += counted[i] ?? 0));
  return counts;
}

/** Approved households by day, from the keys of the `[stage+stageEnteredOn]` index (a walk of the range). */
async function approvalsOnIndex(d: FosteringDb): Promise<ApprovalsByDay> {
  const keys = await d.households.where('[stage+stageEnteredOn]').between(['approved', Dexie.minKey], ['approved', Dexie.maxKey]).keys();
  const approved: ApprovalsByDay = {};
  for (const key of keys) {
    const day = (key as unknown as [string, string])[1];
    approved[day] = (approved[day] ?? 0) + 1;
  }
  return approved;
}

let rebuilding: Promise<void> | undefined;

/**
 * Counts every stage again and stores the tallies, in one transaction with the households so no
 * write lands between the count and the row. One at a time, and on a task of its own: a live query
 * (the board's) may not write.
 */
export function rebuildStageTallies(): Promise<void> {
  rebuilding ??= outsideLiveQuery(() => recount(db())).finally(() => (rebuilding = undefined));
  return rebuilding;
}

function recount(d: FosteringDb): Promise<void> {
  return d.transaction('rw', [d.households, d.vault], async () => {
    const [counts, approved, newest] = await Promise.all([countOnIndex(d), approvalsOnIndex(d), newestHouseholdChange(d)]);
    const row: TallyRow = { key: STAGE_TALLIES_KEY, value: { counts, approved, version: d.verno, newest } };
    await d.vault.put(row);
  });
}

/** Open (active or on hold) households per pipeline stage, and approved households by day. */
export async function boardTallies(): Promise<BoardTallies> {
  const d = db();
  const [row, newest] = await Promise.all([d.vault.get(STAGE_TALLIES_KEY), newestHouseholdChange(d)]);
  const trusted = trustedTallies(row, d.verno, newest);
  if (trusted) return { counts: { ...trusted.counts }, approved: { ...trusted.approved } };
  const [counts, approved] = await Promise.all([countOnIndex(d), approvalsOnIndex(d)]);
  // A failed recount leaves the row as it was; the next read counts again.
  rebuildStageTallies().catch(() => undefined);
  return { counts, approved };
}

/** Open (active or on hold) households per pipeline stage. */
export async function stageCounts(): Promise<StageCounts> {
  return (await boardTallies()).counts;
}
