import { db } from '../db';

/** One household's whole record, table by table, as a subject access request hands it over. */
export interface SubjectAccessRecord {
  reference: string;
  /** When it was put together. */
  madeAt: string;
  /** Each table holding anything about the household, with its rows (fields the app keeps only for itself left out). */
  parts: { table: string; rows: Record<string, unknown>[] }[];
}

/**
 * What the app keeps for its own working, not about the person: search tokens, the list's copies
 * of names and of support dates, revisions, the audit chain's hashes and the household id repeated on every row.
 */
const INTERNAL = new Set(['revision', 'searchKeys', 'nameKeys', 'duplicateKeys', 'atRiskKeys', 'listNames', 'listPostcode', 'supportSummary', 'chain', 'chainSeq', 'chainPrev', 'chainHash', 'householdId', 'isDemo']);

/** Tables that say nothing a person asking would recognise as theirs: notes of removals kept for merges. */
const LEFT_OUT = new Set(['deletions']);

function readable(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).filter(([field, value]) => !INTERNAL.has(field) && value !== undefined));
}

/**
 * Everything recorded about one household, from every table that holds rows about a household,
 * read in one transaction so the parts agree. Undefined when there is no such household.
 */
export async function subjectAccessRecord(householdId: string, madeAt = new Date().toISOString()): Promise<SubjectAccessRecord | undefined> {
  const d = db();
  const tables = d.tables.filter((t) => !LEFT_OUT.has(t.name) && (t.schema.primKey.keyPath === 'householdId' || t.schema.idxByName.householdId));
  return d.transaction('r', [d.households, ...tables], async () => {
    const household = await d.households.get(householdId);
    if (!household) return undefined;
    const parts = [{ table: 'households', rows: [readable(household as unknown as Record<string, unknown>)] }];
    for (const table of tables) {
      const rows = table.schema.primKey.keyPath === 'householdId' ? [await table.get(householdId)].filter(Boolean) : await table.where('householdId').equals(householdId).toArray();
      if (rows.length) parts.push({ table: table.name, rows: rows.map((r) => readable(r as Record<string, unknown>)) });
    }
    return { reference: household.reference, madeAt, parts };
  });
}
