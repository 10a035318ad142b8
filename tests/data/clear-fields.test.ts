import { describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { loadDemoData } from '../../src/data/repositories/demo';
import { SENSITIVE_FIELDS, type FieldKind } from '../../src/data/crypto/sensitive-fields';
import { SECRETS, writeHousehold } from './vault-helpers';

type Declaration = { [field: string]: FieldKind | Declaration };

/** Every string under the fields of `row` that `declaration` gives `kind`, however deep. */
function textsOf(row: unknown, declaration: Declaration, kind: FieldKind, out: string[]): void {
  if (!row || typeof row !== 'object') return;
  for (const [field, declared] of Object.entries(declaration)) {
    const value = (row as Record<string, unknown>)[field];
    if (typeof declared === 'string') {
      if (declared === kind) strings(value, out);
    } else if (Array.isArray(value)) {
      for (const v of value) textsOf(v, declared, kind, out);
    } else {
      textsOf(value, declared, kind, out);
    }
  }
}

function strings(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) strings(v, out);
}

/** Typed personal text: a name, an email, a postcode or a note has a space or an @ in it. */
const personal = (text: string) => text.length >= 6 && /[\s@]/.test(text);

describe('clear fields', () => {
  it('hold no name, email, postcode or note of a realistic database, in any table', async () => {
    await loadDemoData('Jo Worker', '2026-11-20');
    await writeHousehold();
    const secrets = new Set<string>([...SECRETS.names, SECRETS.email, SECRETS.postcode, SECRETS.note, SECRETS.enquiryNote, SECRETS.draft]);
    const clear: { table: string; text: string }[] = [];
    for (const [table, declaration] of Object.entries(SENSITIVE_FIELDS)) {
      const rows = await db().table(table).toArray();
      for (const row of rows) {
        const sealed: string[] = [];
        textsOf(row, declaration as Declaration, 'sealed', sealed);
        for (const text of sealed.filter(personal)) secrets.add(text);
        const open: string[] = [];
        textsOf(row, declaration as Declaration, 'clear', open);
        clear.push(...open.map((text) => ({ table, text: text.toLowerCase() })));
      }
    }
    // The staff's own names stay clear by design (the lock screen lists them; each change says who made it).
    for (const s of await db().staff.toArray()) secrets.delete(s.name);
    // The demo's people, their details and notes are among what is looked for.
    expect(secrets.size).toBeGreaterThan(300);
    const leaks = clear.flatMap(({ table, text }) => [...secrets].filter((s) => text.includes(s.toLowerCase())).map((s) => `${table}: "${s}"`));
    expect([...new Set(leaks)]).toEqual([]);
  });
});
