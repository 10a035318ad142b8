import { verifyChain, type ChainBreak, type Digest } from '../domain/audit-chain';
import type { HouseholdEvent } from '../domain/household';
import { SERVICE_EVENTS } from './audit';
import { headIsSigned, readHeads } from './audit-head';
import { digestFor } from './crypto/chain-digest';
import { db } from './db';

/** A place where a chain does not hold: an entry changed, removed or moved. */
export interface HistoryBreak {
  householdId: string;
  /** The household's reference, or undefined for the service's own history or a household since removed. */
  reference: string | undefined;
  /** `newestRemoved`: the chain links up but ends before the head kept apart from it. */
  kind: ChainBreak['kind'] | 'newestRemoved';
  /** When the entry at the break was written, when there is one. */
  at: string | undefined;
}

export interface HistoryReport {
  /** Entries whose chain was worked out again and found whole up to any break. */
  checked: number;
  /** Of those, entries chained with a plain hash (before this device had a passcode). */
  plain: number;
  /** Entries chained on another device, under a data key this device does not hold: they can be checked there. */
  elsewhere: number;
  /** Entries written before the history was chained. */
  unchained: number;
  breaks: HistoryBreak[];
}

/** Entries read per transaction: a chain crossing a page is carried to the next. */
const PAGE = 2000;

const digestIdOf = (chain: string) => chain.slice(chain.indexOf(' ') + 1);

/**
 * Checks every audit chain on the device, a page of entries at a time in chain order. Each
 * chain is checked with the digest it was built with; a chain keyed on another device is counted,
 * not judged.
 */
export async function verifyHistory(): Promise<HistoryReport> {
  const d = db();
  const report: HistoryReport = { checked: 0, plain: 0, elsewhere: 0, unchained: 0, breaks: [] };
  const digests = new Map<string, Digest | undefined>();
  let group: HouseholdEvent[] = [];
  let chained = 0;
  /** The newest entry of each chain found whole, for its head. */
  const newest = new Map<string, HouseholdEvent>();

  const settle = async () => {
    const first = group[0];
    if (!first) return;
    const id = digestIdOf(first.chain!);
    if (!digests.has(id)) digests.set(id, await digestFor(id, d.session));
    const digest = digests.get(id);
    if (!digest) {
      report.elsewhere += group.length;
    } else {
      const found = await verifyChain(group as Parameters<typeof verifyChain>[0], digest);
      report.checked += group.length;
      if (id.startsWith('sha256:')) report.plain += group.length;
      if (!found.ok) report.breaks.push(await describe(first.householdId, found, group));
      else newest.set(first.chain!, group[group.length - 1]!);
    }
    group = [];
  };

  let after: [string, number] | undefined;
  for (;;) {
    const page = await (after ? d.events.where('[chain+chainSeq]').above(after) : d.events.orderBy('[chain+chainSeq]')).limit(PAGE).toArray();
    for (const event of page) {
      if (group[0] && group[0].chain !== event.chain) await settle();
      group.push(event);
    }
    chained += page.length;
    const last = page[page.length - 1];
    if (page.length < PAGE || !last) break;
    after = [last.chain!, last.chainSeq!];
  }
  await settle();
  report.unchained = (await d.events.count()) - chained;
  await checkHeads(report, newest, digests);
  return report;
}

/**
 * Each head against its chain's newest entry: a chain that ends before its head, or is gone while
 * its household is still here, lost its newest entries. A head that is not signed with the chain's
 * key was moved back by hand. Chains already broken are reported once, where they break.
 */
async function checkHeads(report: HistoryReport, newest: Map<string, HouseholdEvent>, digests: Map<string, Digest | undefined>) {
  const d = db();
  const broken = new Set(report.breaks.map((b) => b.householdId));
  for (const [chain, head] of await readHeads()) {
    const householdId = chain.slice(0, chain.indexOf(' '));
    if (broken.has(householdId)) continue;
    const id = digestIdOf(chain);
    if (!digests.has(id)) digests.set(id, await digestFor(id, d.session));
    const digest = digests.get(id);
    if (!digest) continue;
    const last = newest.get(chain);
    const reference = householdId === SERVICE_EVENTS ? undefined : (await d.households.get(householdId))?.reference;
    // A household erased or taken off the device takes its chain with it; the erasure is audited.
    if (!last && householdId !== SERVICE_EVENTS && reference === undefined) continue;
    const signedHead = await headIsSigned(chain, head, digest);
    if (signedHead && last && (last.chainSeq! > head.chainSeq || (last.chainSeq === head.chainSeq && last.chainHash === head.chainHash))) continue;
    report.breaks.push({ householdId, reference, kind: signedHead ? 'newestRemoved' : 'changed', at: last?.at });
  }
}

async function describe(householdId: string, found: ChainBreak, group: HouseholdEvent[]): Promise<HistoryBreak> {
  const reference = householdId === SERVICE_EVENTS ? undefined : (await db().households.get(householdId))?.reference;
  return { householdId, reference, kind: found.kind, at: group[found.index]?.at ?? group[found.index - 1]?.at };
}
