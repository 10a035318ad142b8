import { fireEvent, screen, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createBackup, readBackup } from '../../src/data/backup';
import { db } from '../../src/data/db';
import { asFixture } from '../fixture-person';
import { currentUser } from '../../src/ui/current-user';
import { renderSettingsPage } from './settings-page';
import { seed } from '../data/fixtures/backup-data';
import { forgeBackup, smallService } from '../data/fixtures/backup-files';

const section = () => within(screen.getByRole('region', { name: 'Backups' }));
const summary = () => within(screen.getByRole('alert', { name: 'There is a problem' }));

function captureDownloads(): Blob[] {
  const blobs: Blob[] = [];
  URL.createObjectURL = vi.fn((blob: Blob) => {
    blobs.push(blob);
    return 'blob:backup';
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  return blobs;
}

function chooseFile(blob: Blob, name = 'fostering-backup-2026-04-01-0900.backup') {
  fireEvent.change(section().getByLabelText('Backup file'), { target: { files: [new File([blob], name)] } });
}

/** The message shown beside a field: its error paragraph, named in the field's description. */
function errorBeside(label: string | RegExp): string {
  const field = section().getByLabelText(label);
  const id = field.getAttribute('aria-describedby')!.split(' ').find((i) => i.endsWith('-error'))!;
  return document.getElementById(id)!.textContent!.replace('Error: ', '');
}

beforeEach(async () => {
  currentUser.value = { id: 's1', name: 'Sam Example', active: 1 };
  await seed(smallService());
});

describe('Settings: backups', () => {
  it('backs up the whole device to a file in the downloads and says when', async () => {
    const blobs = captureDownloads();
    await renderSettingsPage();
    expect(await section().findByText('This device has not been backed up yet.')).toBeTruthy();
    expect(section().getByText(/never been backed up/)).toBeTruthy();

    fireEvent.click(section().getByRole('button', { name: 'Back up now' }));
    expect(await section().findByText(/Backup saved to your downloads as fostering-backup-.*\.backup: 1 household and \d+ records in all\./)).toBeTruthy();
    expect(await section().findByText(/^Last backup from this device: /)).toBeTruthy();
    expect(section().queryByText(/never been backed up/)).toBeNull();

    const read = await readBackup(blobs[0]!);
    expect(read.ok && read.value.tables.households).toHaveLength(1);
  });

  it('puts passphrase mistakes beside the fields and in the summary at the top, and makes no file', async () => {
    const blobs = captureDownloads();
    await renderSettingsPage();
    fireEvent.input(section().getByLabelText('Passphrase (optional)'), { target: { value: 'short' } });
    fireEvent.click(section().getByRole('button', { name: 'Back up now' }));
    expect(await summary().findByRole('link', { name: 'The passphrase must be 10 characters or more' })).toBeTruthy();
    expect(errorBeside('Passphrase (optional)')).toBe('The passphrase must be 10 characters or more');

    fireEvent.input(section().getByLabelText('Passphrase (optional)'), { target: { value: 'three made up words' } });
    fireEvent.input(section().getByLabelText('Passphrase again'), { target: { value: 'three made up wordz' } });
    fireEvent.click(section().getByRole('button', { name: 'Back up now' }));
    expect(await summary().findByRole('link', { name: 'The two passphrases do not match' })).toBeTruthy();
    expect(errorBeside('Passphrase again')).toBe('The two passphrases do not match');
    // What was typed stays, so it can be corrected.
    expect((section().getByLabelText('Passphrase (optional)') as HTMLInputElement).value).toBe('three made up words');
    expect(blobs).toHaveLength(0);
  });

  it('restores a backup after showing what it adds, replaces and removes', async () => {
    const rows = smallService();
    rows.households!.push({ ...rows.households![0]!, id: 'hh-2', reference: 'H-0002' });
    await renderSettingsPage();
    chooseFile(await forgeBackup(rows));
    fireEvent.click(section().getByRole('button', { name: 'Check the backup' }));

    expect(await section().findByRole('heading', { name: 'Check before you restore' })).toBeTruthy();
    expect(section().getByText(/made on .* by Sam Example on Recruitment tablet 2\./)).toBeTruthy();
    expect(section().getByText('Adds 1 household, replaces 1, removes none')).toBeTruthy();
    expect(section().getByText(/nothing is removed/)).toBeTruthy();
    expect(await db().households.count()).toBe(1);

    fireEvent.click(section().getByRole('button', { name: 'Yes, replace everything with this backup' }));
    expect(await section().findByText('Backup restored: this device now holds 2 households, exactly as in the backup.')).toBeTruthy();
    expect(await db().households.count()).toBe(2);
  });

  it('merges a colleague’s backup into this device instead, keeping what is here', async () => {
    const rows = smallService();
    rows.households = [{ ...rows.households![0]!, id: 'hh-2', reference: 'H-0002' }];
    rows.householdDetails = [{ ...rows.householdDetails![0]!, householdId: 'hh-2' }];
    rows.people = rows.people!.map((p) => ({ ...p, id: `${p.id}-2`, householdId: 'hh-2' }));
    for (const t of ['checks', 'moves', 'appointments', 'notes', 'events']) rows[t] = [];
    await renderSettingsPage();
    fireEvent.click(section().getByLabelText(/Merge the backup into this device/));
    chooseFile(await forgeBackup(rows));
    fireEvent.click(section().getByRole('button', { name: 'Check the backup' }));

    expect(await section().findByRole('heading', { name: /^Merging backup from Recruitment tablet 2 made .* into this device$/ })).toBeTruthy();
    expect(section().queryByRole('button', { name: 'Yes, replace everything with this backup' })).toBeNull();
    expect(await db().households.count()).toBe(1);
    fireEvent.click(section().getByRole('button', { name: 'Merge into this device' }));
    expect(await section().findByText(/^Merged backup from Recruitment tablet 2/)).toBeTruthy();
    // The household already here stays, and the colleague's arrives beside it.
    expect((await db().households.toArray()).map((h) => h.id).sort()).toEqual(['hh-1', 'hh-2']);
  });

  it('warns before a merge or a restore that a backup older than the removals this device still keeps may bring removed records back', async () => {
    await asFixture(() => db().settings.put({ key: 'removalNotesPrunedThrough', value: '2026-05-20T10:00:00.000Z' }));
    const rows = smallService();
    await renderSettingsPage();
    fireEvent.click(section().getByLabelText(/Merge the backup into this device/));
    chooseFile(await forgeBackup(rows));
    fireEvent.click(section().getByRole('button', { name: 'Check the backup' }));

    expect(await section().findByText(/^This backup is older than 20 May 2026, .* Records removed since the backup was made may reappear/)).toBeTruthy();

    fireEvent.click(section().getByRole('button', { name: 'Choose another backup' }));
    fireEvent.click(section().getByLabelText(/Replace everything on this device/));
    chooseFile(await forgeBackup(rows, { header: { createdAt: '2026-06-01T09:00:00.000Z' } }));
    fireEvent.click(section().getByRole('button', { name: 'Check the backup' }));

    expect(await section().findByRole('heading', { name: 'Check before you restore' })).toBeTruthy();
    expect(section().queryByText(/^This backup is older than/)).toBeNull();
  });

  it('changes nothing when the summary is cancelled', async () => {
    await renderSettingsPage();
    chooseFile(await forgeBackup({ ...smallService(), households: [], householdDetails: [], people: [], checks: [], moves: [], appointments: [], notes: [], events: [] }));
    fireEvent.click(section().getByRole('button', { name: 'Check the backup' }));
    expect(await section().findByText('Adds no households, replaces none, removes 1')).toBeTruthy();
    fireEvent.click(section().getByRole('button', { name: 'Cancel' }));
    expect(await section().findByRole('button', { name: 'Check the backup' })).toBeTruthy();
    expect(await db().households.count()).toBe(1);
  });

  it('says beside the file field when no file is chosen or the file is not a backup', async () => {
    await renderSettingsPage();
    fireEvent.click(await section().findByRole('button', { name: 'Check the backup' }));
    expect(await summary().findByRole('link', { name: 'Select the backup file to restore' })).toBeTruthy();
    expect(errorBeside('Backup file')).toBe('Select the backup file to restore');

    chooseFile(new Blob(['Dear team,\nthe households are attached.\n']), 'letter.txt');
    fireEvent.click(section().getByRole('button', { name: 'Check the backup' }));
    await vi.waitFor(() => expect(errorBeside('Backup file')).toMatch(/not a backup from this app/));
    expect(await db().households.count()).toBe(1);
  });

  it('asks beside the passphrase field for the passphrase of an encrypted backup, and says when it is wrong', async () => {
    const sealed = await createBackup({ by: 'Sam Example', appVersion: 'test', passphrase: 'three made up words' });
    await renderSettingsPage();
    chooseFile(sealed.blob);
    fireEvent.click(section().getByRole('button', { name: 'Check the backup' }));
    await vi.waitFor(() => expect(errorBeside('Passphrase, if the backup has one')).toMatch(/Enter the passphrase it was made with/), { timeout: 8000 });

    fireEvent.input(section().getByLabelText('Passphrase, if the backup has one'), { target: { value: 'four made up words' } });
    fireEvent.click(section().getByRole('button', { name: 'Check the backup' }));
    await vi.waitFor(() => expect(errorBeside('Passphrase, if the backup has one')).toMatch(/not the one this backup was made with/), { timeout: 8000 });

    fireEvent.input(section().getByLabelText('Passphrase, if the backup has one'), { target: { value: 'three made up words' } });
    fireEvent.click(section().getByRole('button', { name: 'Check the backup' }));
    expect(await section().findByText('Adds no households, replaces 1, removes none', {}, { timeout: 8000 })).toBeTruthy();
  });

  it('saves the reminder setting and the device name, with mistakes beside the fields', async () => {
    await renderSettingsPage();
    const days = await section().findByLabelText('Remind us when the last backup is older than (days)');
    expect((days as HTMLInputElement).value).toBe('7');
    fireEvent.input(days, { target: { value: '0' } });
    fireEvent.click(section().getByRole('button', { name: 'Save backup settings' }));
    expect(await summary().findByRole('link', { name: 'The number of days must be between 1 and 365' })).toBeTruthy();
    expect(errorBeside('Remind us when the last backup is older than (days)')).toBe('The number of days must be between 1 and 365');
    expect(errorBeside('This device’s name')).toMatch(/Enter a name for this device/);

    fireEvent.input(section().getByLabelText('This device’s name'), { target: { value: 'Kitchen tablet' } });
    fireEvent.input(section().getByLabelText('Remind us when the last backup is older than (days)'), { target: { value: '14' } });
    fireEvent.click(section().getByRole('button', { name: 'Save backup settings' }));
    expect(await section().findByText('Backup settings saved')).toBeTruthy();
    expect((await db().settings.get('backupReminderDays'))?.value).toBe(14);
    expect((await db().settings.get('deviceName'))?.value).toBe('Kitchen tablet');
    expect(screen.queryByRole('alert', { name: 'There is a problem' })).toBeNull();
  });
});
