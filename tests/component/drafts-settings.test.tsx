import { EMPTY_SERVICE_DETAILS } from '../../src/domain/service-details';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { draftsRepo } from '../../src/data/repositories/drafts';
import { settingsRepo } from '../../src/data/repositories/settings';
import { staffRepo } from '../../src/data/repositories/staff';
import { DEFAULT_CHECK_TYPES, DEFAULT_LOCAL_TARGETS } from '../../src/domain/settings';
import { currentUser } from '../../src/ui/current-user';
import { renderSettingsPage } from './settings-page';
import WhoPage from '../../src/ui/who/WhoPage';
import { renderTargets } from './targets-helpers';

const NOTICE = /We restored what you had typed/;

beforeEach(async () => {
  currentUser.value = await staffRepo.add('Testy McWorker');
});

const region = (name: string) => within(screen.getByRole('region', { name }));
const service = () => region('Your service’s contact details');
const targets = () => region('Local timescale targets');
const people = () => region('People using this device');
const field = (scope: ReturnType<typeof within>, label: string, index = 0) => scope.getAllByLabelText(label)[index] as HTMLInputElement;
const typeInto = (input: HTMLElement, value: string) => fireEvent.input(input, { target: { value } });

/** Leaves the page, as a reload or a closed tab would, once the draft is stored. */
async function leave(key: string, stored: (value: unknown) => void) {
  cleanup();
  await waitFor(async () => stored(await draftsRepo.get(key)));
}

describe('drafts: the service contact details', () => {
  it('come back with their local contacts and a notice, and are removed once saved', async () => {
    await renderSettingsPage();
    await service().findByLabelText('Name of the fostering service');
    typeInto(field(service(), 'Name of the fostering service'), 'Exampleshire Fostering');
    fireEvent.click(service().getByRole('button', { name: 'Add a local contact' }));
    typeInto(field(service(), 'Name'), 'Pat Madeup');
    typeInto(field(service(), 'Role'), 'Mockingbird liaison worker');
    typeInto(field(service(), 'Email address', 1), 'pat.madeup@example.org');
    await leave('settings:service-details', (v) => expect(v).toMatchObject({ name: 'Exampleshire Fostering' }));

    await renderSettingsPage();
    expect(await service().findByText(NOTICE)).toBeTruthy();
    expect(field(service(), 'Name of the fostering service').value).toBe('Exampleshire Fostering');
    expect(field(service(), 'Role').value).toBe('Mockingbird liaison worker');
    expect(field(service(), 'Email address', 1).value).toBe('pat.madeup@example.org');

    fireEvent.click(service().getByRole('button', { name: 'Save contact details' }));
    expect(await service().findByText(/Contact details saved/)).toBeTruthy();
    expect((await settingsRepo.serviceDetails()).localContacts).toEqual([{ name: 'Pat Madeup', role: 'Mockingbird liaison worker', email: 'pat.madeup@example.org' }]);
    expect(service().queryByText(NOTICE)).toBeNull();
    expect(field(service(), 'Name').value).toBe('Pat Madeup');
    expect(await draftsRepo.get('settings:service-details')).toBeUndefined();
  });

  it('go back to the saved details when the draft is discarded', async () => {
    await settingsRepo.saveServiceDetails(
      { ...EMPTY_SERVICE_DETAILS, name: 'Exampleshire Fostering', dutyPhone: '01632960123' },
      'Testy McWorker',
    );
    await renderSettingsPage();
    await waitFor(() => expect(field(service(), 'Name of the fostering service').value).toBe('Exampleshire Fostering'));
    typeInto(field(service(), 'Name of the fostering service'), 'Exampleshire Foster Care');
    await leave('settings:service-details', (v) => expect(v).toBeDefined());

    await renderSettingsPage();
    fireEvent.click(await service().findByRole('button', { name: 'Discard it' }));
    await waitFor(() => expect(field(service(), 'Name of the fostering service').value).toBe('Exampleshire Fostering'));
    expect(service().queryByText(NOTICE)).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(field(service(), 'Name of the fostering service')));
    expect(await draftsRepo.get('settings:service-details')).toBeUndefined();
  });

  it('are not kept once the form matches the saved details again', async () => {
    await renderSettingsPage();
    await service().findByLabelText('Name of the fostering service');
    typeInto(field(service(), 'Name of the fostering service'), 'Exampleshire Fostering');
    await waitFor(async () => expect(await draftsRepo.get('settings:service-details')).toBeDefined());
    typeInto(field(service(), 'Name of the fostering service'), '');
    await leave('settings:service-details', (v) => expect(v).toBeUndefined());

    await renderSettingsPage();
    await service().findByLabelText('Name of the fostering service');
    await new Promise((r) => setTimeout(r, 50));
    expect(service().queryByText(NOTICE)).toBeNull();
  });
});

