import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { db, FosteringDb } from '../../src/data/db';
import { applyRestore, createBackup, readBackup } from '../../src/data/backup';
import { conflictsRepo } from '../../src/data/repositories/conflicts';
import { settingsRepo } from '../../src/data/repositories/settings';
import { pipelineRepo } from '../../src/data/repositories/pipeline';
import { lock, setFirstPasscode, unlock } from '../../src/data/crypto/vault';
import { syncFacts, syncNow } from '../../src/data/sync/sync';
import { PROBLEM_WORDS, teamDatabase, testConnection } from '../../src/data/sync/server';
import { onSharedSave } from '../../src/data/sync/saves';
import { changeTeamPassphrase, joinTeam, PassphraseChangedError, teamPassphraseChanged } from '../../src/data/sync/team-key';
import type { SyncSettings } from '../../src/domain/sync/settings';
import { startCouchServer, SYNC_PASSWORD, SYNC_USER, TEAM_DATABASE, type CouchServer } from '../support/couch-server';
import { addHousehold, edit, onOtherDevice, removeHousehold } from './merge-helpers';
import { asPerson } from '../../src/data/revisions';
import { carersRepo, carerTables } from '../../src/data/repositories/carers';
import { household } from '../unit/fixtures';
import { emptyAssessment, type Household, type HouseholdDetails, type Person } from '../../src/domain/household';
import { nextRevision, type Revised } from '../../src/domain/revision';
import { nameKeys } from '../../src/domain/search-keys';
import { rawDatabaseText, secretForms, SECRETS, writeHousehold } from './vault-helpers';

/** Made up: the team's shared passphrase, and each person's passcode on their own tablet. */
const PASSPHRASE = 'lantern orchard seventeen';
const PASSCODE = 'blue kettle on';

/** The device in use gets its first passcode and joins the team's key, as switching sync on asks. */
async function joinThisDevice(by: string): Promise<void> {
  expect(await setFirstPasscode(by, PASSCODE)).toEqual({ ok: true });
  expect(await joinTeam(teamDatabase(settings), by, PASSCODE, PASSPHRASE)).toMatchObject({ ok: true });
}

let server: CouchServer;
let settings: SyncSettings;

beforeEach(async () => {
  server = await startCouchServer();
  settings = { on: true, address: server.address, database: TEAM_DATABASE, username: SYNC_USER, password: SYNC_PASSWORD };
  await joinThisDevice('Jo Worker');
});
afterEach(() => server.close());

async function newDevice(): Promise<FosteringDb> {
  const other = new FosteringDb(`sync-device-${crypto.randomUUID()}`);
  await other.open();
  await onOtherDevice(other, () => joinThisDevice('Priya Worker'));
  return other;
}

/** The records' documents the server holds (the team key's document left out). */
async function serverDocs(): Promise<Record<string, unknown>[]> {
  const all = await server.database().allDocs({ include_docs: true });
  return all.rows.map((r) => r.doc!).filter((d) => d !== undefined && String(d._id).includes(':'));
}

describe('test connection', () => {
  it('says nothing is wrong when the team database answers', async () => {
    expect(await testConnection(settings)).toBeUndefined();
  });

  it('says the password is wrong', async () => {
    expect(await testConnection({ ...settings, password: 'not-the-password' })).toBe(PROBLEM_WORDS.wrongPassword);
  });

  it('says there is no such database', async () => {
    expect(await testConnection({ ...settings, database: 'no-such-team' })).toBe(PROBLEM_WORDS.noDatabase);
  });

  it('says the server could not be reached', async () => {
    const closed = await startCouchServer();
    await closed.close();
    expect(await testConnection({ ...settings, address: closed.address })).toBe(PROBLEM_WORDS.unreachable);
  });

  it('says something that is not CouchDB answered', async () => {
    const web = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<h1>Council intranet</h1>'));
    await new Promise<void>((resolve) => web.listen(0, '127.0.0.1', resolve));
    const { port } = web.address() as AddressInfo;
    try {
      expect(await testConnection({ ...settings, address: `http://127.0.0.1:${port}` })).toBe(PROBLEM_WORDS.notCouchDb);
    } finally {
      web.closeAllConnections();
      await new Promise((resolve) => web.close(resolve));
    }
  });
});

