/**
 * Revisions: how a record says which change it is, so that two tabs, two tablets or later a server
 * never silently overwrite each other. The shape follows CouchDB's (`<generation>-<token>` and the
 * list of ancestors), so a replication can carry it as `_rev` and `_revisions` unchanged.
 *
 * Every field path remembers the revision that last set it. That is what lets a merge say "only one
 * side changed the assessor" (take it) from "both changed the assessor" (a conflict for a person to
 * settle) without keeping old copies of the record.
 */
import type { Instant } from './household';

export interface Revision {
  /** `<generation>-<token>`: generation counts the changes along this record's history. */
  rev: string;
  /** This revision and its ancestors, newest first, at most `MAX_ANCESTORS` long. */
  revs: string[];
  changedAt: Instant;
  changedBy: string;
  /** For each field path ("stage", "assessment.assessorId"), the revision that last set it. */
  fieldRevs: Record<string, string>;
  /**
   * For each field a merge left for a person to settle, the revision of the value it did not keep.
   * The device whose value that was lists the conflict too when the merge reaches it, rather than
   * take the merge's value as if its own change had been seen.
   */
  setAside?: Record<string, string>;
}

export interface Revised {
  revision?: Revision;
}

/** Kept short so a long-lived record stays small; a merge past it lists a conflict rather than guess. */
export const MAX_ANCESTORS = 100;

/**
 * Fields worked out from others (search tokens, the next deadline) or bookkeeping. They are never
 * a change of their own, never conflict, and are worked out again after a merge.
 */
export const DERIVED_FIELDS: ReadonlySet<string> = new Set([
  'revision',
  'updatedAt',
  'nextDeadlineOn',
  'nextDeadlineLabel',
  'nextDeadlineAtRiskOn',
  'atRiskKeys',
  'temporaryApprovalDueOn',
  'searchKeys',
  'nameKeys',
  'duplicateKeys',
  'listNames',
  'listPostcode',
  'awaitingSince',
  'supportSummary',
]);

export function generation(rev: string): number {
  const n = Number.parseInt(rev, 10);
  return Number.isFinite(n) && n > 0 ? n : 0;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The record as field paths to values: nested plain objects are walked ("assessment.panel.panelOn"),
 * lists and everything else are one value. Derived fields are left out; so are absent values.
 */
export function fieldPaths(row: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const walk = (value: Record<string, unknown>, prefix: string) => {
    for (const [key, v] of Object.entries(value)) {
      if (prefix === '' && DERIVED_FIELDS.has(key)) continue;
      if (v === undefined) continue;
      if (isPlainObject(v)) walk(v, `${prefix}${key}.`);
      else out[prefix + key] = v;
    }
  };
  walk(row as Record<string, unknown>, '');
  return out;
}

export function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The paths whose values differ between two versions of a record. */
export function changedPaths(before: object | undefined, after: object): string[] {
  const a = before ? fieldPaths(before) : {};
  const b = fieldPaths(after);
  const paths = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...paths].filter((p) => !sameValue(a[p], b[p])).sort();
}

/** Sets (or, for `undefined`, removes) the value at a field path, creating objects on the way. */
export function setPath(row: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split('.');
  let at = row;
  for (const key of keys.slice(0, -1)) {
    if (!isPlainObject(at[key])) at[key] = {};
    at = at[key] as Record<string, unknown>;
  }
  const last = keys[keys.length - 1]!;
  if (value === undefined) delete at[last];
  else at[last] = value;
}

/**
 * A small, stable hash of a record's content, so two devices that stamp the same legacy record
 * give it the same first revision and a later merge sees them as one.
 */
export function contentToken(row: object): string {
  return tokenOf(fieldPaths(row));
}

