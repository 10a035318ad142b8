import { fireEvent, screen, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { settingsRepo } from '../../src/data/repositories/settings';
import { carerMode } from '../../src/ui/carer/carer-mode';
import { currentUser } from '../../src/ui/current-user';
import { renderSettingsPage } from './settings-page';

const section = () => within(screen.getByRole('region', { name: 'Carer mode' }));

beforeEach(() => {
  currentUser.value = { id: 'staff-test-1', name: 'Testy McWorker', active: 1 };
  carerMode.value = false;
});

describe('Settings: carer mode', () => {
  it('explains carer mode and switches the device only after confirmation', async () => {
    await renderSettingsPage();
    expect(section().getByText(/only the support library, bookmarks and your service’s contacts/)).toBeTruthy();
    fireEvent.click(section().getByRole('button', { name: 'Switch this device to carer mode' }));
    expect(await section().findByText(/Staff pages will be hidden on this device/)).toBeTruthy();
    expect(await settingsRepo.carerMode()).toBe(false);

    fireEvent.click(section().getByRole('button', { name: 'Yes, switch to carer mode' }));
    await vi.waitFor(async () => expect(await settingsRepo.carerMode()).toBe(true), { timeout: 10_000 });
    expect(carerMode.value).toBe(true);
  });

  it('leaves the device as it was when the worker cancels', async () => {
    await renderSettingsPage();
    fireEvent.click(section().getByRole('button', { name: 'Switch this device to carer mode' }));
    fireEvent.click(await section().findByRole('button', { name: 'Cancel' }));
    expect(await section().findByRole('button', { name: 'Switch this device to carer mode' })).toBeTruthy();
    expect(await settingsRepo.carerMode()).toBe(false);
    expect(carerMode.value).toBe(false);
  });
});
