/**
 * A record's revision as CouchDB's `_rev` and `_revisions`. CouchDB keeps a tree of revision ids
 * per document and decides what a server lacks by comparing them, so every device must give the
 * same change the same id: the `_rev` is worked out from the revision alone (its generation and a
 * hash of its id), never from the time it is sent. A record written before revisions existed has a
 * revision made from its content (`legacyRevision`), so two devices holding the same old record
 * also agree on its `_rev`.
 */
import { generation, type Revision } from '../revision';
import type { Removal } from '../merge/incoming';

/** Four 32-bit FNV-1a lanes with different seeds: 32 hex characters, the length of CouchDB's own ids. */
export function revHash(text: string): string {
  const lanes = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b];
  const primes = [0x01000193, 0x5bd1e995, 0x27d4eb2f, 0x165667b1];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    for (let l = 0; l < 4; l++) lanes[l] = Math.imul(lanes[l]! ^ c, primes[l]!) >>> 0;
  }
  return lanes.map((h) => h.toString(16).padStart(8, '0')).join('');
}

/** `<generation>-<32 hex>`, the same on every device for the same revision. */
export function couchRev(rev: string): string {
  return `${generation(rev)}-${revHash(rev)}`;
}

export interface CouchRevisions {
  start: number;
  ids: string[];
}

/**
 * The line of ancestors CouchDB grafts the revision onto: one id per generation, newest first. A
 * merged record's history holds both sides' revisions; the first of each generation is followed,
 * and the line stops at a gap (a history cut short at `MAX_ANCESTORS`).
 */
export function couchRevisions(revision: Revision): CouchRevisions {
  const start = generation(revision.rev);
  const ids = [revHash(revision.rev)];
  let want = start - 1;
  for (const rev of revision.revs) {
    if (want < 1) break;
    if (generation(rev) !== want) continue;
    ids.push(revHash(rev));
    want -= 1;
  }
  return { start, ids };
}

/** A removal is one generation past the revision it removed, so it wins over that copy everywhere. */
export function removalRevisions(removal: Removal): CouchRevisions {
  const removed = removal.rev ? couchRevisions({ rev: removal.rev, revs: removal.revs ?? [removal.rev], changedAt: '', changedBy: '', fieldRevs: {} }) : { start: 0, ids: [] };
  return { start: removed.start + 1, ids: [revHash(`removed:${removal.table}:${removal.recordId}:${removal.rev}`), ...removed.ids] };
}

export function revOf(revisions: CouchRevisions): string {
  return `${revisions.start}-${revisions.ids[0]}`;
}

/**
 * Whether a document's history (its `_revisions`) holds the revision `rev`: the same change, or
 * one this document has already built on. A history cut short answers no, and the version is fetched.
 */
export function hasInHistory(revisions: CouchRevisions, rev: string): boolean {
  const dash = rev.indexOf('-');
  const at = revisions.start - Number(rev.slice(0, dash));
  return dash > 0 && at >= 0 && revisions.ids[at] === rev.slice(dash + 1);
}
