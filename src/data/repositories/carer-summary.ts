/**
 * Keeps each carer household's support summary (domain/support/summary.ts) in step with its people,
 * visits, reviews and placements. Every write that changes them calls `refreshCarerSummaries` (or,
 * for people alone, `refreshCarerNames`) inside its own transaction; the carer list and Today read
 * the summary, or work it out for a row that has none.
 */
import type { MergePlan } from '../../domain/merge/plan';
import { householdOf } from '../../domain/merge/tables';
import { listNames } from '../../domain/search-keys';
import type { CarerHousehold } from '../../domain/support/carer';
import { supportSummary, type SupportSummary } from '../../domain/support/summary';
import { sameValue } from '../../domain/revision';
import { db } from '../db';
import { asPerson } from '../revisions';

/** Households read per round of requests, as household-derived.ts does. */
const BATCH = 100;

/** The tables a summary is worked out from, with `carers`: a transaction calling these must cover them. */
export function summaryTables() {
  const d = db();
  return [d.carers, d.people, d.supervisionVisits, d.reviews, d.placements];
}

function byHousehold<T extends { householdId: string }>(rows: T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) (out.get(row.householdId) ?? out.set(row.householdId, []).get(row.householdId)!).push(row);
  return out;
}

/** Each household's summary worked out from its records, read by their index; call inside a transaction over `summaryTables()`. */
async function workedOut(ids: readonly string[]): Promise<Map<string, SupportSummary>> {
  const d = db();
  const out = new Map<string, SupportSummary>();
  for (let at = 0; at < ids.length; at += BATCH) {
    const chunk = ids.slice(at, at + BATCH);
    const [people, visits, reviews, placements] = await Promise.all([
      d.people.where('householdId').anyOf(chunk).toArray().then(byHousehold),
      d.supervisionVisits.where('householdId').anyOf(chunk).toArray().then(byHousehold),
      d.reviews.where('householdId').anyOf(chunk).toArray().then(byHousehold),
      d.placements.where('householdId').anyOf(chunk).toArray().then(byHousehold),
    ]);
    for (const id of chunk) {
      out.set(id, supportSummary({ people: people.get(id) ?? [], visits: visits.get(id) ?? [], reviews: reviews.get(id) ?? [], placements: placements.get(id) ?? [] }));
    }
  }
  return out;
}

/** Stores the summaries that changed. */
async function store(carers: readonly CarerHousehold[], summaries: ReadonlyMap<string, SupportSummary>): Promise<void> {
  const changed = carers.filter((c) => !sameValue(c.supportSummary, summaries.get(c.householdId))).map((c) => ({ ...c, supportSummary: summaries.get(c.householdId)! }));
  if (changed.length) await db().carers.bulkPut(changed);
}

/**
 * Works out again the summaries of those of `householdIds` that are carer households (on the
 * register or not) and stores those that changed. Call inside the write's transaction, over `summaryTables()`.
 */
export async function refreshCarerSummaries(householdIds: readonly string[]): Promise<void> {
  const ids = [...new Set(householdIds)];
  for (let at = 0; at < ids.length; at += BATCH) {
    const carers = (await db().carers.bulkGet(ids.slice(at, at + BATCH))).filter((c) => c !== undefined);
    await store(carers, await workedOut(carers.map((c) => c.householdId)));
  }
}

/**
 * After a change to who is in a household: its names in its carer summary, if it is a carer
 * household with one (a row without one is worked out whole when read). Call inside the write's
 * transaction, over `carers` and `people`.
 */
export async function refreshCarerNames(householdId: string): Promise<void> {
  const carer = await db().carers.get(householdId);
  if (!carer?.supportSummary) return;
  const people = await db().people.where('householdId').equals(householdId).toArray();
  await store([carer], new Map([[householdId, { ...carer.supportSummary, names: listNames(people) }]]));
}

/**
 * Households whose records a merge or a sync wrote (`written`), added to (a visit, a review) or
 * removed: their summaries are worked out again.
 */
export function plannedHouseholds(p: MergePlan, written: Iterable<string>): string[] {
  const appended = Object.entries(p.appended).flatMap(([table, rows]) => rows.flatMap((row) => householdOf(table, row) ?? []));
  return [...written, ...appended, ...p.removals.flatMap((r) => r.householdId ?? [])];
}

/** Every carer household's summary again, after a restore put back rows from any version. */
export async function refreshAllCarerSummaries(): Promise<void> {
  await refreshCarerSummaries((await db().carers.toCollection().primaryKeys()) as string[]);
}

/** Who keeps the summaries of rows from before they were kept: the device itself. */
const UPKEEP = 'This device, summarising carer households';
/**
 * Kept in this device's vault once every carer household has its summary: later starts need not
 * read the register again. Rows arriving afterwards (a sync, a merge, a restore) get theirs as they
 * are written.
 */
const FILLED = 'carerSummariesFilled';

/**
 * Gives a summary to every carer household kept before summaries were, a hundred per transaction,
 * so the carer list and Today stop working theirs out at every read. Run once the records can be
 * read: while the device is locked this fails with `LockedError` and the next unlock runs it.
 * Done once per device; answers how many were filled.
 */
export async function fillMissingCarerSummaries(): Promise<number> {
  const d = db();
  if ((await d.vault.get(FILLED))?.value === true) return 0;
  let filled = 0;
  for (;;) {
    const count = await asPerson(
      UPKEEP,
      summaryTables(),
      async () => {
        const missing = await d.carers.filter((c) => !c.supportSummary).limit(BATCH).toArray();
        await store(missing, await workedOut(missing.map((c) => c.householdId)));
        return missing.length;
      },
      { keepRevisions: true },
    );
    filled += count;
    if (count < BATCH) break;
  }
  await d.vault.put({ key: FILLED, value: true });
  return filled;
}

/**
 * The summary of each carer household given: its own, or for a row written before summaries were
 * kept, worked out from its records. Call inside a read transaction over `summaryTables()`.
 */
export async function summariesOf(carers: readonly CarerHousehold[]): Promise<Map<string, SupportSummary>> {
  const missing = carers.filter((c) => !c.supportSummary).map((c) => c.householdId);
  const out = missing.length ? await workedOut(missing) : new Map<string, SupportSummary>();
  for (const c of carers) if (c.supportSummary) out.set(c.householdId, c.supportSummary);
  return out;
}
