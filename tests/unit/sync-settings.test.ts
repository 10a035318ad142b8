import { describe, expect, it } from 'vitest';
import type { SyncSettings } from '../../src/domain/sync/settings';
import { checkSyncSettings, checkTeamJoin } from '../../src/domain/sync/settings-checks';
import { syncStatusShort, syncStatusText } from '../../src/domain/sync/status';

const origin = 'https://fostering.example.gov.uk';
const good: SyncSettings = { on: true, address: `${origin}/couchdb`, database: 'fostering-team', username: 'jo.worker', password: 'made-up' };

describe('sync settings', () => {
  it('accepts the server under the app’s own address', () => {
    expect(checkSyncSettings(good, origin)).toEqual({});
  });

  it('refuses an address without https, except on this computer', () => {
    expect(checkSyncSettings({ ...good, address: 'http://fostering.example.gov.uk/couchdb' }, 'http://fostering.example.gov.uk').address).toMatch(/https/);
    expect(checkSyncSettings({ ...good, address: 'http://localhost:5984/couchdb' }, 'http://localhost:5984')).toEqual({});
  });

  it('refuses a server elsewhere, which the browser would refuse, naming the address to use', () => {
    expect(checkSyncSettings({ ...good, address: 'https://couch.example.org' }, origin).address).toBe(
      `The server must be served from this app's own address, ${origin}, for example ${origin}/couchdb`,
    );
  });

  it('asks for every field and for a database name CouchDB allows', () => {
    expect(checkSyncSettings({ on: true, address: '', database: '', username: ' ', password: '' }, origin)).toEqual({
      address: "Enter the server's address",
      database: "Enter the team database's name",
      username: 'Enter your sync username',
      password: 'Enter your sync password',
    });
    expect(checkSyncSettings({ ...good, database: 'Fostering Team' }, origin).database).toMatch(/lower-case letter/);
    expect(checkSyncSettings({ ...good, address: 'not an address' }, origin).address).toMatch(/https:\/\//);
  });
});

describe('sync status in the header', () => {
  const now = new Date('2026-11-30T10:00:00.000Z');
  it('says when it last synced', () => {
    expect(syncStatusText({ online: true, lastSyncedAt: '2026-11-30T09:58:00.000Z', waiting: 0, conflicts: 0 }, now)).toBe('Synced 2 minutes ago');
    expect(syncStatusText({ online: true, lastSyncedAt: '2026-11-30T09:59:30.000Z', waiting: 0, conflicts: 0 }, now)).toBe('Synced just now');
    expect(syncStatusText({ online: true, waiting: 0, conflicts: 0 }, now)).toBe('Not synced yet');
  });
  it('counts what waits while offline, and conflicts come first', () => {
    expect(syncStatusText({ online: false, waiting: 14, conflicts: 0 }, now)).toBe('Offline: 14 changes waiting');
    expect(syncStatusText({ online: false, waiting: 1, conflicts: 3 }, now)).toBe('3 conflicts to settle');
    expect(syncStatusText({ online: true, waiting: 2, conflicts: 0, failure: 'The server could not be reached' }, now)).toBe('Not synced: The server could not be reached; 2 changes waiting');
  });
  it('on a phone, says the same in a word or two', () => {
    expect(syncStatusShort({ online: true, lastSyncedAt: '2026-11-30T09:58:00.000Z', waiting: 0, conflicts: 0 }, now)).toBe('Synced');
    expect(syncStatusShort({ online: false, waiting: 14, conflicts: 0 }, now)).toBe('Offline · 14');
    expect(syncStatusShort({ online: true, waiting: 0, conflicts: 3 }, now)).toBe('3 conflicts');
    expect(syncStatusShort({ online: true, waiting: 2, conflicts: 0, failure: 'The server could not be reached' }, now)).toBe('Not synced');
    expect(syncStatusShort({ online: true, waiting: 0, conflicts: 0 }, now)).toBe('Not synced');
  });
});

describe('joining the team key', () => {
  it('asks for a long team passphrase and the person’s passcode', () => {
    expect(checkTeamJoin('', '')).toEqual({ passphrase: "Enter your team's passphrase", passcode: 'Enter your passcode for this device' });
    expect(checkTeamJoin('short one', 'blue kettle on').passphrase).toMatch(/12 characters or more/);
    expect(checkTeamJoin('lantern orchard seventeen', 'blue kettle on')).toEqual({});
  });
});