describe('sync', () => {
  it('sends a new enquiry to the server, as one document per record, and another device receives it whole', async () => {
    await addHousehold('h1', 'H-0001', ['Sam Samplewood'], 'AB1 2CD', 'Jo Worker');
    const sent = await syncNow(settings, 'Jo Worker');
    expect(sent).toMatchObject({ ok: true });
    const ids = (await serverDocs()).map((d) => d._id);
    expect(ids).toEqual(expect.arrayContaining(['households:h1', 'householdDetails:h1', 'people:h1-p0', 'events:h1-enquiry']));
    expect(ids.some((id) => String(id).startsWith('settings:currentStaffId'))).toBe(false);

    const here = await db().households.get('h1');
    const tabletB = await newDevice();
    const received = await onOtherDevice(tabletB, () => syncNow(settings, 'Priya Worker'));
    expect(received).toMatchObject({ ok: true, conflicts: 0 });
    const there = await onOtherDevice(tabletB, () => db().households.get('h1'));
    expect(there?.reference).toBe('H-0001');
    expect(there?.revision?.rev).toBe(here?.revision?.rev);
    expect(await onOtherDevice(tabletB, () => db().people.get('h1-p0'))).toMatchObject({ name: 'Sam Samplewood' });
    expect(await onOtherDevice(tabletB, () => db().events.get('h1-enquiry'))).toBeDefined();
  });

  it('sends nothing twice, and a second sync with nothing new changes nothing', async () => {
    await addHousehold('h1', 'H-0001', ['Sam Samplewood'], 'AB1 2CD');
    const first = await syncNow(settings, 'Jo Worker');
    const second = await syncNow(settings, 'Jo Worker');
    expect(first.ok && first.sent).toBeGreaterThan(0);
    expect(second).toMatchObject({ ok: true, sent: 0, conflicts: 0 });
  });

  it('after its first sync, sends only what was written since and fetches nothing it holds: nothing asked when nothing changed, one record when one did', async () => {
    await addHousehold('h1', 'H-0001', ['Sam Samplewood'], 'AB1 2CD');
    await addHousehold('h2', 'H-0002', ['Alex Testfield'], 'ZZ9 9ZZ');
    await syncNow(settings, 'Jo Worker');
    // Its own records coming back in the change feed are not fetched again either (`_bulk_get`).
    const asked = () => server.requests.filter((r) => /\/_(revs_diff|bulk_docs|bulk_get)$/.test(r)).length;

    const before = asked();
    expect(await syncNow(settings, 'Jo Worker')).toMatchObject({ ok: true, sent: 0 });
    expect(asked()).toBe(before);

    await edit('householdDetails', 'h2', { postcode: 'ZZ9 8YY' }, 'Jo Worker');
    const watched = server.requests.length;
    expect(await syncNow(settings, 'Jo Worker')).toMatchObject({ ok: true, sent: 1 });
    expect(server.requests.slice(watched).filter((r) => r.endsWith('/_revs_diff'))).toHaveLength(1);
  });

  it('carries a change one device made to the other, and a removal too', async () => {
    await addHousehold('h1', 'H-0001', ['Sam Samplewood'], 'AB1 2CD');
    await addHousehold('h2', 'H-0002', ['Alex Testfield'], 'ZZ9 9ZZ');
    await syncNow(settings, 'Jo Worker');
    const tabletB = await newDevice();
    await onOtherDevice(tabletB, () => syncNow(settings, 'Priya Worker'));
    await onOtherDevice(tabletB, async () => {
      await edit('households', 'h1', { stage: 'initialVisit' }, 'Priya Worker');
      await removeHousehold('h2', 'Priya Worker');
      expect((await syncFacts(settings)).waiting).toBeGreaterThan(0);
      await syncNow(settings, 'Priya Worker');
    });
    await syncNow(settings, 'Jo Worker');
    expect((await db().households.get('h1'))?.stage).toBe('initialVisit');
    expect(await db().households.get('h2')).toBeUndefined();
    expect(await db().people.get('h2-p0')).toBeUndefined();
  });

  it('lists the same field changed on both devices as one conflict, keeps both values, and settles to one value everywhere', async () => {
    await addHousehold('h1', 'H-0001', ['Sam Samplewood'], 'AB1 2CD');
    await syncNow(settings, 'Jo Worker');
    const tabletB = await newDevice();
    await onOtherDevice(tabletB, () => syncNow(settings, 'Priya Worker'));

    await edit('householdDetails', 'h1', { postcode: 'AB1 3EF' }, 'Jo Worker');
    await onOtherDevice(tabletB, () => edit('householdDetails', 'h1', { postcode: 'AB1 4GH' }, 'Priya Worker'));
    await syncNow(settings, 'Jo Worker');
    const found = await onOtherDevice(tabletB, () => syncNow(settings, 'Priya Worker'));
    expect(found).toMatchObject({ ok: true, conflicts: 1 });

    const open = await onOtherDevice(tabletB, () => conflictsRepo.open());
    expect(open.map((c) => [c.conflict.path, c.conflict.local, c.conflict.incoming, c.conflict.source])).toEqual([['postcode', 'AB1 4GH', 'AB1 3EF', "The team's server"]]);
    // Nothing guessed: this device keeps its value until a person chooses.
    expect((await onOtherDevice(tabletB, () => db().householdDetails.get('h1')))?.postcode).toBe('AB1 4GH');

    await onOtherDevice(tabletB, async () => {
      expect(await conflictsRepo.settle(open[0]!.conflict.id, 'incoming', 'Priya Worker')).toEqual({ ok: true });
      await syncNow(settings, 'Priya Worker');
    });
    await syncNow(settings, 'Jo Worker');
    expect((await db().householdDetails.get('h1'))?.postcode).toBe('AB1 3EF');
    expect((await onOtherDevice(tabletB, () => db().householdDetails.get('h1')))?.postcode).toBe('AB1 3EF');
    // Settled once: another round finds nothing more to settle on either device.
    await onOtherDevice(tabletB, () => syncNow(settings, 'Priya Worker'));
    await syncNow(settings, 'Jo Worker');
    expect(await onOtherDevice(tabletB, () => conflictsRepo.open())).toEqual([]);
    expect(await conflictsRepo.open()).toEqual([]);
  });

  it('lists the conflict on the device that synced first too: both values kept, one value shown everywhere, settled from either', async () => {
    await addHousehold('h1', 'H-0001', ['Sam Samplewood'], 'AB1 2CD');
    await syncNow(settings, 'Jo Worker');
    const tabletB = await newDevice();
    await onOtherDevice(tabletB, () => syncNow(settings, 'Priya Worker'));
    await edit('householdDetails', 'h1', { postcode: 'AB1 3EF' }, 'Jo Worker');
    await onOtherDevice(tabletB, () => edit('householdDetails', 'h1', { postcode: 'AB1 4GH' }, 'Priya Worker'));
    await syncNow(settings, 'Jo Worker');
    expect(await onOtherDevice(tabletB, () => syncNow(settings, 'Priya Worker'))).toMatchObject({ ok: true, conflicts: 1 });

    // This device synced first: its value is not taken over in silence; it lists both.
    expect(await syncNow(settings, 'Jo Worker')).toMatchObject({ ok: true, conflicts: 1 });
    const here = await conflictsRepo.open();
    expect(here.map((c) => [c.conflict.path, c.conflict.local, c.conflict.incoming])).toEqual([['postcode', 'AB1 3EF', 'AB1 4GH']]);
    expect((await db().householdDetails.get('h1'))?.postcode).toBe('AB1 4GH');

    // Keeping this device's value writes it, and the other device's listing closes when it arrives.
    expect(await conflictsRepo.settle(here[0]!.conflict.id, 'local', 'Jo Worker')).toEqual({ ok: true });
    expect((await db().householdDetails.get('h1'))?.postcode).toBe('AB1 3EF');
    await syncNow(settings, 'Jo Worker');
    await onOtherDevice(tabletB, () => syncNow(settings, 'Priya Worker'));
    expect((await onOtherDevice(tabletB, () => db().householdDetails.get('h1')))?.postcode).toBe('AB1 3EF');
    expect(await onOtherDevice(tabletB, () => conflictsRepo.open())).toEqual([]);
    await syncNow(settings, 'Jo Worker');
    expect(await conflictsRepo.open()).toEqual([]);
  });

  it('with a wrong password says so and changes nothing on either side', async () => {
    await addHousehold('h1', 'H-0001', ['Sam Samplewood'], 'AB1 2CD');
    const outcome = await syncNow({ ...settings, password: 'not-the-password' }, 'Jo Worker');
    expect(outcome).toEqual({ ok: false, message: PROBLEM_WORDS.wrongPassword });
    expect(await serverDocs()).toEqual([]);
    expect((await syncFacts(settings)).failure).toBe(PROBLEM_WORDS.wrongPassword);
    expect(await db().households.count()).toBe(1);
  });
});

