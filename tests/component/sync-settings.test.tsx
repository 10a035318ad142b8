import { fireEvent, render, screen, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { setFirstPasscode } from '../../src/data/crypto/vault';
import { settingsRepo } from '../../src/data/repositories/settings';
import { PROBLEM_WORDS } from '../../src/data/sync/server';
import { currentUser } from '../../src/ui/current-user';
import { loadVaultState } from '../../src/ui/lock/lock-state';
import { renderSettingsPage } from './settings-page';
import SyncStatus from '../../src/ui/settings/SyncStatus';
import { followSyncSettings } from '../../src/ui/settings/sync-runner';

const section = async () => within(await screen.findByRole('region', { name: 'Sync with your service’s server' }));

/** Made up. */
const PASSCODE = 'blue kettle on';

beforeEach(() => {
  currentUser.value = { id: 'staff-test-1', name: 'Testy McWorker', active: 1 };
});

describe('Settings: sync on a device with no passcode', () => {
  it('asks for a passcode before anything else, sends the person to the one passcode form, and then offers the sync settings', async () => {
    await loadVaultState();
    await renderSettingsPage();
    const sync = await section();
    expect(await sync.findByText('Set a passcode for this device before switching sync on.')).toBeTruthy();
    expect(sync.queryByLabelText('Server address')).toBeNull();
    expect(sync.queryByLabelText('Your new passcode')).toBeNull();
    expect(sync.getByRole('link', { name: 'Set a passcode under “Passcodes on this device”' }).getAttribute('href')).toBe('#passcodes-heading');

    const passcodes = within(await screen.findByRole('region', { name: 'Passcodes on this device' }));
    fireEvent.input(await passcodes.findByLabelText('Your new passcode'), { target: { value: PASSCODE } });
    fireEvent.input(passcodes.getByLabelText('Type it again'), { target: { value: PASSCODE } });
    fireEvent.click(passcodes.getByRole('button', { name: 'Set a passcode' }));
    expect(await sync.findByLabelText('Server address', {}, { timeout: 10_000 })).toBeTruthy();
    expect(sync.getByLabelText('Your team’s passphrase')).toBeTruthy();
  });
});

describe('Settings: sync with the service’s server', () => {
  beforeEach(async () => {
    expect(await setFirstPasscode('staff-test-1', PASSCODE)).toEqual({ ok: true });
    await loadVaultState();
  });

  it('says what is missing beside each field and at the top, keeps what was typed and stays off', async () => {
    await renderSettingsPage();
    const sync = await section();
    fireEvent.input(await sync.findByLabelText('Server address'), { target: { value: 'https://couch.example.org' } });
    fireEvent.input(sync.getByLabelText('Team database name'), { target: { value: 'Fostering Team' } });
    fireEvent.click(sync.getByRole('button', { name: 'Save and switch sync on' }));

    const summary = within(await screen.findByRole('alert', { name: /There is a problem/ }));
    expect(summary.getByRole('link', { name: /Enter your sync username/ })).toBeTruthy();
    expect(summary.getByRole('link', { name: /Enter your team's passphrase/ })).toBeTruthy();
    expect(sync.getByText(/The server must be served from this app's own address/)).toBeTruthy();
    expect(sync.getByText(/A database name starts with a lower-case letter/)).toBeTruthy();
    expect((sync.getByLabelText('Team database name') as HTMLInputElement).value).toBe('Fostering Team');
    expect((await settingsRepo.syncSettings()).on).toBe(false);
  });

  it('does not switch on when the server cannot be reached, and says why', async () => {
    await renderSettingsPage();
    const sync = await section();
    // Nothing listens at the test page's own address.
    expect(((await sync.findByLabelText('Server address')) as HTMLInputElement).value).toBe(`${location.origin}/couchdb`);
    fireEvent.input(sync.getByLabelText('Team database name'), { target: { value: 'fostering-team' } });
    fireEvent.input(sync.getByLabelText('Your sync username'), { target: { value: 'sync-worker' } });
    fireEvent.input(sync.getByLabelText('Your sync password'), { target: { value: 'made-up-password' } });
    fireEvent.input(sync.getByLabelText('Your team’s passphrase'), { target: { value: 'lantern orchard seventeen' } });
    fireEvent.input(sync.getByLabelText('Your passcode for this device'), { target: { value: PASSCODE } });
    fireEvent.click(sync.getByRole('button', { name: 'Save and switch sync on' }));
    expect(await sync.findByText(PROBLEM_WORDS.unreachable)).toBeTruthy();
    expect(sync.getByText(/Sync is/).textContent).toBe('Sync is off on this device.');
    expect((await settingsRepo.syncSettings()).on).toBe(false);
  });
});

describe('the header’s sync status', () => {
  it('shows nothing while sync is off', async () => {
    const { container } = render(<SyncStatus />);
    await followSyncSettings();
    expect(container.textContent).toBe('');
  });

  it('says what stopped the last sync once sync is on', async () => {
    await setFirstPasscode('staff-test-1', PASSCODE);
    const settings = { on: true, address: `${location.origin}/couchdb`, database: 'fostering-team', username: 'sync-worker', password: 'made-up-password' };
    await settingsRepo.saveSyncSettings(settings, 'Testy McWorker');
    render(<SyncStatus />);
    expect(await within(await screen.findByRole('status', {}, { timeout: 5000 })).findByText(`Not synced: ${PROBLEM_WORDS.unreachable}`)).toBeTruthy();
    // Switched off again, the regular sync stops with it.
    await settingsRepo.saveSyncSettings({ ...settings, on: false }, 'Testy McWorker');
    await followSyncSettings();
  });
});
