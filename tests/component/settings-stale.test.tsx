import { fireEvent, screen, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { deviceSettingsRepo } from '../../src/data/repositories/device-settings';
import { retentionRepo } from '../../src/data/repositories/retention';
import { settingsRepo } from '../../src/data/repositories/settings';
import { currentUser } from '../../src/ui/current-user';
import { renderSettingsPage } from './settings-page';

beforeEach(() => {
  currentUser.value = { id: 'staff-test-1', name: 'Sam Example', active: 1 };
});

const region = (name: string) => within(screen.getByRole('region', { name }));
const typeInto = (field: HTMLElement, value: string) => fireEvent.input(field, { target: { value } });

/** Settings open here while a colleague saves the same setting in another tab. */
describe('Settings: a save over a change made in another tab', () => {
  it('refuses the retention periods, says who changed them, keeps what was typed, and saves once the latest is taken', async () => {
    await renderSettingsPage();
    const ended = (await region('Keeping records').findByLabelText('Refused, withdrawn or closed: years after it ended')) as HTMLInputElement;
    await retentionRepo.saveRules({ approvedYears: 12, endedYears: 3 }, 'Priya Example-Shah');

    typeInto(ended, '6');
    fireEvent.click(region('Keeping records').getByRole('button', { name: 'Save retention periods' }));
    const refusal = await region('Keeping records').findByRole('alert', { name: 'This record has changed' });
    expect(refusal.textContent).toMatch(/Since you opened this form, Priya Example-Shah changed the retention periods at \d\d:\d\d\. Your changes have not been saved\./);
    expect(ended.value).toBe('6');
    expect(await retentionRepo.rules()).toEqual({ approvedYears: 12, endedYears: 3 });

    fireEvent.click(within(refusal).getByRole('button', { name: 'Use the latest and keep my changes' }));
    await region('Keeping records').findByRole('button', { name: 'Save retention periods' });
    await waitForNoRefusal('Keeping records');
    fireEvent.click(region('Keeping records').getByRole('button', { name: 'Save retention periods' }));
    expect(await region('Keeping records').findByText('Retention periods saved')).toBeTruthy();
    expect((await retentionRepo.rules()).endedYears).toBe(6);
  });

  it('refuses the backup settings when the device name changed since, keeping the name typed here', async () => {
    await renderSettingsPage();
    const name = (await region('Backups').findByLabelText('This device’s name')) as HTMLInputElement;
    await deviceSettingsRepo.saveBackup({ deviceName: 'Office tablet', reminderDays: 14 }, 'Priya Example-Shah', {});

    typeInto(name, 'Kitchen tablet');
    fireEvent.click(region('Backups').getByRole('button', { name: 'Save backup settings' }));
    const refusal = await region('Backups').findByRole('alert', { name: 'This record has changed' });
    expect(refusal.textContent).toMatch(/Since you opened this form, Priya Example-Shah changed this device’s name at \d\d:\d\d\./);
    expect(name.value).toBe('Kitchen tablet');
    expect(await settingsRepo.backupReminderDays()).toBe(14);
    expect(await settingsRepo.deviceName()).toBe('Office tablet');
  });
});

async function waitForNoRefusal(name: string) {
  await expect.poll(() => region(name).queryByRole('alert', { name: 'This record has changed' })).toBeNull();
}
