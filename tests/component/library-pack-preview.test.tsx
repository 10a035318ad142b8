import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { db } from '../../src/data/db';
import { settingsRepo } from '../../src/data/repositories/settings';
import { EMPTY_SERVICE_DETAILS } from '../../src/domain/service-details';
import { asFixture } from '../fixture-person';
import { renderLibrary } from './library-helpers';

vi.mock('../../src/data/library/built-in', async () => (await import('./library-fixtures')).fixtureBuiltIn());

const resource = (id: string, title: string, extra: object = {}) => ({
  id,
  title,
  category: 'Support for you',
  summary: `About ${title}.`,
  body: `${title} text.`,
  lastReviewed: '2026-01-01',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...extra,
});

const PACK = {
  kind: 'fostering-service-pack',
  version: 1,
  exportedAt: '2026-11-02T10:00:00.000Z',
  service: { ...EMPTY_SERVICE_DETAILS, name: 'Exampleshire Fostering', outOfHoursPhone: '01632 960999' },
  resources: [resource('local-new-one', 'New group'), resource('local-from-pack', 'Hub evenings, new times'), resource('local-own', 'Pack version of our own')],
};

async function deviceWithAnEarlierPack() {
  await settingsRepo.saveServiceDetails({ ...EMPTY_SERVICE_DETAILS, name: 'Exampleshire Fostering', outOfHoursPhone: '01632960111' });
  await asFixture(async () =>
    db().localResources.bulkPut([
      resource('local-from-pack', 'Hub evenings', { fromPack: true as const }),
      resource('local-dropped', 'Old leaflet', { fromPack: true as const }),
      resource('local-own', 'Written by our carer'),
      resource('local-notes', 'Our own notes'),
    ]),
  );
}

async function checkPack() {
  renderLibrary('/library');
  const file = new File([JSON.stringify(PACK)], 'pack.json', { type: 'application/json' });
  fireEvent.change(await screen.findByLabelText('Service pack file'), { target: { files: [file] } });
  fireEvent.click(screen.getByRole('button', { name: 'Check the service pack' }));
  return screen.findByRole('region', { name: 'What this service pack would change' });
}

const titles = async () => (await db().localResources.orderBy('id').toArray()).map((r) => r.title);

describe('a service pack is previewed before it changes anything', () => {
  it('shows the contacts before and after and the resources added, changed and removed; Cancel changes nothing', async () => {
    await deviceWithAnEarlierPack();
    const before = await titles();
    const preview = await checkPack();

    const row = within(preview).getByRole('row', { name: /Out-of-hours phone/ });
    expect(row.textContent).toContain('01632 960111');
    expect(row.textContent).toContain('01632 960999');
    expect(row.textContent).toContain('(changes)');
    expect(within(preview).getByRole('heading', { name: 'Resources added: 1' })).toBeTruthy();
    expect(within(preview).getByText('New group')).toBeTruthy();
    expect(within(preview).getByRole('heading', { name: 'Resources changed: 1' })).toBeTruthy();
    expect(within(preview).getByText('Hub evenings, new times')).toBeTruthy();
    expect(within(preview).getByRole('heading', { name: /Resources removed: 1/ })).toBeTruthy();
    expect(within(preview).getByText('Old leaflet')).toBeTruthy();
    expect(within(preview).getByText('Written by our carer')).toBeTruthy();
    expect(within(preview).queryByText('Our own notes')).toBeNull();

    fireEvent.click(within(preview).getByRole('button', { name: 'Cancel' }));
    expect(await screen.findByText('The service pack was not applied. Nothing on this device was changed.')).toBeTruthy();
    expect(screen.queryByRole('region', { name: 'What this service pack would change' })).toBeNull();
    expect(await titles()).toEqual(before);
    expect((await settingsRepo.serviceDetails()).outOfHoursPhone).toBe('01632960111');
  });

  it('applies on "Yes": the pack’s own resources change, and those written on this device stay', async () => {
    await deviceWithAnEarlierPack();
    const preview = await checkPack();
    fireEvent.click(within(preview).getByRole('button', { name: 'Yes, apply this pack' }));

    expect(await screen.findByText(/Service pack imported: 1 resource added, 1 changed, 1 removed/)).toBeTruthy();
    expect(await titles()).toEqual(['Hub evenings, new times', 'New group', 'Our own notes', 'Written by our carer']);
    expect((await settingsRepo.serviceDetails()).outOfHoursPhone).toBe('01632960999');
  });
});
