import { beforeEach, describe, expect, it } from 'vitest';
import { applyRestore, createBackup, readBackup } from '../../src/data/backup';
import { CURRENT_VERSION } from '../../src/data/schema';
import { MAX_BACKUP_BYTES } from '../../src/domain/backup/format';
import { seed, snapshot, type Rows } from './fixtures/backup-data';
import { bytesOf, forgeBackup, smallService, withByte } from './fixtures/backup-files';

const PASSPHRASE = 'a long made-up passphrase';

interface Broken {
  name: string;
  file: () => Promise<Blob> | Blob;
  passphrase?: string;
  field?: 'file' | 'passphrase';
  message: RegExp;
}

const DAMAGED = /damaged/;
const UNSOUND = /records are not sound/;

let plain: Uint8Array<ArrayBuffer>;
let sealed: Uint8Array<ArrayBuffer>;
let before: Rows;

beforeEach(async () => {
  await seed(smallService());
  plain = await bytesOf((await createBackup({ by: 'Sam Example', appVersion: 'test' })).blob);
  sealed = await bytesOf((await createBackup({ by: 'Sam Example', appVersion: 'test', passphrase: PASSPHRASE })).blob);
  before = await snapshot();
});

const lineEnd = () => plain.indexOf(0x0a);
const envelope = () => JSON.parse(new TextDecoder().decode(plain.subarray(0, lineEnd()))) as Record<string, unknown>;
const withEnvelope = (change: (e: Record<string, unknown>) => void) => {
  const e = envelope();
  change(e);
  return new Blob([JSON.stringify(e), plain.subarray(lineEnd())]);
};
const edited = (change: (rows: Rows) => void) => {
  const rows = smallService();
  change(rows);
  return forgeBackup(rows);
};

const corpus: Broken[] = [
  { name: 'an empty file', file: () => new Blob([]), message: /empty/ },
  { name: 'a file cut in half', file: () => new Blob([plain.subarray(0, plain.length / 2)]), message: DAMAGED },
  { name: 'a file missing its last byte', file: () => new Blob([plain.subarray(0, plain.length - 1)]), message: DAMAGED },
  { name: 'a file cut inside its first line', file: () => new Blob([plain.subarray(0, 40)]), message: /not a backup/ },
  { name: 'one byte of a record flipped', file: () => withByte(plain, plain.length - 20, (b) => b ^ 0x01), message: DAMAGED },
  { name: 'one byte of the header flipped', file: () => withEnvelope((e) => ((e.header as { deviceName: string }).deviceName = 'Another tablet')), message: DAMAGED },
  { name: 'a wrong checksum', file: () => withEnvelope((e) => (e.sha256 = '0'.repeat(64))), message: DAMAGED },
  { name: 'a checksum that is not one', file: () => withEnvelope((e) => (e.sha256 = 'not a checksum')), message: DAMAGED },
  { name: 'an encrypted file and the wrong passphrase', file: () => new Blob([sealed]), passphrase: 'not the passphrase at all', field: 'passphrase', message: /passphrase is not the one/ },
  { name: 'an encrypted file and no passphrase', file: () => new Blob([sealed]), field: 'passphrase', message: /Enter the passphrase/ },
  { name: 'an encrypted file with one byte flipped', file: () => withByte(sealed, sealed.length - 30, (b) => b ^ 0x80), passphrase: PASSPHRASE, message: DAMAGED },
  { name: 'a household stage of the wrong type', file: () => edited((r) => (r.households![0]!.stage = 7)), message: /household 1 has a missing or wrong stage/ },
  { name: 'a household with no reference', file: () => edited((r) => delete r.households![0]!.reference), message: /household 1 has a missing or wrong reference/ },
  { name: 'a person with no id', file: () => edited((r) => delete r.people![0]!.id), message: /person 1 has no id/ },
  { name: 'a record that is not an object', file: () => forgeBackup({ ...smallService(), notes: [[1, 2]] as never }), message: DAMAGED },
  { name: 'a check for a household that is not there', file: () => edited((r) => (r.checks![0]!.householdId = 'hh-gone')), message: /check 1 belongs to a household that is not in the backup/ },
  { name: 'household details for a household that is not there', file: () => edited((r) => (r.householdDetails![0]!.householdId = 'hh-gone')), message: UNSOUND },
  { name: 'two people with the same id', file: () => edited((r) => r.people!.push({ ...r.people![0]! })), message: /two people records have the same id/ },
  { name: 'two households with the same reference', file: () => edited((r) => r.households!.push({ ...r.households![0]!, id: 'hh-2' })), message: /same reference/ },
  { name: 'a table this app does not know', file: () => forgeBackup({ ...smallService(), spells: [{ id: 'x' }] }), message: /does not know/ },
  { name: 'counts in the header that do not match the rows', file: () => forgeBackup(smallService(), { header: { counts: { ...Object.fromEntries(Object.entries(smallService()).map(([t, r]) => [t, r.length])), people: 5 } } }), message: DAMAGED },
  { name: 'a line after the last table', file: () => forgeBackup(smallService(), { extraLines: ['{"table":"people","rows":1}'] }), message: DAMAGED },
  { name: 'a future file format', file: () => forgeBackup(smallService(), { formatVersion: 2 }), message: /newer version of the app/ },
  { name: 'a future schema version', file: () => forgeBackup(smallService(), { header: { schemaVersion: CURRENT_VERSION + 1 } }), message: /database version \d+; this app knows up to/ },
  { name: 'a schema version the app never had', file: () => forgeBackup(smallService(), { header: { schemaVersion: 0 } }), message: DAMAGED },
  { name: 'an old schema version with a table it did not have', file: () => forgeBackup({ ...smallService(), localResources: [] }, { header: { schemaVersion: 1 } }), message: /did not have/ },
  {
    name: 'an older backup with a record that has no key',
    file: () => {
      const rows = smallService();
      delete rows.people![0]!.id;
      return forgeBackup(rows, { header: { schemaVersion: 1 } });
    },
    message: /records are not sound: some lack a key/,
  },
  { name: 'a text file', file: () => new Blob(['Dear team,\nhere are the households.\n']), message: /not a backup/ },
  { name: 'the library’s service pack (JSON, but not a backup)', file: () => new Blob(['{"kind":"fostering-service-pack","resources":[]}\n']), message: /not a backup/ },
  { name: 'a PNG image', file: () => new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])]), message: /not a backup/ },
  { name: '60 MB of zeros', file: () => new Blob([new Uint8Array(60_000_000)]), message: /not a backup/ },
  {
    name: 'a file over 200 MB, refused by its size without being read',
    file: () =>
      ({
        size: MAX_BACKUP_BYTES + 1,
        slice: () => {
          throw new Error('a file over the limit must not be read');
        },
      }) as unknown as Blob,
    message: /at most 200 MB/,
  },
];

describe('a broken backup file', () => {
  it('has a corpus of at least 20 cases', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(20);
  });

  it.each(corpus)('is refused with a clear message and nothing changed: $name', async ({ file, passphrase, field = 'file', message }) => {
    const result = await readBackup(await file(), { passphrase });
    if (result.ok) await applyRestore(result.value, 'Ria Madeup');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.field).toBe(field);
    expect(result.problem.message).toMatch(message);
    expect(await snapshot()).toEqual(before);
  });
});