/**
 * More households than one page of the change feed holds (four records each), written at once; sent
 * with their name keys not yet worked out, as a device may send a household before its people.
 */
async function addManyHouseholds(count: number, by = 'Jo Worker'): Promise<void> {
  const at = '2026-11-02T09:00:00.000Z';
  const stamp = <T extends Revised>(row: T, i: number): T => ({ ...row, revision: nextRevision(undefined, row, by, at, `many-${i}`) });
  const ids = Array.from({ length: count }, (_, i) => `many-${String(i).padStart(3, '0')}`);
  const households = ids.map((id, i) =>
    stamp<Household>({ id, reference: `M-${String(i + 1).padStart(4, '0')}`, kind: 'mainstream', stage: 'enquiry', state: 'active', enquiryOn: '2026-11-02', stageEnteredOn: '2026-11-02', lastMoveOn: '2026-11-02', assessment: emptyAssessment(), searchKeys: [], nameKeys: [], duplicateKeys: [], isDemo: 0, createdAt: at, updatedAt: at }, i),
  );
  const details = ids.map((householdId, i) => stamp<HouseholdDetails>({ householdId, postcode: 'AB1 2CD', howHeard: 'event', interests: ['shortTerm'] }, i));
  const people = ids.map((householdId, i) => stamp<Person>({ id: `${householdId}-p0`, householdId, role: 'applicant', name: `Robin Manyfold ${i}`, order: 0 }, i));
  await asPerson(
    by,
    db().tables,
    async () => {
      await db().households.bulkPut(households);
      await db().householdDetails.bulkPut(details);
      await db().people.bulkPut(people);
      await db().events.bulkPut(ids.map((householdId) => ({ id: `${householdId}-enquiry`, householdId, at, by, type: 'enquiry' as const, summary: 'Enquiry recorded', fields: [] })));
    },
    { keepRevisions: true },
  );
}

