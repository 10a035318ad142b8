import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, GENESIS, linkEntry, verifyChain, type ChainLink } from '../../src/domain/audit-chain';
import { sha256Hex } from '../../src/data/crypto/sha256';

interface Entry {
  id: string;
  householdId: string;
  at: string;
  by: string;
  summary: string;
  changes?: { field: string; from?: unknown; to?: unknown }[];
}

async function chain(entries: Entry[]): Promise<(Entry & ChainLink)[]> {
  const out: (Entry & ChainLink)[] = [];
  for (const e of entries) out.push(await linkEntry(e, out[out.length - 1], sha256Hex));
  return out;
}

const entryArb = fc.record({
  householdId: fc.constant('h1'),
  at: fc.date({ min: new Date('2026-01-01'), max: new Date('2026-12-31'), noInvalidDate: true }).map((d) => d.toISOString()),
  by: fc.constantFrom('staff-1', 'staff-2'),
  summary: fc.string({ maxLength: 30 }),
});
const entriesArb = fc
  .array(entryArb, { minLength: 2, maxLength: 12 })
  .map((es) => es.map((e, i): Entry => ({ ...e, id: `e${i}` })));

describe('canonical JSON', () => {
  it('is the same text whatever order the keys were written in, with absent values left out', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 'x'], c: undefined } })).toBe(canonicalJson({ a: { d: [1, 'x'] }, b: 1 }));
    expect(canonicalJson({ b: 1, a: 'é' })).toBe('{"a":"é","b":1}');
  });

  it('refuses a number JSON cannot hold, rather than hash it as null', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow('finite numbers');
  });
});

describe('the audit hash chain', () => {
  it('links each entry to the one before, from a fixed start', async () => {
    const [first, second] = await chain([
      { id: 'e0', householdId: 'h1', at: '2026-11-30T09:00:00.000Z', by: 'staff-1', summary: 'Enquiry received' },
      { id: 'e1', householdId: 'h1', at: '2026-11-30T09:05:00.000Z', by: 'staff-1', summary: 'Phone changed' },
    ]);
    expect(first).toMatchObject({ chainSeq: 0, chainPrev: GENESIS });
    expect(second).toMatchObject({ chainSeq: 1, chainPrev: first!.chainHash });
    expect(second!.chainHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('verifies an untouched trail, with or without its head', async () => {
    await fc.assert(
      fc.asyncProperty(entriesArb, async (entries) => {
        const linked = await chain(entries);
        expect(await verifyChain(linked, sha256Hex)).toEqual({ ok: true });
        expect(await verifyChain(linked, sha256Hex, linked[linked.length - 1]!.chainHash)).toEqual({ ok: true });
      }),
      { numRuns: 50 },
    );
  });

  it('finds any single changed entry, where it is', async () => {
    await fc.assert(
      fc.asyncProperty(entriesArb, fc.nat(), fc.string({ minLength: 1, maxLength: 10 }), async (entries, pick, extra) => {
        const linked = await chain(entries);
        const i = pick % linked.length;
        const tampered = linked.map((e, j) => (j === i ? { ...e, summary: e.summary + extra } : e));
        expect(await verifyChain(tampered, sha256Hex)).toEqual({ ok: false, index: i, id: `e${i}`, kind: 'changed' });
      }),
      { numRuns: 50 },
    );
  });

  it('finds any single removed entry; the newest one by the head the household keeps', async () => {
    await fc.assert(
      fc.asyncProperty(entriesArb, fc.nat(), async (entries, pick) => {
        const linked = await chain(entries);
        const head = linked[linked.length - 1]!.chainHash;
        const i = pick % linked.length;
        const removed = linked.filter((_, j) => j !== i);
        const report = await verifyChain(removed, sha256Hex, head);
        expect(report).toMatchObject({ ok: false, index: i, kind: 'removed' });
      }),
      { numRuns: 50 },
    );
  });

  it('finds any two entries swapped', async () => {
    await fc.assert(
      fc.asyncProperty(entriesArb, fc.nat(), fc.nat(), async (entries, p, q) => {
        const linked = await chain(entries);
        const [i, j] = [p % linked.length, q % linked.length].sort((a, b) => a - b) as [number, number];
        fc.pre(i !== j);
        const swapped = [...linked];
        [swapped[i], swapped[j]] = [swapped[j]!, swapped[i]!];
        expect(await verifyChain(swapped, sha256Hex)).toEqual({ ok: false, index: i, id: `e${j}`, kind: 'reordered' });
      }),
      { numRuns: 50 },
    );
  });

  it('finds an entry changed with its hash worked out again, since the next entry no longer links to it', async () => {
    const linked = await chain([
      { id: 'e0', householdId: 'h1', at: '2026-11-30T09:00:00.000Z', by: 'staff-1', summary: 'Enquiry received' },
      { id: 'e1', householdId: 'h1', at: '2026-11-30T09:05:00.000Z', by: 'staff-1', summary: 'Note added' },
    ]);
    const forged = [await linkEntry({ ...linked[0]!, by: 'staff-2' }, undefined, sha256Hex), linked[1]!];
    expect(await verifyChain(forged, sha256Hex)).toEqual({ ok: false, index: 0, id: 'e0', kind: 'changed' });
  });
});
