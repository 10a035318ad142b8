import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { currentUser } from '../../src/ui/current-user';
import { renderSettingsPage } from './settings-page';

const storage = () => within(screen.getByRole('region', { name: 'Storage on this device' }));

function fakeStorage(persistGranted: boolean, usage = 2_500_000, quota = 1_200_000_000) {
  let persisted = false;
  const manager = {
    persisted: vi.fn(async () => persisted),
    estimate: vi.fn(async () => ({ usage, quota })),
    persist: vi.fn(async () => {
      persisted = persistGranted;
      return persistGranted;
    }),
  };
  Object.defineProperty(navigator, 'storage', { value: manager, configurable: true });
  return manager;
}

beforeEach(() => {
  currentUser.value = { id: 'staff-test-1', name: 'Testy McWorker', active: 1 };
});

afterEach(() => {
  Reflect.deleteProperty(navigator, 'storage');
});

describe('Settings: storage on this device', () => {
  it('shows how much space is used and asks the browser to keep the data', async () => {
    const manager = fakeStorage(true);
    await renderSettingsPage();
    expect(await storage().findByText('Using 2.5 MB of about 1.2 GB available.')).toBeTruthy();
    expect(storage().getByText(/may clear the data/).textContent).toMatch(/Back up regularly \(see Backups below\)/);
    expect(storage().queryByText(/% full/)).toBeNull();
    fireEvent.click(storage().getByRole('button', { name: 'Keep data on this device' }));
    expect(await storage().findByText(/has agreed to keep the data/)).toBeTruthy();
    expect(manager.persist).toHaveBeenCalledOnce();
    expect(storage().queryByRole('button', { name: 'Keep data on this device' })).toBeNull();
  });

  it('says so when the browser refuses', async () => {
    fakeStorage(false);
    await renderSettingsPage();
    fireEvent.click(await storage().findByRole('button', { name: 'Keep data on this device' }));
    expect(await storage().findByText(/did not agree to keep the data/)).toBeTruthy();
  });

  it('copes with a browser that has no storage manager', async () => {
    await renderSettingsPage();
    expect(await storage().findByText(/This browser does not say whether it will keep the data\. Back up regularly/)).toBeTruthy();
    expect(storage().queryByRole('button')).toBeNull();
  });

  it('warns once the app uses 80% of the space the browser allows', async () => {
    fakeStorage(true, 850_000_000, 1_000_000_000);
    await renderSettingsPage();
    expect(await storage().findByText('Using 850.0 MB of about 1.0 GB available.')).toBeTruthy();
    expect(storage().getByText(/storage for the app is 85% full\. Back up now/)).toBeTruthy();
  });
});

describe('asking the browser to keep the data', () => {
  it('asks once the demo data is loaded, with no button pressed', async () => {
    const manager = fakeStorage(true);
    await renderSettingsPage();
    fireEvent.click(await screen.findByRole('button', { name: 'Load demo data' }));
    // Loading the demo data took 18 s on a busy two-core machine.
    await waitFor(() => expect(manager.persist).toHaveBeenCalled(), { timeout: 25_000 });
  });
});