function tokenOf(paths: Record<string, unknown>): string {
  const text = JSON.stringify(paths, Object.keys(paths).sort());
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

/** The first revision of a record written before revisions existed (or arriving without one). */
export function legacyRevision(row: object, at: Instant, by: string): Revision {
  // Walked once: a merge stamps every record of a device that predates revisions.
  const paths = fieldPaths(row);
  const rev = `1-${tokenOf(paths)}`;
  const fieldRevs: Record<string, string> = {};
  for (const path of Object.keys(paths)) fieldRevs[path] = rev;
  return { rev, revs: [rev], changedAt: at, changedBy: by, fieldRevs };
}

/**
 * The revision a write gives a record: a new generation naming the fields it changed, or the old
 * revision unchanged when only derived fields moved. `token` must be unique (a random id).
 */
export function nextRevision(before: (object & Revised) | undefined, after: object, by: string, at: Instant, token: string): Revision {
  const base = before ? (before.revision ?? legacyRevision(before, at, by)) : undefined;
  // A new record needs no comparison: every field it has is set by this revision.
  const changed = base ? changedPaths(before, after) : [];
  if (base && changed.length === 0) return base;
  const rev = `${(base ? generation(base.rev) : 0) + 1}-${token}`;
  // A removed field keeps the revision that removed it, so a merge can tell a removal from "never set".
  const fieldRevs: Record<string, string> = { ...base?.fieldRevs };
  for (const path of base ? changed : Object.keys(fieldPaths(after))) fieldRevs[path] = rev;
  const revision: Revision = { rev, revs: [rev, ...(base?.revs ?? [])].slice(0, MAX_ANCESTORS), changedAt: at, changedBy: by, fieldRevs };
  // A field set again is no longer waiting on the conflict: whoever set it has decided it.
  const setAside = stillSetAside(base?.setAside, (path) => !changed.includes(path));
  if (setAside) revision.setAside = setAside;
  return revision;
}

function stillSetAside(setAside: Record<string, string> | undefined, keep: (path: string) => boolean): Record<string, string> | undefined {
  const kept = Object.entries(setAside ?? {}).filter(([path]) => keep(path));
  return kept.length ? Object.fromEntries(kept) : undefined;
}

/**
 * The field paths changed since the revision a form (or a device) was based on. `undefined` when
 * `baseRev` is not in the record's history at all: the record was replaced or its history is too
 * long to say, so the caller must treat every field as changed.
 */
export function changedSince(current: Revision, baseRev: string): string[] | undefined {
  const index = current.revs.indexOf(baseRev);
  if (index < 0) return undefined;
  const known = new Set(current.revs.slice(index));
  return Object.entries(current.fieldRevs)
    .filter(([, rev]) => !known.has(rev))
    .map(([path]) => path)
    .sort();
}

/** How an incoming version of a record stands against the one held here. */
export type Ancestry = 'same' | 'incomingIsNewer' | 'localIsNewer' | 'diverged';

export function compareRevisions(local: Revision, incoming: Revision): Ancestry {
  if (local.rev === incoming.rev) return 'same';
  if (incoming.revs.includes(local.rev)) return 'incomingIsNewer';
  if (local.revs.includes(incoming.rev)) return 'localIsNewer';
  return 'diverged';
}

/** One field both sides changed since they last met: listed for a person, never guessed. */
export interface FieldConflict {
  path: string;
  local: unknown;
  incoming: unknown;
  localRev: string;
  incomingRev: string;
  localBy: string;
  localAt: Instant;
  incomingBy: string;
  incomingAt: Instant;
}

export type RowMerge<T> =
  | { kind: 'keepLocal' }
  | { kind: 'takeIncoming'; row: T }
  | { kind: 'merged'; row: T; conflicts: FieldConflict[] };

/**
 * Merges two versions of one record. Where only one side changed a field since they diverged,
 * that change wins; where both changed it to different values, the local value stays and the
 * conflict is returned for a person to settle. The merged record knows both histories, so the same
 * incoming version merged again changes nothing.
 */
export function mergeRows<T extends object & Revised>(local: T, incoming: T, by: string, at: Instant, token: string): RowMerge<T> {
  const localRev = local.revision ?? legacyRevision(local, at, by);
  const incomingRev = incoming.revision ?? legacyRevision(incoming, at, by);
  const ancestry = compareRevisions(localRev, incomingRev);
  if (ancestry === 'same' || ancestry === 'localIsNewer') return { kind: 'keepLocal' };
  if (ancestry === 'incomingIsNewer') {
    const row = { ...incoming, revision: incomingRev };
    const conflicts = setAsideHere(local, localRev, incoming, incomingRev);
    return conflicts.length ? { kind: 'merged', row, conflicts } : { kind: 'takeIncoming', row };
  }

  const l = fieldPaths(local);
  const i = fieldPaths(incoming);
  const row = structuredClone(local) as T & Record<string, unknown>;
  const fieldRevs: Record<string, string> = {};
  const setAside: Record<string, string> = {};
  const conflicts: FieldConflict[] = [];
  const paths = new Set([...Object.keys(l), ...Object.keys(i), ...Object.keys(localRev.fieldRevs), ...Object.keys(incomingRev.fieldRevs)]);
  for (const path of paths) {
    const lr = localRev.fieldRevs[path] ?? '';
    const ir = incomingRev.fieldRevs[path] ?? '';
    const incomingSawLocal = lr === '' ? ir !== '' : incomingRev.revs.includes(lr);
    const localSawIncoming = ir === '' ? lr !== '' : localRev.revs.includes(ir);
    if (sameValue(l[path], i[path])) {
      const later = generation(ir) > generation(lr) ? ir : lr;
      if (later) fieldRevs[path] = later;
    } else if (incomingSawLocal && !localSawIncoming) {
      setPath(row, path, i[path]);
      fieldRevs[path] = ir;
    } else if (localSawIncoming && !incomingSawLocal) {
      fieldRevs[path] = lr;
    } else {
      if (lr) fieldRevs[path] = lr;
      if (ir) setAside[path] = ir;
      conflicts.push({
        path,
        local: l[path],
        incoming: i[path],
        localRev: lr,
        incomingRev: ir,
        localBy: localRev.changedBy,
        localAt: localRev.changedAt,
        incomingBy: incomingRev.changedBy,
        incomingAt: incomingRev.changedAt,
      });
    }
  }
  const merged = `${Math.max(generation(localRev.rev), generation(incomingRev.rev)) + 1}-${token}`;
  const ancestors = [...new Set([...localRev.revs, ...incomingRev.revs])].sort((a, b) => generation(b) - generation(a));
  row.revision = {
    rev: merged,
    revs: [merged, ...ancestors].slice(0, MAX_ANCESTORS),
    changedAt: at,
    changedBy: by,
    fieldRevs,
  };
  // Conflicts still waiting on either side stay waiting while the value they kept stands.
  const waiting = { ...stillSetAside(localRev.setAside, (p) => fieldRevs[p] === localRev.fieldRevs[p]), ...stillSetAside(incomingRev.setAside, (p) => fieldRevs[p] === incomingRev.fieldRevs[p]), ...setAside };
  if (Object.keys(waiting).length) row.revision.setAside = waiting;
  return { kind: 'merged', row, conflicts };
}

/**
 * The fields where a newer version came from a merge that set this device's own value aside: the
 * device takes the merge (so every device shows the same value) and lists both values for a person.
 */
function setAsideHere(local: object, localRev: Revision, incoming: object, incomingRev: Revision): FieldConflict[] {
  const l = fieldPaths(local);
  const i = fieldPaths(incoming);
  return Object.entries(incomingRev.setAside ?? {})
    .filter(([path, rev]) => localRev.fieldRevs[path] === rev && !sameValue(l[path], i[path]))
    .map(([path, rev]) => ({
      path,
      local: l[path],
      incoming: i[path],
      localRev: rev,
      incomingRev: incomingRev.fieldRevs[path] ?? '',
      localBy: localRev.changedBy,
      localAt: localRev.changedAt,
      incomingBy: incomingRev.changedBy,
      incomingAt: incomingRev.changedAt,
    }));
}