describe('a first full sync cut short', () => {
  it('keeps the pages it read, goes on from there at the next sync, and works every household out once it holds them all', async () => {
    await addManyHouseholds(260);
    expect(await syncNow(settings, 'Jo Worker')).toMatchObject({ ok: true });
    const tabletB = await newDevice();
    const records = () => Promise.all([db().households.count(), db().householdDetails.count(), db().people.count(), db().events.count()]).then((n) => n.reduce((a, b) => a + b, 0));

    // The signal goes after the first page: the change feed's next page never answers.
    server.cutWhen = (url) => url.includes('/_changes') && !url.includes('since=0');
    expect(await onOtherDevice(tabletB, () => syncNow(settings, 'Priya Worker'))).toEqual({ ok: false, message: PROBLEM_WORDS.unreachable });
    const kept = await onOtherDevice(tabletB, records);
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(260 * 4);

    server.cutWhen = undefined;
    const resumed = await onOtherDevice(tabletB, () => syncNow(settings, 'Priya Worker'));
    // Only what the first try did not keep is read again.
    expect(resumed).toMatchObject({ ok: true, conflicts: 0 });
    expect(resumed.ok && resumed.received).toBeLessThanOrEqual(260 * 4 - kept);
    expect(await onOtherDevice(tabletB, records)).toBe(260 * 4);
    const household = await onOtherDevice(tabletB, () => db().households.get('many-007'));
    expect(household?.nameKeys).toEqual(nameKeys(['Robin Manyfold 7']));
    // Over a thousand records through two devices: longer than a data test's usual allowance on a busy machine.
  }, 120_000);
});

