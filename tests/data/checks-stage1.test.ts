import { describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { checksRepo } from '../../src/data/repositories/checks';
import { householdsRepo } from '../../src/data/repositories/households';
import { StaleWriteError } from '../../src/data/stale';
import type { Household } from '../../src/domain/household';
import { moveFrom } from '../../src/domain/stale-rule';
import type { Enquiry } from '../../src/domain/validation/enquiry';

const TODAY = '2026-06-15';
const enquiry: Enquiry = {
  applicants: ['Priya Examplesmith', 'Tom Examplesmith'],
  email: 'priya@example.com',
  phone: '07700900123',
  postcode: 'LS1 4AP',
  howHeard: 'event',
  interests: ['shortTerm'],
  enquiryOn: '2026-05-04',
  kind: 'mainstream',
};

async function forward(h: Household) {
  const now = (await householdsRepo.get(h.id))!;
  return householdsRepo.move(h.id, { kind: 'forward', on: TODAY, from: moveFrom(now) }, 'Jo Worker', TODAY);
}

/** A household at application: the next forward move starts stage 1. */
async function atApplication(): Promise<Household> {
  const h = await householdsRepo.createEnquiry(enquiry, 'Jo Worker');
  await forward(h);
  await forward(h);
  return (await householdsRepo.get(h.id))!;
}

const checksOf = (id: string) => db().checks.where('householdId').equals(id).toArray();

describe('stage 1 checks raised as stage 1 starts', () => {
  it('raises every check the list requires for the people in the household with the move, and the move says how many', async () => {
    const h = await atApplication();
    expect(await checksOf(h.id)).toHaveLength(0);
    expect((await forward(h)).ok).toBe(true);

    const checks = await checksOf(h.id);
    expect(checks).toHaveLength(21);
    expect(checks.filter((c) => c.type === 'dbs').map((c) => c.label).sort()).toEqual([
      'Enhanced DBS with barred list: Priya Examplesmith',
      'Enhanced DBS with barred list: Tom Examplesmith',
    ]);
    const [latest] = await householdsRepo.timeline(h.id);
    expect(latest).toMatchObject({ type: 'move', by: 'Jo Worker', summary: 'Moved to Stage 1. Stage 1 checks raised (21 checks)' });
    expect(await householdsRepo.timeline(h.id)).toHaveLength(4);
  });

  it('writes neither the move nor any check when raising the checks fails', async () => {
    const h = await atApplication();
    const refuse = () => {
      throw new Error('The device refused the write');
    };
    db().checks.hook('creating', refuse);
    try {
      await expect(forward(h)).rejects.toThrow('The device refused the write');
    } finally {
      db().checks.hook('creating').unsubscribe(refuse);
    }
    expect((await householdsRepo.get(h.id))!.stage).toBe('application');
    expect(await checksOf(h.id)).toHaveLength(0);
    expect(await db().moves.where('householdId').equals(h.id).count()).toBe(2);
    expect(await householdsRepo.timeline(h.id)).toHaveLength(3);
  });

  it('raises only what is missing when a household comes forward into stage 1 again', async () => {
    const h = await atApplication();
    await forward(h);
    await householdsRepo.move(h.id, { kind: 'back', on: TODAY, reason: 'Application form incomplete', from: moveFrom((await householdsRepo.get(h.id))!) }, 'Jo Worker', TODAY);
    await forward(h);
    expect(await checksOf(h.id)).toHaveLength(21);
    expect((await householdsRepo.timeline(h.id))[0]!.summary).toBe('Moved to Stage 1');
  });
});

describe('marking several checks at once', () => {
  async function stage1() {
    const h = await atApplication();
    await forward(h);
    return { h, checks: await checksOf(h.id) };
  }
  const ticks = (checks: { id: string; revision?: { rev: string } }[]) => Object.fromEntries(checks.map((c) => [c.id, c.revision!.rev]));

  it('marks every ticked check in one write with one audit event', async () => {
    const { h, checks } = await stage1();
    const three = checks.slice(0, 3);
    expect(await checksRepo.markChecks(h.id, 'requested', { on: '2026-06-10', picked: ticks(three) }, 'Jo Worker', TODAY)).toEqual({ ok: true, marked: 3 });
    const again = (await checksOf(h.id)).filter((c) => c.id in ticks(three));
    expect(await checksRepo.markChecks(h.id, 'received', { on: '2026-06-12', picked: ticks(again) }, 'Jo Worker', TODAY)).toEqual({ ok: true, marked: 3 });

    const after = await checksOf(h.id);
    const marked = after.filter((c) => three.some((t) => t.id === c.id));
    expect(marked.every((c) => c.requestedOn === '2026-06-10' && c.receivedOn === '2026-06-12' && c.outcome === 'clear' && !c.awaitingSince)).toBe(true);
    expect(after.filter((c) => c.receivedOn)).toHaveLength(3);
    const [latest] = await householdsRepo.timeline(h.id);
    expect(latest!.summary).toBe(`3 checks received on 12 June 2026 (Clear): ${three.map((c) => c.label).join('; ')}`);
    expect(latest!.changes?.filter((c) => c.field === 'checks.receivedOn')).toHaveLength(3);
  });

  it('writes nothing when one ticked check changed since it was ticked, and names it', async () => {
    const { h, checks } = await stage1();
    const [a, b] = checks;
    const picked = ticks([a!, b!]);
    await checksRepo.updateCheck(b!.id, { requestedOn: '2026-06-01' }, b!.revision!.rev, 'Sam Colleague', TODAY);
    const refused = checksRepo.markChecks(h.id, 'requested', { on: '2026-06-10', picked }, 'Jo Worker', TODAY);
    await expect(refused).rejects.toBeInstanceOf(StaleWriteError);
    await expect(refused).rejects.toThrow(`${b!.label}: `);
    await expect(refused).rejects.toThrow(/Sam Colleague/);
    expect((await db().checks.get(a!.id))!.requestedOn).toBeUndefined();
    expect((await db().checks.get(b!.id))!.requestedOn).toBe('2026-06-01');
  });

  it('refuses, writing nothing, when one ticked check cannot take the date', async () => {
    const { h, checks } = await stage1();
    const [a, b] = checks;
    await checksRepo.updateCheck(b!.id, { requestedOn: '2026-06-14' }, b!.revision!.rev, 'Jo Worker', TODAY);
    const bNow = (await db().checks.get(b!.id))!;
    const result = await checksRepo.markChecks(h.id, 'received', { on: '2026-06-12', picked: ticks([a!, bNow]) }, 'Jo Worker', TODAY);
    expect(result).toEqual({ ok: false, errors: { picked: `${b!.label}: Date received must be the same as or after the date requested, 14 June 2026` } });
    expect((await checksOf(h.id)).filter((c) => c.receivedOn)).toHaveLength(0);
  });
});
