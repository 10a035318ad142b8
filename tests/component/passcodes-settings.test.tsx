import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { lock, setFirstPasscode, vaultState as storedVaultState } from '../../src/data/crypto/vault';
import { db } from '../../src/data/db';
import { staffRepo } from '../../src/data/repositories/staff';
import { currentUser } from '../../src/ui/current-user';
import { loadVaultState, vaultState } from '../../src/ui/lock/lock-state';
import { renderSettingsPage } from './settings-page';

const section = () => within(screen.getByRole('region', { name: 'Passcodes on this device' }));
const summary = () => within(screen.getByRole('alert', { name: 'There is a problem' }));

function errorBeside(label: string | RegExp): string {
  const field = section().getByLabelText(label);
  const id = field.getAttribute('aria-describedby')!.split(' ').find((i) => i.endsWith('-error'))!;
  return document.getElementById(id)!.textContent!.replace('Error: ', '');
}

const type = (label: string | RegExp, value: string) => fireEvent.input(section().getByLabelText(label), { target: { value } });

let sam: string;
beforeEach(async () => {
  const member = await staffRepo.add('Sam Example');
  sam = member.id;
  currentUser.value = member;
});

describe('Settings: the first passcode', () => {
  beforeEach(async () => {
    await loadVaultState();
    await renderSettingsPage();
  });

  it('says before it is set that a forgotten passcode cannot be recovered', async () => {
    expect(await section().findByText(/A forgotten passcode cannot be recovered/)).toBeTruthy();
    expect(section().getByText(/colleague’s passcode on this device, or from a backup/)).toBeTruthy();
  });

  it('says beside each field and in the summary what is wrong with a short or mistyped passcode', async () => {
    fireEvent.click(await section().findByRole('button', { name: 'Set a passcode' }));
    expect(errorBeside('Your new passcode')).toBe('Enter a passcode');
    expect(summary().getByRole('link', { name: 'Enter a passcode' })).toBeTruthy();

    type('Your new passcode', 'abc');
    fireEvent.click(section().getByRole('button', { name: 'Set a passcode' }));
    expect(errorBeside('Your new passcode')).toBe('Passcode must be 6 characters or more');

    type('Your new passcode', 'blue kettle');
    type('Type it again', 'blue kettel');
    fireEvent.click(section().getByRole('button', { name: 'Set a passcode' }));
    expect(errorBeside('Type it again')).toBe('The passcodes do not match');
    expect(storedVaultState()).toBe('open');
  });

  it('encrypts the device and then offers the settings of an unlocked device', async () => {
    await section().findByLabelText('Your new passcode');
    type('Your new passcode', 'blue kettle');
    type('Type it again', 'blue kettle');
    fireEvent.click(section().getByRole('button', { name: 'Set a passcode' }));
    // The form stays, busy, until the last record is sealed: only then does it say the device is encrypted.
    expect((await section().findByRole('button', { name: 'Encrypting…' })).getAttribute('aria-disabled')).toBe('true');
    expect(await section().findByText('Your passcode is set and every record on this device is encrypted.', {}, { timeout: 10_000 })).toBeTruthy();
    expect(await db().vault.get('migration')).toBeUndefined();
    expect(await section().findByRole('heading', { name: 'People who can unlock this device' })).toBeTruthy();
    expect(vaultState.value).toBe('unlocked');
    expect(section().getByText('Sam Example')).toBeTruthy();
  });
});

describe('Settings: passcodes once the device is encrypted', () => {
  let alex: string;
  // The whole Settings page is open on an unlocked device: let the reads it started when it went
  // finish before the test's database is deleted under them.
  afterEach(async () => {
    cleanup();
    await new Promise((r) => setTimeout(r, 200));
  });
  beforeEach(async () => {
    alex = (await staffRepo.add('Alex Colleague', 'Sam Example')).id;
    await setFirstPasscode(sam, 'blue kettle');
    await loadVaultState();
    await renderSettingsPage();
  });

  it('adds a colleague’s passcode only when the unlocked person confirms with their own', async () => {
    fireEvent.change(await section().findByLabelText('Who is the passcode for?'), { target: { value: alex } });
    type('Their new passcode', 'green teapot');
    type('Their new passcode again', 'green teapot');
    type(/Your own passcode/, 'not my passcode');
    fireEvent.click(section().getByRole('button', { name: 'Add passcode' }));
    expect(await section().findByText('Your passcode is not right: check it and try again', { selector: 'p' }, { timeout: 10_000 })).toBeTruthy();

    type(/Your own passcode/, 'blue kettle');
    fireEvent.click(section().getByRole('button', { name: 'Add passcode' }));
    expect(await section().findByText('Alex Colleague can now unlock this device with their passcode', {}, { timeout: 10_000 })).toBeTruthy();
    expect(await db().keyring.count()).toBe(2);
  });

  it('asks for every field of a colleague’s passcode', async () => {
    fireEvent.click(await section().findByRole('button', { name: 'Add passcode' }));
    expect(errorBeside('Who is the passcode for?')).toBe('Choose who the passcode is for');
    expect(errorBeside(/Your own passcode/)).toBe('Enter your own passcode to confirm');
    expect(summary().getByRole('link', { name: 'Enter a passcode' })).toBeTruthy();
  });

  it('refuses to remove the last passcode and says why', async () => {
    fireEvent.click(await section().findByRole('button', { name: 'Remove Sam Example’s passcode' }));
    fireEvent.click(section().getByRole('button', { name: 'Yes, remove Sam Example’s passcode' }));
    expect(await section().findByText(/is the last one on this device/)).toBeTruthy();
    expect(await db().keyring.count()).toBe(1);
  });

  it('changes your passcode only with the current one', async () => {
    await section().findByLabelText('Your current passcode');
    type('Your current passcode', 'wrong one');
    type('Your new passcode', 'orange kite');
    type('Your new passcode again', 'orange kite');
    fireEvent.click(section().getByRole('button', { name: 'Change passcode' }));
    expect(await section().findByText('Your current passcode is not right: check it and try again', { selector: 'p' }, { timeout: 10_000 })).toBeTruthy();

    type('Your current passcode', 'blue kettle');
    fireEvent.click(section().getByRole('button', { name: 'Change passcode' }));
    expect(await section().findByText('Your passcode has been changed', {}, { timeout: 10_000 })).toBeTruthy();
    lock();
  });

  it('checks the idle minutes and says plainly what wiping does', async () => {
    await section().findByLabelText('Lock after this many minutes without use');
    type('Lock after this many minutes without use', '0');
    fireEvent.click(section().getByLabelText('Yes, wipe it'));
    expect(section().getByText(/every record, draft and passcode on this device is deleted for good/)).toBeTruthy();
    type('Wipe after this many wrong passcodes in a row', '2');
    fireEvent.click(section().getByRole('button', { name: 'Save lock settings' }));
    expect(errorBeside('Lock after this many minutes without use')).toBe('The minutes must be between 1 and 60');
    expect(errorBeside('Wipe after this many wrong passcodes in a row')).toBe('The number of wrong passcodes must be between 5 and 50');

    type('Lock after this many minutes without use', '2');
    type('Wipe after this many wrong passcodes in a row', '10');
    fireEvent.click(section().getByRole('button', { name: 'Save lock settings' }));
    expect(await section().findByText('Lock settings saved')).toBeTruthy();
    expect((await db().settings.get('idleLockMinutes'))?.value).toBe(2);
    expect((await db().settings.get('wipeAfterFailures'))?.value).toBe(10);
  });
});