describe('drafts: the local targets', () => {
  it('come back with a notice, and are removed once saved', async () => {
    await renderSettingsPage();
    await targets().findByLabelText('Stage 2');
    typeInto(field(targets(), 'Stage 2'), '5');
    await leave('settings:local-targets', (v) => expect(v).toMatchObject({ stage2Months: '5' }));

    await renderSettingsPage();
    expect(await targets().findByText(NOTICE)).toBeTruthy();
    expect(field(targets(), 'Stage 2').value).toBe('5');
    fireEvent.click(targets().getByRole('button', { name: 'Save local targets' }));

    expect(await targets().findByText(/Local targets saved/)).toBeTruthy();
    expect((await settingsRepo.localTargets()).stage2Months).toBe(5);
    expect(targets().queryByText(NOTICE)).toBeNull();
    expect(field(targets(), 'Stage 2').value).toBe('5');
    expect(await draftsRepo.get('settings:local-targets')).toBeUndefined();
  });

  it('are kept when the figures are wrong, and discarding goes back to the saved targets', async () => {
    await renderSettingsPage();
    await targets().findByLabelText('Stage 1');
    typeInto(field(targets(), 'Stage 1'), 'abc');
    fireEvent.click(targets().getByRole('button', { name: 'Save local targets' }));
    expect(await targets().findByText(/Number of months for stage 1 must be a whole number/)).toBeTruthy();
    await leave('settings:local-targets', (v) => expect(v).toMatchObject({ stage1Months: 'abc' }));

    await renderSettingsPage();
    fireEvent.click(await targets().findByRole('button', { name: 'Discard it' }));
    await waitFor(() => expect(field(targets(), 'Stage 1').value).toBe(String(DEFAULT_LOCAL_TARGETS.stage1Months)));
    expect(await draftsRepo.get('settings:local-targets')).toBeUndefined();
    expect(await db().settings.get('localTargets')).toBeUndefined();
  });
});

describe('drafts: the stage 1 check list', () => {
  const checks = () => region('Stage 1 checks');

  it('keeps unsaved changes and added checks, and is removed once the list is saved', { timeout: 30_000 }, async () => {
    await renderSettingsPage();
    typeInto(await checks().findByDisplayValue('Ofsted check'), 'Ofsted and registration check');
    typeInto(field(checks(), 'Name of the check'), 'Social media check');
    fireEvent.click(checks().getByRole('button', { name: 'Add check to the list' }));
    await checks().findByDisplayValue('Social media check');
    await leave('settings:check-types', (v) => expect(v).toHaveLength(DEFAULT_CHECK_TYPES.length + 1));
    expect(await draftsRepo.get('settings:new-check-type')).toBeUndefined();

    await renderSettingsPage();
    expect(await checks().findByText(NOTICE)).toBeTruthy();
    expect(checks().getByDisplayValue('Ofsted and registration check')).toBeTruthy();
    expect(checks().getByDisplayValue('Social media check')).toBeTruthy();
    expect(checks().getByText('New: not saved yet')).toBeTruthy();
    fireEvent.click(checks().getByRole('button', { name: 'Save check list' }));

    expect(await screen.findByText('Check list saved')).toBeTruthy();
    expect(checks().queryByText(NOTICE)).toBeNull();
    expect(checks().queryByText('New: not saved yet')).toBeNull();
    expect((await settingsRepo.checkTypes()).map((t) => t.label)).toContain('Social media check');
    expect(await draftsRepo.get('settings:check-types')).toBeUndefined();
  });

  it('goes back to the saved list when discarded', async () => {
    await renderSettingsPage();
    typeInto(await checks().findByDisplayValue('Health check'), 'Medical');
    await leave('settings:check-types', (v) => expect(v).toBeDefined());

    await renderSettingsPage();
    fireEvent.click(await checks().findByRole('button', { name: 'Discard it' }));
    expect(await checks().findByDisplayValue('Health check')).toBeTruthy();
    expect(checks().queryByDisplayValue('Medical')).toBeNull();
    expect(await draftsRepo.get('settings:check-types')).toBeUndefined();
    expect(await settingsRepo.checkTypes()).toEqual(DEFAULT_CHECK_TYPES);
  });

  it('keeps a half-filled new check on its own, until it is discarded', { timeout: 30_000 }, async () => {
    await renderSettingsPage();
    await checks().findByDisplayValue('Ofsted check');
    typeInto(field(checks(), 'Name of the check'), 'School vis');
    fireEvent.click(checks().getByLabelText('Has an expiry date'));
    await leave('settings:new-check-type', (v) => expect(v).toMatchObject({ label: 'School vis', hasExpiry: true }));
    expect(await draftsRepo.get('settings:check-types')).toBeUndefined();

    await renderSettingsPage();
    expect(await checks().findByText(NOTICE)).toBeTruthy();
    expect(field(checks(), 'Name of the check').value).toBe('School vis');
    expect(field(checks(), 'Has an expiry date').checked).toBe(true);
    fireEvent.click(checks().getByRole('button', { name: 'Discard it' }));
    await waitFor(() => expect(field(checks(), 'Name of the check').value).toBe(''));
    expect(field(checks(), 'Has an expiry date').checked).toBe(false);
    expect(await draftsRepo.get('settings:new-check-type')).toBeUndefined();
  });
});

