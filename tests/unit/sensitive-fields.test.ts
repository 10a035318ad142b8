import { describe, expect, it } from 'vitest';
import { SCHEMA } from '../../src/data/schema';
import { blindFields, declaredTables, SENSITIVE_FIELDS, sealedPaths, type FieldKind } from '../../src/data/crypto/sensitive-fields';

const latest = SCHEMA[SCHEMA.length - 1]!.stores;

/** The field paths a Dexie store spec indexes: "&reference", "*searchKeys" and each part of "[a+b]". */
function indexedPaths(spec: string): string[] {
  return spec
    .split(',')
    .map((s) => s.trim().replace(/^(\+\+|&|\*)/, ''))
    .flatMap((s) => (s.startsWith('[') ? s.slice(1, -1).split('+') : [s]));
}

/** The kind declared for a path; a whole object declared at once covers the paths within it. */
function kindOf(table: string, path: string): FieldKind | undefined {
  let at: unknown = (SENSITIVE_FIELDS as Record<string, unknown>)[table];
  for (const step of path.split('.')) {
    if (typeof at === 'string') return at as FieldKind;
    at = (at as Record<string, unknown> | undefined)?.[step];
  }
  return typeof at === 'string' ? (at as FieldKind) : undefined;
}

describe('the declaration of sensitive fields', () => {
  it('covers every table of the latest schema, and no table the schema lacks', () => {
    const missing = Object.keys(latest).filter((t) => !declaredTables().includes(t));
    expect(missing, 'tables with no sensitive-field declaration').toEqual([]);
    expect(declaredTables().filter((t) => !(t in latest))).toEqual([]);
  });

  it('never seals an indexed field: every index is on a clear field or on keyed hashes', () => {
    for (const [table, spec] of Object.entries(latest)) {
      for (const path of indexedPaths(spec)) {
        expect(kindOf(table, path), `${table}.${path}`).toBeDefined();
        expect(kindOf(table, path), `${table}.${path} is indexed`).not.toBe('sealed');
      }
    }
  });

  it('makes keyed hashes only of what is indexed', () => {
    for (const table of declaredTables()) {
      const indexed = indexedPaths(latest[table]!);
      for (const field of blindFields(table)) expect(indexed, `${table}.${field}`).toContain(field);
    }
  });

  it('hides every name, contact detail, note and draft a person types', () => {
    const sealed = (table: string) => sealedPaths(table);
    expect(sealed('people')).toEqual(expect.arrayContaining(['name', 'dateOfBirth', 'relationship']));
    expect(sealed('householdDetails')).toEqual(expect.arrayContaining(['email', 'phone', 'postcode', 'address', 'enquiryNotes', 'namedChild']));
    expect(sealed('households')).toEqual(expect.arrayContaining(['listNames', 'listPostcode', 'assessment.panel.chair', 'assessment.decision']));
    expect(blindFields('households')).toEqual(['searchKeys', 'nameKeys', 'duplicateKeys']);
    expect(sealed('notes')).toEqual(['text']);
    expect(sealed('events')).toEqual(['summary', 'changes']);
    expect(sealed('drafts')).toEqual(['value', 'base']);
    expect(sealed('checks')).toEqual(expect.arrayContaining(['outcome', 'concernNote']));
    expect(sealed('conflicts')).toEqual(['local', 'incoming']);
  });

  it('refuses a table it does not know', () => {
    expect(() => sealedPaths('unknownTable')).toThrow('No sensitive-field declaration for table unknownTable');
  });
});
