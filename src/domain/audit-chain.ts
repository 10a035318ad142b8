/**
 * Tamper evidence for a household's audit trail: each entry carries its place in the chain, the
 * hash of the entry before it and its own hash, over a canonical JSON of the entry (without its
 * own hash). Changing, removing or reordering an entry breaks the chain where it happened.
 *
 * The hash is a plain digest, so it proves the trail is as written only together with encryption
 * at rest (nobody without a passcode can write a believable entry) and a head kept apart (the last
 * hash on the household), which also catches the newest entry being removed.
 */

export type Digest = (text: string) => Promise<string>;

/** What a chained entry adds to an audit event. */
export interface ChainLink {
  /** 0 for a household's first entry, then 1, 2, … */
  chainSeq: number;
  /** The previous entry's `chainHash`, or `GENESIS` for the first. */
  chainPrev: string;
  chainHash: string;
}

export const GENESIS = '0'.repeat(64);

/**
 * JSON with every object's keys in code-point order and absent values left out, so the same entry
 * always gives the same text however it was built or stored.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) throw new TypeError('Audit entries hold finite numbers only');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

async function hashOf(entry: object, digest: Digest): Promise<string> {
  const { chainHash: _, ...rest } = entry as Partial<ChainLink>;
  return digest(canonicalJson(rest));
}

/** The entry as it is to be stored after `previous` (the household's latest entry, if any). */
export async function linkEntry<T extends object>(entry: T, previous: ChainLink | undefined, digest: Digest): Promise<T & ChainLink> {
  const linked = { ...entry, chainSeq: previous ? previous.chainSeq + 1 : 0, chainPrev: previous?.chainHash ?? GENESIS };
  return { ...linked, chainHash: await hashOf(linked, digest) };
}

export type ChainBreak = {
  ok: false;
  /** The position in the list given where the chain breaks (its length when the newest entry is missing). */
  index: number;
  /** The entry found there, when there is one. */
  id?: string;
  kind: 'changed' | 'removed' | 'reordered';
};

export type ChainReport = { ok: true } | ChainBreak;

type Chained = ChainLink & { id?: string };

/**
 * Checks a household's entries in the order they are stored (oldest first) and reports the first
 * break. `head` is the latest hash as the household keeps it, when it keeps one.
 */
export async function verifyChain(entries: readonly Chained[], digest: Digest, head?: string): Promise<ChainReport> {
  let prev = GENESIS;
  for (const [index, entry] of entries.entries()) {
    const at = { index, ...(entry.id === undefined ? {} : { id: entry.id }) };
    if ((await hashOf(entry, digest)) !== entry.chainHash) return { ok: false, ...at, kind: 'changed' };
    if (entry.chainSeq === index && entry.chainPrev !== prev) {
      // In its place but not linked to the entry before: that one was changed and its hash worked out again.
      const before = entries[index - 1];
      return { ok: false, index: index - 1, ...(before?.id === undefined ? {} : { id: before.id }), kind: 'changed' };
    }
    if (entry.chainSeq !== index) {
      // The entry that belongs here is further on (moved), or nowhere (removed).
      const belongsHere = entries.slice(index + 1).some((e) => e.chainSeq === index && e.chainPrev === prev);
      return { ok: false, ...at, kind: belongsHere ? 'reordered' : 'removed' };
    }
    prev = entry.chainHash;
  }
  if (head !== undefined && head !== prev) return { ok: false, index: entries.length, kind: 'removed' };
  return { ok: true };
}
