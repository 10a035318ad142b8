/**
 * The head of each audit chain: its newest entry's place and hash, kept apart from the entries in
 * the vault table and signed with the chain's own digest (HMAC with the data key once the device
 * has a passcode). An entry removed from the middle breaks the links after it, but the newest
 * entries removed leave a shorter chain that still links up: only the head shows they existed.
 * A head is written in the transaction that adds its entries, when that transaction holds the
 * vault table (every write through `asPerson` does).
 */
import Dexie from 'dexie';
import type { ChainLink, Digest } from '../domain/audit-chain';
import { db } from './db';

const PREFIX = 'chainHead:';

export interface ChainHead {
  chainSeq: number;
  chainHash: string;
  /** The digest over the chain's name, place and hash: a head cannot be moved back without the key. */
  signature: string;
}

const signed = (chain: string, seq: number, hash: string) => `audit chain head\n${chain}\n${seq}\n${hash}`;

/** Whether the current transaction can move heads: one that writes and holds the vault table. */
export function canKeepHeads(): boolean {
  const tx = Dexie.currentTransaction;
  return !!tx && tx.mode === 'readwrite' && tx.storeNames.includes('vault');
}

/** The vault rows for the heads of `chains` at their newest links, signed. */
export function headRows(chains: ReadonlyMap<string, ChainLink>, digest: Digest): Promise<{ key: string; value: ChainHead }[]> {
  return Promise.all(
    [...chains].map(async ([chain, link]) => ({
      key: PREFIX + chain,
      value: { chainSeq: link.chainSeq, chainHash: link.chainHash, signature: await digest(signed(chain, link.chainSeq, link.chainHash)) },
    })),
  );
}

/** Moves heads, inside the transaction that stores their entries. */
export async function keepHeads(rows: { key: string; value: ChainHead }[]): Promise<void> {
  await db().vault.bulkPut(rows);
}

/** Every chain's head, by chain name. */
export async function readHeads(): Promise<Map<string, ChainHead>> {
  const rows = await db().vault.where('key').startsWith(PREFIX).toArray();
  return new Map(rows.map((r) => [r.key.slice(PREFIX.length), r.value as ChainHead]));
}

/** Whether `head` was signed for `chain` with `digest`. */
export async function headIsSigned(chain: string, head: ChainHead, digest: Digest): Promise<boolean> {
  return (await digest(signed(chain, head.chainSeq, head.chainHash))) === head.signature;
}

/** Forgets every head, as the entries they named are replaced wholesale (a restore). */
export async function forgetHeads(): Promise<void> {
  await db().vault.where('key').startsWith(PREFIX).delete();
}