describe('carer households', () => {
  it('carry a visit logged on one tablet into the other tablet’s carer list, with the household’s names', async () => {
    const h = household({ id: 'hh-sync1', reference: 'H-0301', stage: 'approved', stageEnteredOn: '2026-03-15' }, { decision: { decidedOn: '2026-03-15', outcome: 'approve' } } as never);
    await asPerson('Jo Worker', db().tables, async () => {
      await db().households.add(h);
      await db().people.add({ id: 'psync1', householdId: h.id, role: 'applicant', name: 'Sky Syncfield', order: 0 } as never);
      await carersRepo.enrolApproved(h, 'Jo Worker');
    });
    await syncNow(settings, 'Jo Worker');
    const tabletB = await newDevice();
    await onOtherDevice(tabletB, () => syncNow(settings, 'Priya Worker'));
    const rowThere = async () => (await onOtherDevice(tabletB, () => carersRepo.list('2027-03-20'))).rows.find((r) => r.carer.householdId === h.id);
    expect(await rowThere()).toMatchObject({ names: 'Sky Syncfield', standing: { lastContactOn: '2026-03-15' } });

    await asPerson('Jo Worker', carerTables(), () => carersRepo.logVisit(h.id, { on: '2027-03-02', kind: 'unannounced', note: '' }, 'Jo Worker'));
    await syncNow(settings, 'Jo Worker');
    await onOtherDevice(tabletB, () => syncNow(settings, 'Priya Worker'));
    expect(await rowThere()).toMatchObject({ names: 'Sky Syncfield', standing: { lastContactOn: '2027-03-02' } });
  });
});

