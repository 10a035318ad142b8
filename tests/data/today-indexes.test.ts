import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { asPerson } from '../../src/data/revisions';
import { householdStatus } from '../../src/data/repositories/pipeline';
import { todayRepo } from '../../src/data/repositories/today';
import { addDays } from '../../src/domain/dates';
import type { Household } from '../../src/domain/household';
import { standingWords, temporaryApprovalStanding, WARN_DAYS } from '../../src/domain/temporary-approval';
import { todayKeys } from '../../src/domain/today-keys';
import { AROUND, storedHousehold } from '../unit/today-keys-arbitrary';

const households = fc
  .integer({ min: 0, max: 25 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => storedHousehold(String(i).padStart(2, '0')))));
const today = fc.integer({ min: -60, max: 60 }).map((n) => addDays(AROUND, n));
const worker = fc.constantFrom(undefined, 'st1', 'st2');

const byDate = (date: (h: Household) => string | undefined) => (a: Household, b: Household) =>
  date(a)! < date(b)! ? -1 : date(a)! > date(b)! ? 1 : a.id < b.id ? -1 : 1;

/** Households stored as every write stores them, Today's keys worked out from their rows. */
async function store(rows: Household[]): Promise<void> {
  await asPerson('Sam Example', [db().households], async () => {
    await db().households.clear();
    await db().households.bulkAdd(rows.map((h) => ({ ...h, ...todayKeys(h) })));
  });
}

describe("Today's lists read from their indexes", () => {
  it('list the households at risk that a walk over every household finds, in the same order, with the same count', async () => {
    await fc.assert(
      fc.asyncProperty(households, today, worker, async (rows, on, workerId) => {
        await store(rows);
        const walked = rows
          .filter((h) => householdStatus(h, on) === 'atRisk' && (!workerId || h.workerId === workerId))
          .sort(byDate((h) => h.nextDeadlineOn));
        const listed = await todayRepo.atRisk(on, Infinity, { workerId });
        expect(listed.items.map((h) => h.id)).toEqual(walked.map((h) => h.id));
        expect(listed.total).toBe(walked.length);
        const firstFew = await todayRepo.atRisk(on, 3, { workerId });
        expect(firstFew.items.map((h) => h.id)).toEqual(walked.slice(0, 3).map((h) => h.id));
        expect(firstFew.total).toBe(walked.length);
      }),
      { numRuns: 40 },
    );
  });

  it('list the temporary approvals ending or lapsed that a walk over every household finds', async () => {
    await fc.assert(
      fc.asyncProperty(households, today, worker, async (rows, on, workerId) => {
        await store(rows);
        const walked = rows
          .flatMap((h) => {
            const s = temporaryApprovalStanding(h, on);
            const words = s && standingWords(s);
            const open = (h.state === 'active' || h.state === 'onHold') && h.stage !== 'approved';
            return open && words && (s.kind === 'lapsed' || s.kind === 'running') && (!workerId || h.workerId === workerId)
              ? [{ id: h.id, lastDay: s.lastDay, lapsed: s.kind === 'lapsed', words }]
              : [];
          })
          .sort((a, b) => (a.lastDay < b.lastDay ? -1 : a.lastDay > b.lastDay ? 1 : a.id < b.id ? -1 : 1));
        const listed = await todayRepo.temporaryApprovals(on, Infinity, { workerId });
        expect(listed.items.map((t) => ({ id: t.household.id, lastDay: t.lastDay, lapsed: t.lapsed, words: t.words }))).toEqual(walked);
        expect(listed.total).toBe(walked.length);
        expect(walked.every((t) => t.lastDay <= addDays(on, WARN_DAYS[0]))).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it("count each worker's open households and breaches as a walk over every household does", async () => {
    // st2 has left the staff list: their households count with those that have no worker.
    await asPerson('Sam Example', [db().staff], () => db().staff.put({ id: 'st1', name: 'Robin Example', active: 1 }));
    await fc.assert(
      fc.asyncProperty(households, today, async (rows, on) => {
        await store(rows);
        const walked = new Map<string | undefined, { open: number; breached: number }>();
        for (const h of rows.filter((r) => (r.state === 'active' || r.state === 'onHold') && r.stage !== 'approved')) {
          const worker = h.workerId === 'st1' ? 'st1' : undefined;
          const load = walked.get(worker) ?? { open: 0, breached: 0 };
          load.open += 1;
          if (householdStatus(h, on) === 'breached') load.breached += 1;
          walked.set(worker, load);
        }
        const listed = await todayRepo.caseloads(on);
        expect(new Map(listed.map((c) => [c.workerId, { open: c.open, breached: c.breached }]))).toEqual(walked);
        expect(listed.length).toBe(walked.size);
      }),
      { numRuns: 40 },
    );
  });
});
