import { render, screen } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { saveStartHint, readStartHint } from '../../src/data/start-hint';
import { settingsRepo } from '../../src/data/repositories/settings';
import { staffRepo } from '../../src/data/repositories/staff';
import { App } from '../../src/ui/App';
import { carerMode } from '../../src/ui/carer/carer-mode';
import { currentUser } from '../../src/ui/current-user';
import { vaultState } from '../../src/ui/lock/lock-state';
import { showLastStart } from '../../src/ui/start-state';

/** The staff pages as stand-ins that record being drawn: a carer's device must draw none. */
const rendered = vi.hoisted(() => [] as string[]);
vi.mock('../../src/ui/routes', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/ui/routes')>()),
  ...(await import('./route-helpers')).pageStandIns(rendered, { TodayPage: 'Today', WhoPage: 'Who is using this device', SettingsPage: 'Settings' }),
}));

function startApp(path = '/') {
  history.replaceState(null, '', path);
  showLastStart();
  return render(<App />);
}

beforeEach(() => {
  rendered.length = 0;
  carerMode.value = null;
  currentUser.value = null;
  vaultState.value = null;
});

describe('the first screen before the database opens', () => {
  it('waits for the database when the device has never started', () => {
    startApp();
    expect(screen.getByText('Loading…')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Today' })).toBeNull();
  });

  it('draws Today at once for the worker who last used the device, and keeps them once the database agrees', async () => {
    const worker = await staffRepo.add('Testy McWorker');
    await staffRepo.setCurrent(worker.id, worker.name);
    saveStartHint({ carerMode: false, user: { id: worker.id, name: worker.name } });
    startApp();
    // Drawn in the first render: nothing here has waited for a read.
    expect(screen.getByRole('heading', { name: 'Today' })).toBeTruthy();
    await vi.waitFor(() => expect(currentUser.value?.revision).toBeDefined());
    expect(currentUser.value?.id).toBe(worker.id);
    expect(location.pathname).toBe('/');
  });

  it('moves to the library, drawing no staff page again, when the database says the device is in carer mode', async () => {
    await settingsRepo.saveCarerMode(true);
    saveStartHint({ carerMode: false, user: { id: 's-gone', name: 'Testy McWorker' } });
    startApp('/settings');
    await vi.waitFor(() => expect(location.pathname).toBe('/library'));
    expect(await screen.findByRole('link', { name: 'Leave carer mode' })).toBeTruthy();
    const drawn = rendered.length;
    await new Promise((r) => setTimeout(r, 50));
    expect(rendered.length).toBe(drawn);
    expect(readStartHint()).toEqual({ carerMode: true });
  });

  it('asks who is using the device when the one last named is no longer there', async () => {
    saveStartHint({ carerMode: false, user: { id: 's-gone', name: 'Testy McWorker' } });
    startApp('/');
    await vi.waitFor(() => expect(location.pathname).toBe('/who'));
    expect(await screen.findByRole('heading', { name: 'Who is using this device' })).toBeTruthy();
    expect(readStartHint()).toEqual({ carerMode: false });
  });
});

describe('keeping the hint', () => {
  it('names the worker chosen, and keeps nothing once the device has passcodes', async () => {
    const worker = await staffRepo.add('Testy McWorker');
    await staffRepo.setCurrent(worker.id, worker.name);
    startApp('/');
    await vi.waitFor(() => expect(readStartHint()).toEqual({ carerMode: false, user: { id: worker.id, name: worker.name } }));
    vaultState.value = 'unlocked';
    expect(readStartHint()).toBeUndefined();
  });

  it('takes up carer mode switched on in another tab', async () => {
    const worker = await staffRepo.add('Testy McWorker');
    await staffRepo.setCurrent(worker.id, worker.name);
    startApp('/');
    expect(await screen.findByRole('heading', { name: 'Today' })).toBeTruthy();
    // The other tab: saved first, then the hint changed, which this tab hears about.
    await settingsRepo.saveCarerMode(true);
    localStorage.setItem('fostering:start', JSON.stringify({ carerMode: true }));
    dispatchEvent(new StorageEvent('storage', { key: 'fostering:start' }));
    await vi.waitFor(() => expect(location.pathname).toBe('/library'));
    expect(carerMode.value).toBe(true);
  });
});