describe('end-to-end encryption', () => {
  it('leaves the server no name, email, postcode, address or note in clear, and another device reads them all', async () => {
    const id = await writeHousehold('Jo Worker');
    expect(await syncNow(settings, 'Jo Worker')).toMatchObject({ ok: true });
    const all = await server.database().allDocs({ include_docs: true });
    const stored = JSON.stringify(all.rows.map((r) => r.doc)).toLowerCase();
    expect(all.rows.length).toBeGreaterThan(5);
    for (const secret of secretForms()) expect(stored).not.toContain(secret);

    const tabletB = await newDevice();
    expect(await onOtherDevice(tabletB, () => syncNow(settings, 'Priya Worker'))).toMatchObject({ ok: true, conflicts: 0 });
    const people = await onOtherDevice(tabletB, () => db().people.where('householdId').equals(id).toArray());
    expect(people.map((p) => p.name).sort()).toEqual([...SECRETS.names].sort());
    expect((await onOtherDevice(tabletB, () => db().householdDetails.get(id)))?.email).toBe(SECRETS.email);
    expect((await onOtherDevice(tabletB, () => db().notes.where('householdId').equals(id).toArray())).map((n) => n.text)).toContain(SECRETS.note);
  });

  it('re-seals the records of a device that joins with its own, so both devices read both sets and search finds them', async () => {
    await addHousehold('h1', 'H-0001', ['Sam Samplewood'], 'AB1 2CD');
    await syncNow(settings, 'Jo Worker');
    const tabletB = new FosteringDb(`sync-device-${crypto.randomUUID()}`);
    await tabletB.open();
    await onOtherDevice(tabletB, async () => {
      expect(await setFirstPasscode('Priya Worker', PASSCODE)).toEqual({ ok: true });
      await addHousehold('h2', 'H-0002', ['Alex Testfield'], 'ZZ9 9ZZ', 'Priya Worker');
      const progress: number[] = [];
      expect(await joinTeam(teamDatabase(settings), 'Priya Worker', PASSCODE, PASSPHRASE, (done) => progress.push(done))).toMatchObject({ ok: true, made: false });
      expect(progress.length).toBeGreaterThan(0);
      expect(await syncNow(settings, 'Priya Worker')).toMatchObject({ ok: true });
      // The team's key is this device's own now: its passcode opens it after a lock.
      lock();
      expect(await unlock('Priya Worker', PASSCODE)).toEqual({ ok: true });
      expect((await db().people.get('h2-p0'))?.name).toBe('Alex Testfield');
      expect((await db().people.get('h1-p0'))?.name).toBe('Sam Samplewood');
      expect((await pipelineRepo.search({ term: 'samplewood' }, '2026-11-20')).rows).toHaveLength(1);
    });
    await syncNow(settings, 'Jo Worker');
    expect((await db().people.get('h2-p0'))?.name).toBe('Alex Testfield');
    expect((await db().householdDetails.get('h2'))?.postcode).toBe('ZZ9 9ZZ');
    // The same key makes the same search hashes: a name typed on this device finds the other's household.
    expect((await pipelineRepo.search({ term: 'testfield' }, '2026-11-20')).rows).toHaveLength(1);
  });

  it('refuses a wrong team passphrase and leaves the joining device as it was', async () => {
    const tabletB = new FosteringDb(`sync-device-${crypto.randomUUID()}`);
    await tabletB.open();
    await onOtherDevice(tabletB, async () => {
      await setFirstPasscode('Priya Worker', PASSCODE);
      await addHousehold('h2', 'H-0002', ['Alex Testfield'], 'ZZ9 9ZZ', 'Priya Worker');
      expect(await joinTeam(teamDatabase(settings), 'Priya Worker', PASSCODE, 'not the team passphrase')).toEqual({ ok: false, reason: 'wrongPassphrase' });
      expect(await syncNow(settings, 'Priya Worker')).toMatchObject({ ok: false });
      lock();
      expect(await unlock('Priya Worker', PASSCODE)).toEqual({ ok: true });
      expect((await db().people.get('h2-p0'))?.name).toBe('Alex Testfield');
    });
    expect(await serverDocs()).toEqual([]);
  });
});

