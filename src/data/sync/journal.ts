/**
 * Which records were written since the last push, so a push reads and compares those, not every
 * table. Dexie reports each committed write's keys (in this tab and, through its broadcast, in the
 * app's other tabs); a write it reports only as a range (a table cleared, a restore), a journal too
 * long to be worth it, a new session (writes made while the app was closed were never heard) and a
 * push cut short all make the next push compare everything, as the first one did.
 */
import Dexie, { cmp } from 'dexie';
import { APPEND_ONLY, REVISED } from '../../domain/merge/tables';
import { db } from '../db';

const SHARED: ReadonlySet<string> = new Set<string>([...REVISED, ...APPEND_ONLY, 'deletions']);

/** Past this many keys a full comparison (a page at a time) costs about as little as reading each. */
const MOST = 5_000;

export type Written = { everything: true } | { everything: false; keys: Map<string, unknown[]> };

interface Journal {
  everything: boolean;
  keys: Map<string, unknown[]>;
  count: number;
}

/** One per database: a test's second device, like a second team's tablet, keeps its own. */
const journals = new Map<string, Journal>();
let listening = false;

const fresh = (): Journal => ({ everything: true, keys: new Map(), count: 0 });

interface Node {
  from: unknown;
  to: unknown;
  l?: Node | null;
  r?: Node | null;
}

/** The single keys in a reported set, or undefined if it names a range. */
function singleKeys(node: Node | null | undefined, out: unknown[]): unknown[] | undefined {
  if (!node || !('from' in node)) return out;
  if (cmp(node.from, node.to) !== 0) return undefined;
  out.push(node.from);
  return singleKeys(node.l, out) && singleKeys(node.r, out);
}

function heard(parts: Record<string, unknown>): void {
  for (const [part, set] of Object.entries(parts)) {
    // `idb://<database>/<table>/<index>`: the primary key's part ('' index) names every row written.
    const names = part.replace(/^idb:\/\//, '').split('/');
    const [table, index] = names.slice(-2);
    const journal = journals.get(names.slice(0, -2).join('/'));
    if (!journal || index !== '' || !SHARED.has(table!)) continue;
    const written = singleKeys(set as Node, []);
    if (!written || (journal.count += written.length) > MOST) journal.everything = true;
    else (journal.keys.get(table!) ?? journal.keys.set(table!, []).get(table!)!).push(...written);
  }
}

/**
 * What the next push must compare, emptying the journal; `giveBack` if that push did not finish.
 * The first call for a database starts its journal and answers "everything".
 */
export function takeWritten(): Written {
  if (!listening) Dexie.on('storagemutated', heard);
  listening = true;
  const name = db().name;
  const journal = journals.get(name) ?? fresh();
  journals.set(name, { everything: false, keys: new Map(), count: 0 });
  return journal.everything ? { everything: true } : { everything: false, keys: journal.keys };
}

/**
 * The keys written since the last push began, by table, without emptying the journal; undefined
 * when only a full comparison would tell (no push yet this session, a range written, too many).
 */
export function writtenSoFar(): ReadonlyMap<string, readonly unknown[]> | undefined {
  const journal = journals.get(db().name);
  return journal && !journal.everything ? journal.keys : undefined;
}

export function giveBack(): void {
  journals.set(db().name, fresh());
}