describe('drafts: a name added in settings', () => {
  it('comes back with a notice, and is removed once the name is added', async () => {
    await renderSettingsPage();
    await people().findByRole('rowheader', { name: 'Testy McWorker' });
    typeInto(field(people(), 'Full name'), 'Morgan Inventedname');
    await leave('settings:new-person', (v) => expect(v).toBe('Morgan Inventedname'));

    await renderSettingsPage();
    expect(await people().findByText(NOTICE)).toBeTruthy();
    expect(field(people(), 'Full name').value).toBe('Morgan Inventedname');
    fireEvent.click(people().getByRole('button', { name: 'Add name' }));

    expect(await people().findByRole('rowheader', { name: 'Morgan Inventedname' })).toBeTruthy();
    expect(field(people(), 'Full name').value).toBe('');
    expect(people().queryByText(NOTICE)).toBeNull();
    expect(await draftsRepo.get('settings:new-person')).toBeUndefined();
  });

  it('is forgotten when discarded', async () => {
    await draftsRepo.put('settings:new-person', 'Half a na');
    await renderSettingsPage();
    fireEvent.click(await people().findByRole('button', { name: 'Discard it' }));
    await waitFor(() => expect(field(people(), 'Full name').value).toBe(''));
    expect(people().queryByText(NOTICE)).toBeNull();
    expect(await draftsRepo.get('settings:new-person')).toBeUndefined();
  });
});

describe('drafts: the name on “Who is using this device?”', () => {
  const renderWho = () =>
    render(
      <LocationProvider>
        <WhoPage />
      </LocationProvider>,
    );
  const nameBox = () => screen.getByLabelText('Your full name') as HTMLInputElement;

  it('comes back with a notice, and Discard clears it', async () => {
    renderWho();
    await screen.findByRole('button', { name: /Testy McWorker/ });
    typeInto(nameBox(), 'Sky Notreal');
    await leave('who:new-name', (v) => expect(v).toBe('Sky Notreal'));

    renderWho();
    expect(await screen.findByText(NOTICE)).toBeTruthy();
    expect(nameBox().value).toBe('Sky Notreal');
    fireEvent.click(screen.getByRole('button', { name: 'Discard it' }));
    await waitFor(() => expect(nameBox().value).toBe(''));
    await waitFor(() => expect(document.activeElement).toBe(nameBox()));
    expect(screen.queryByText(NOTICE)).toBeNull();
    expect(await draftsRepo.get('who:new-name')).toBeUndefined();
  });

  it('is removed once the name is added', async () => {
    await draftsRepo.put('who:new-name', 'Sky Notreal');
    renderWho();
    await waitFor(() => expect(nameBox().value).toBe('Sky Notreal'));
    fireEvent.click(screen.getByRole('button', { name: 'Add and continue' }));

    await waitFor(() => expect(currentUser.value?.name).toBe('Sky Notreal'));
    expect(await draftsRepo.get('who:new-name')).toBeUndefined();
    expect((await db().staff.toArray()).map((s) => s.name).sort()).toEqual(['Sky Notreal', 'Testy McWorker']);
  });
});

describe('drafts: the name of a targets scenario', () => {
  const nameBox = () => screen.getByLabelText('Save this scenario') as HTMLInputElement;

  it('comes back with a notice, and is removed once the scenario is saved', async () => {
    renderTargets();
    await screen.findByText('No scenarios saved on this device yet.');
    typeInto(nameBox(), 'Board option A');
    await leave('targets:scenario-name', (v) => expect(v).toBe('Board option A'));

    renderTargets();
    expect(await screen.findByText(NOTICE)).toBeTruthy();
    expect(nameBox().value).toBe('Board option A');
    fireEvent.click(screen.getByRole('button', { name: 'Save this scenario' }));

    expect(await screen.findByText('Scenario “Board option A” saved.')).toBeTruthy();
    expect(nameBox().value).toBe('');
    expect(screen.queryByText(NOTICE)).toBeNull();
    expect(await draftsRepo.get('targets:scenario-name')).toBeUndefined();
    expect((await db().targetPlans.toArray()).map((p) => p.name)).toEqual(['Board option A']);
  });

  it('is forgotten when discarded', async () => {
    await draftsRepo.put('targets:scenario-name', 'Half-typed');
    renderTargets();
    fireEvent.click(await screen.findByRole('button', { name: 'Discard it' }));
    await waitFor(() => expect(nameBox().value).toBe(''));
    await waitFor(() => expect(document.activeElement).toBe(nameBox()));
    expect(await draftsRepo.get('targets:scenario-name')).toBeUndefined();
  });
});
