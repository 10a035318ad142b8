/** What a restore will do to this device, table by table, in words the team can check before saying yes. */

export interface TableChange {
  table: string;
  adds: number;
  replaces: number;
  removes: number;
}

/** Compares the backup's keys with the device's, table by table, in the backup's table order. */
export function compareKeys(backup: Record<string, readonly unknown[]>, device: Record<string, readonly unknown[]>): TableChange[] {
  const tables = [...new Set([...Object.keys(backup), ...Object.keys(device)])];
  return tables.map((table) => {
    const incoming = new Set(backup[table] ?? []);
    const present = device[table] ?? [];
    const replaces = present.filter((k) => incoming.has(k)).length;
    return { table, adds: incoming.size - replaces, replaces, removes: present.length - replaces };
  });
}

const NOUNS: Record<string, [string, string]> = {
  households: ['household', 'households'],
  people: ['person', 'people'],
  checks: ['check', 'checks'],
  notes: ['note', 'notes'],
  events: ['timeline entry', 'timeline entries'],
};

function noun(table: string, n: number): string {
  const [one, many] = NOUNS[table] ?? [`${table} record`, `${table} records`];
  return n === 1 ? one : many;
}

function amount(n: number): string {
  return n === 0 ? 'none' : n.toLocaleString('en-GB');
}

/** "adds 12 households, replaces 3, removes none" */
export function describeChange(change: TableChange): string {
  const first = change.adds === 0 ? `adds no ${noun(change.table, 2)}` : `adds ${amount(change.adds)} ${noun(change.table, change.adds)}`;
  return `${first}, replaces ${amount(change.replaces)}, removes ${amount(change.removes)}`;
}

/** Every record the restore leaves on the device and every one it removes, over all tables. */
export function totals(changes: readonly TableChange[]): { kept: number; removed: number } {
  return changes.reduce((t, c) => ({ kept: t.kept + c.adds + c.replaces, removed: t.removed + c.removes }), { kept: 0, removed: 0 });
}