describe('changing the team passphrase', () => {
  const NEW_PASSPHRASE = 'copper heron at midnight';

  it('re-wraps the key under the new passphrase, seals no record again, and asks each other device for the new one at its next sync', async () => {
    await addHousehold('h1', 'H-0001', ['Sam Samplewood'], 'AB1 2CD');
    const tabletB = await newDevice();
    await syncNow(settings, 'Jo Worker');
    expect(await onOtherDevice(tabletB, () => syncNow(settings, 'Priya Worker'))).toMatchObject({ ok: true });
    const before = await serverDocs();

    expect(await changeTeamPassphrase(teamDatabase(settings), 'Jo Worker', PASSCODE, NEW_PASSPHRASE, 1_000)).toEqual({ ok: true });
    // The same records, sealed as they were: only the team key's own document changed.
    expect(await serverDocs()).toEqual(before);
    expect(await syncNow(settings, 'Jo Worker')).toMatchObject({ ok: true });

    await onOtherDevice(tabletB, async () => {
      expect(await syncNow(settings, 'Priya Worker')).toEqual({ ok: false, message: new PassphraseChangedError().message });
      expect(await teamPassphraseChanged()).toBe(true);
      expect(await joinTeam(teamDatabase(settings), 'Priya Worker', PASSCODE, PASSPHRASE)).toEqual({ ok: false, reason: 'wrongPassphrase' });
      expect(await joinTeam(teamDatabase(settings), 'Priya Worker', PASSCODE, NEW_PASSPHRASE)).toEqual({ ok: true, made: false, removedPasscodes: [] });
      expect(await teamPassphraseChanged()).toBe(false);
      expect(await syncNow(settings, 'Priya Worker')).toMatchObject({ ok: true });
      expect((await db().people.get('h1-p0'))?.name).toBe('Sam Samplewood');
    });

    // A device joining now needs the new passphrase; the old one no longer opens the key.
    const tabletC = new FosteringDb(`sync-device-${crypto.randomUUID()}`);
    await tabletC.open();
    await onOtherDevice(tabletC, async () => {
      expect(await setFirstPasscode('Ali Worker', PASSCODE)).toEqual({ ok: true });
      expect(await joinTeam(teamDatabase(settings), 'Ali Worker', PASSCODE, PASSPHRASE)).toEqual({ ok: false, reason: 'wrongPassphrase' });
      expect(await joinTeam(teamDatabase(settings), 'Ali Worker', PASSCODE, NEW_PASSPHRASE)).toMatchObject({ ok: true });
      expect(await syncNow(settings, 'Ali Worker')).toMatchObject({ ok: true });
      expect((await db().people.get('h1-p0'))?.name).toBe('Sam Samplewood');
    });
  });

  it('refuses a wrong passcode and leaves the passphrase as it was', async () => {
    expect(await changeTeamPassphrase(teamDatabase(settings), 'Jo Worker', 'not my passcode', NEW_PASSPHRASE, 1_000)).toEqual({ ok: false, reason: 'wrongPasscode' });
    expect(await syncNow(settings, 'Jo Worker')).toMatchObject({ ok: true });
    const tabletB = await newDevice();
    expect(await onOtherDevice(tabletB, () => syncNow(settings, 'Priya Worker'))).toMatchObject({ ok: true });
  });
});

describe('the sync password', () => {
  it('is kept sealed, never as typed, and a backup neither carries nor replaces the sync settings', async () => {
    await settingsRepo.saveSyncSettings(settings, 'Jo Worker');
    expect(await rawDatabaseText()).not.toContain(SYNC_PASSWORD.toLowerCase());
    expect(await settingsRepo.syncSettings()).toEqual(settings);

    const file = await createBackup({ by: 'Jo Worker', appVersion: 'test' });
    const later = { ...settings, username: 'another-sync-worker', password: 'another-made-up-password' };
    await settingsRepo.saveSyncSettings(later, 'Jo Worker');
    const read = await readBackup(file.blob, {});
    if (!read.ok) throw new Error(read.problem.message);
    await applyRestore(read.value, 'Jo Worker');
    expect(await settingsRepo.syncSettings()).toEqual(later);
  });
});

describe('a save starts a sync', () => {
  it('is heard for a record that travels, and not for the sync writing its own state', async () => {
    let heard = 0;
    const stop = onSharedSave(() => heard++);
    try {
      await syncNow(settings, 'Jo Worker');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(heard).toBe(0);
      await addHousehold('h1', 'H-0001', ['Sam Samplewood'], 'AB1 2CD');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(heard).toBeGreaterThan(0);
    } finally {
      stop();
    }
  });
});
