import { fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setFirstPasscode } from '../../src/data/crypto/vault';
import { settingsRepo } from '../../src/data/repositories/settings';
import { teamDatabase } from '../../src/data/sync/server';
import { joinTeam } from '../../src/data/sync/team-key';
import { currentUser } from '../../src/ui/current-user';
import { loadVaultState } from '../../src/ui/lock/lock-state';
import { renderSettingsPage } from './settings-page';
import { startCouchServer, SYNC_PASSWORD, SYNC_USER, TEAM_DATABASE, type CouchServer } from '../support/couch-server';

/** Made up: the person's passcode and the team's passphrases, old and new. */
const PASSCODE = 'blue kettle on';
const PASSPHRASE = 'lantern orchard seventeen';
const NEW_PASSPHRASE = 'copper heron at midnight';

let server: CouchServer;

beforeEach(async () => {
  currentUser.value = { id: 'staff-test-1', name: 'Testy McWorker', active: 1 };
  server = await startCouchServer();
  const settings = { on: true, address: server.address, database: TEAM_DATABASE, username: SYNC_USER, password: SYNC_PASSWORD };
  await setFirstPasscode('staff-test-1', PASSCODE);
  expect(await joinTeam(teamDatabase(settings), 'staff-test-1', PASSCODE, PASSPHRASE)).toMatchObject({ ok: true });
  await settingsRepo.saveSyncSettings(settings, 'Testy McWorker');
  await loadVaultState();
});
afterEach(() => server.close());

const form = async () => within(await screen.findByRole('form', { name: 'Change the team passphrase' }, { timeout: 10_000 }));

describe('Settings: changing the team passphrase', () => {
  it('says what is wrong beside each field and at the top, and keeps what was typed', async () => {
    await renderSettingsPage();
    const change = await form();
    fireEvent.input(change.getByLabelText('New team passphrase'), { target: { value: NEW_PASSPHRASE } });
    fireEvent.input(change.getByLabelText('Type the new passphrase again'), { target: { value: 'copper heron at noon' } });
    fireEvent.click(change.getByRole('button', { name: 'Change the team passphrase' }));

    const summary = within(await screen.findByRole('alert', { name: /There is a problem/ }));
    expect(summary.getByRole('link', { name: /The two passphrases are not the same/ })).toBeTruthy();
    expect(summary.getByRole('link', { name: /Enter your passcode for this device/ })).toBeTruthy();
    expect(change.getByText(/The two passphrases are not the same/)).toBeTruthy();
    expect((change.getByLabelText('New team passphrase') as HTMLInputElement).value).toBe(NEW_PASSPHRASE);
  });

  it('changes it with the person’s passcode and says each other device will ask for the new one', async () => {
    await renderSettingsPage();
    const change = await form();
    fireEvent.input(change.getByLabelText('New team passphrase'), { target: { value: NEW_PASSPHRASE } });
    fireEvent.input(change.getByLabelText('Type the new passphrase again'), { target: { value: NEW_PASSPHRASE } });
    fireEvent.input(change.getByLabelText('Your passcode for this device'), { target: { value: 'not my passcode' } });
    fireEvent.click(change.getByRole('button', { name: 'Change the team passphrase' }));
    expect(await change.findByText('That is not your passcode for this device', {}, { timeout: 30_000 })).toBeTruthy();

    fireEvent.input(change.getByLabelText('Your passcode for this device'), { target: { value: PASSCODE } });
    fireEvent.click(change.getByRole('button', { name: 'Change the team passphrase' }));
    expect(await change.findByText('Team passphrase changed. Each other device will ask for the new one at its next sync.', {}, { timeout: 30_000 })).toBeTruthy();
    expect((change.getByLabelText('New team passphrase') as HTMLInputElement).value).toBe('');
    // The server's team key names a new passphrase, so each other device asks for it.
    const doc = await server.database().get('fostering-team-key');
    expect(typeof doc.passphraseId).toBe('string');
  }, 60_000);
});
