import { EMPTY_SERVICE_DETAILS } from '../../src/domain/service-details';
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { settingsRepo } from '../../src/data/repositories/settings';
import { staffRepo } from '../../src/data/repositories/staff';
import { App } from '../../src/ui/App';
import CarerModePage from '../../src/ui/carer/CarerModePage';
import { carerMode, setCarerMode } from '../../src/ui/carer/carer-mode';
import { currentUser } from '../../src/ui/current-user';

/** Every staff page, replaced by a stand-in that records being rendered: none may be, in carer mode. */
const rendered = vi.hoisted(() => [] as string[]);
vi.mock('../../src/ui/routes', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../src/ui/routes')>()),
  ...(await import('./route-helpers')).pageStandIns(rendered, {
    TodayPage: 'Today',
    BoardPage: 'Pipeline board',
    ListPage: 'Household list',
    HouseholdPage: 'Household record',
    EnquiryPage: 'New enquiry',
    TargetsPage: 'Targets',
    ReportsPage: 'Reports',
    SettingsPage: 'Settings',
    WhoPage: 'Who is using this device',
  }),
}));

const NOTICE = 'This page is not available in carer mode';

function openApp(path: string) {
  history.replaceState(null, '', path);
  return render(<App />);
}

beforeEach(() => {
  rendered.length = 0;
  carerMode.value = null;
  currentUser.value = null;
});

describe('carer mode: refused pages', () => {
  it('opens the library quietly from the app’s start address', async () => {
    await settingsRepo.saveCarerMode(true);
    openApp('/');
    await vi.waitFor(() => expect(location.pathname).toBe('/library'));
    expect(await screen.findByRole('link', { name: 'Leave carer mode' })).toBeTruthy();
    expect(screen.queryByText(NOTICE)).toBeNull();
    expect(rendered).toEqual([]);
  });

  for (const path of ['/households/x', '/households', '/pipeline', '/settings', '/targets', '/enquiries/new', '/reports', '/who', '/households?x=/library']) {
    it(`sends ${path} to the library with a notice, never rendering the page`, async () => {
      await settingsRepo.saveCarerMode(true);
      openApp(path);
      expect(await screen.findByText(NOTICE)).toBeTruthy();
      expect(location.pathname).toBe('/library');
      expect(rendered).toEqual([]);
    });
  }

  it('shows the service name and only carers’ pages in the header, and never asks who is using the device', async () => {
    await settingsRepo.saveCarerMode(true);
    await settingsRepo.saveServiceDetails({ ...EMPTY_SERVICE_DETAILS, name: 'Exampleshire Fostering' });
    openApp('/contacts');
    expect(await screen.findByText('Exampleshire Fostering')).toBeTruthy();
    const banner = within(screen.getByRole('banner'));
    expect(banner.getByText('Exampleshire Fostering')).toBeTruthy();
    expect(banner.getByText('Carer mode')).toBeTruthy();
    const nav = within(await screen.findByRole('navigation', { name: 'Main' }));
    expect(nav.getAllByRole('link').map((a) => a.textContent)).toEqual(['Library', 'Contacts', 'Leave carer mode']);
    expect(await screen.findByRole('heading', { level: 1, name: /Contacts/ })).toBeTruthy();
    expect(location.pathname).toBe('/contacts');
    expect(screen.queryByText(NOTICE)).toBeNull();
    expect(rendered).toEqual([]);
  });

  it('refuses a page reached with the back button', async () => {
    await settingsRepo.saveCarerMode(true);
    openApp('/contacts');
    await screen.findByRole('heading', { level: 1, name: /Contacts/ });
    history.pushState(null, '', '/households/h-1');
    dispatchEvent(new PopStateEvent('popstate'));
    expect(await screen.findByText(NOTICE)).toBeTruthy();
    expect(location.pathname).toBe('/library');
    expect(rendered).toEqual([]);
  });

  it('moves a worker who switches carer mode on to the library without the notice', async () => {
    await staffRepo.setCurrent((await staffRepo.add('Testy McWorker')).id, 'Testy McWorker');
    openApp('/settings');
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
    await setCarerMode(true);
    expect(await screen.findByRole('link', { name: 'Leave carer mode' })).toBeTruthy();
    await vi.waitFor(() => expect(location.pathname).toBe('/library'));
    expect(screen.queryByText(NOTICE)).toBeNull();
    expect(rendered).toEqual(['Settings']);
  });
});

describe('carer mode: leaving', () => {
  function openCarerModePage() {
    history.replaceState(null, '', '/carer-mode');
    render(
      <LocationProvider>
        <CarerModePage />
      </LocationProvider>,
    );
  }

  it('asks for confirmation before switching the device back', async () => {
    await setCarerMode(true);
    openCarerModePage();
    fireEvent.click(await screen.findByRole('button', { name: 'Leave carer mode' }));
    expect(await screen.findByText(/Outside carer mode, this device shows the records of households/)).toBeTruthy();
    expect(await settingsRepo.carerMode()).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Yes, leave carer mode' }));
    await vi.waitFor(async () => expect(await settingsRepo.carerMode()).toBe(false));
    expect(carerMode.value).toBe(false);
  });

  it('stays in carer mode when the carer cancels', async () => {
    await setCarerMode(true);
    openCarerModePage();
    fireEvent.click(await screen.findByRole('button', { name: 'Leave carer mode' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(await screen.findByRole('button', { name: 'Leave carer mode' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Yes, leave carer mode' })).toBeNull();
    expect(await settingsRepo.carerMode()).toBe(true);
    expect(carerMode.value).toBe(true);
  });
});
