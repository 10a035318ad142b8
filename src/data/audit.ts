import Dexie from 'dexie';
import { linkEntry, type ChainLink } from '../domain/audit-chain';
import type { FieldChange } from '../domain/field-changes';
import type { HouseholdEvent } from '../domain/household';
import { canKeepHeads, headRows, keepHeads } from './audit-head';
import { currentChainDigest } from './crypto/chain-digest';
import { currentZone, whileAlive } from './crypto/keep-alive';
import { db, newId, nowInstant } from './db';

/**
 * Changes that belong to no household (settings, the device's name list, demo data) are audited
 * under this key, so the service's own trail sits beside the households' timelines.
 */
export const SERVICE_EVENTS = 'service';

/** The newest entry of a chain, read from its index: one record, whatever the chain's length. */
export function lastLink(chain: string): Promise<HouseholdEvent | undefined> {
  return db().events.where('[chain+chainSeq]').between([chain, 0], [chain, Infinity], true, true).last();
}

/**
 * Links `events` (oldest first) into their chains, each after its chain's newest stored entry.
 * Call inside the transaction that stores them, so two writers never take the same place.
 */
export async function chainEvents(events: HouseholdEvent[]): Promise<HouseholdEvent[]> {
  const { id, digest } = await keepingTransaction(currentChainDigest(db().session));
  const last = new Map<string, ChainLink | undefined>();
  const out: HouseholdEvent[] = [];
  for (const event of events) {
    const chain = `${event.householdId} ${id}`;
    if (!last.has(chain)) last.set(chain, chainLink(await lastLink(chain)));
    const linked = await keepingTransaction(linkEntry({ ...event, chain }, last.get(chain), digest));
    last.set(chain, linked);
    out.push(linked);
  }
  if (canKeepHeads()) await keepHeads(await keepingTransaction(headRows(last as Map<string, ChainLink>, digest)));
  return out;
}

function chainLink(event: HouseholdEvent | undefined): ChainLink | undefined {
  return event?.chainHash === undefined ? undefined : { chainSeq: event.chainSeq!, chainPrev: event.chainPrev!, chainHash: event.chainHash };
}

/** Web Crypto answers outside IndexedDB: a transaction the caller opened is kept from committing meanwhile. */
function keepingTransaction<T>(work: Promise<T>): Promise<T> {
  const tx = Dexie.currentTransaction;
  return tx ? whileAlive(currentZone(), tx.idbtrans, work) : work;
}

/**
 * Writes one audit event, linked into its household's hash chain. Call inside the caller's
 * transaction so the change and its record land together. Pass the changes (old and new values)
 * where the write knows them, or just field names.
 */
export async function audit(
  householdId: string,
  by: string,
  type: string,
  summary: string,
  fields: string[] | FieldChange[],
  at: string = nowInstant(),
): Promise<HouseholdEvent> {
  const changes = fields.filter((f): f is FieldChange => typeof f === 'object');
  const event: HouseholdEvent = { id: newId(), householdId, at, by, type, summary, fields: fields.map((f) => (typeof f === 'object' ? f.field : f)) };
  if (changes.length) event.changes = changes;
  const [linked] = await chainEvents([event]);
  await db().events.add(linked!);
  return linked!;
}
