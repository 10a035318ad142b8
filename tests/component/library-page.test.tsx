import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { db } from '../../src/data/db';
import { libraryRepo } from '../../src/data/repositories/library';
import { settingsRepo } from '../../src/data/repositories/settings';
import { EMPTY_SERVICE_DETAILS } from '../../src/domain/service-details';
import { renderLibrary } from './library-helpers';
import { addDays, todayIso } from '../../src/domain/dates';
import { asFixture } from '../fixture-person';

vi.mock('../../src/data/library/built-in', async () => (await import('./library-fixtures')).fixtureBuiltIn());

const search = (text: string) => fireEvent.input(screen.getByLabelText('Search the library'), { target: { value: text } });
const resultTitles = () =>
  within(screen.getByRole('region', { name: 'Search results' }))
    .getAllByRole('listitem')
    .map((li) => li.querySelector('a')?.textContent);

function choosePack(content: string) {
  const file = new File([content], 'pack.json', { type: 'application/json' });
  fireEvent.change(screen.getByLabelText('Service pack file'), { target: { files: [file] } });
  fireEvent.click(screen.getByRole('button', { name: 'Check the service pack' }));
}

const PACK = {
  kind: 'fostering-service-pack',
  version: 1,
  exportedAt: '2026-11-02T10:00:00.000Z',
  service: {
    name: 'Exampleshire Fostering',
    dutyPhone: '01632 960123',
    outOfHoursPhone: '01632 960999',
    email: 'fostering@example.org',
    localContacts: [{ name: 'Pat Madeup', role: 'Mockingbird liaison worker', phone: '07700 900123' }],
  },
  resources: [
    {
      id: 'local-hub-evenings',
      title: 'Hub evenings',
      category: 'Support for you',
      summary: 'Monthly get-togethers for the constellation.',
      body: 'First Tuesday of the month.',
      lastReviewed: '2026-10-01',
    },
  ],
};

describe('the support library page', () => {
  it('lists resources by category and names a file it could not read', async () => {
    renderLibrary('/library');
    expect(await screen.findByRole('heading', { level: 1, name: 'Support library' })).toBeTruthy();
    const money = await screen.findByRole('region', { name: 'Money' });
    expect(within(money).getByRole('link', { name: 'Pretend allowances' }).getAttribute('href')).toBe('/library/pretend-allowances');
    expect(within(money).getByText('How the weekly allowance is paid.')).toBeTruthy();
    expect(within(money).getByText('Last reviewed 1 October 2026')).toBeTruthy();
    expect(screen.getByText(/broken\.md: it does not start with a front matter block/)).toBeTruthy();
  });

  it('ranks a title match above a body-only match and shows snippets', async () => {
    renderLibrary('/library');
    await screen.findByLabelText('Search the library');
    search('emergency');
    await screen.findByText('2 resources match “emergency”');
    expect(resultTitles()).toEqual(['Made-up emergency guide', 'Pretend allowances']);
    expect(screen.getByText(/The emergency fund pays for urgent costs\./)).toBeTruthy();
    search('unicorn');
    expect(await screen.findByText(/No resources match “unicorn”/)).toBeTruthy();
  });

  it('forgives one typo in a word of five letters or more', async () => {
    renderLibrary('/library');
    await screen.findByLabelText('Search the library');
    search('emergancy');
    await screen.findByText('2 resources match “emergancy”');
    expect(resultTitles()).toEqual(['Made-up emergency guide', 'Pretend allowances']);
    search('allowences');
    await screen.findByText(/resources? match(es)? “allowences”/);
    expect(resultTitles()[0]).toBe('Pretend allowances');
  });

  it('shows bookmarks and recently viewed from this device', async () => {
    await libraryRepo.toggleBookmark('pretend-allowances');
    await libraryRepo.recordView('made-up-emergency');
    renderLibrary('/library');
    const bookmarks = await screen.findByRole('region', { name: 'Bookmarks' });
    await waitFor(() => expect(within(bookmarks).getByRole('link', { name: 'Pretend allowances' })).toBeTruthy());
    const recent = screen.getByRole('region', { name: 'Recently viewed' });
    expect(within(recent).getByRole('link', { name: 'Made-up emergency guide' })).toBeTruthy();
  });

  it('imports a good service pack: the new resource and the contact details appear', async () => {
    renderLibrary('/library');
    const contacts = await screen.findByRole('region', { name: 'Your fostering service' });
    expect(within(contacts).getAllByText('(not yet filled in by your fostering service)')).toHaveLength(5);

    choosePack(JSON.stringify(PACK));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes, apply this pack' }));
    expect(await screen.findByText(/Service pack imported: 1 resource added, 0 changed, 0 removed, and the contact details of Exampleshire Fostering/)).toBeTruthy();
    const support = await screen.findByRole('region', { name: 'Support for you' });
    expect(within(support).getByRole('link', { name: 'Hub evenings' })).toBeTruthy();
    const service = screen.getByRole('region', { name: 'Exampleshire Fostering' });
    expect(within(service).getByRole('link', { name: '01632 960999' }).getAttribute('href')).toBe('tel:01632960999');
    expect(within(service).getByText('Pat Madeup')).toBeTruthy();
    expect((await settingsRepo.serviceDetails()).dutyPhone).toBe('01632960123');
  });

  it.each([
    ['of the wrong kind', { ...PACK, kind: 'fostering-backup' }, 'This file is not a fostering service pack'],
    ['with a bad phone number', { ...PACK, service: { ...PACK.service, outOfHoursPhone: '999 999' } }, 'Service details: Enter the out-of-hours phone number'],
    ['with a resource missing its title', { ...PACK, resources: [{ ...PACK.resources[0], title: '' }] }, 'Resource 1: Enter a title'],
    [
      'with an email address carrying a copy to someone else',
      { ...PACK, service: { ...PACK.service, email: 'fostering@example.org?bcc=someone@example.net' } },
      'Service details: Enter the email address in the right format',
    ],
    [
      'with a link that is not https',
      { ...PACK, resources: [{ ...PACK.resources[0], body: 'See [the form](http://example.org/form).' }] },
      'Resource 1 ("Hub evenings") links to "http://example.org/form": a service pack may only link to https web pages',
    ],
    [
      'with a resource reviewed in the future',
      { ...PACK, resources: [{ ...PACK.resources[0], lastReviewed: addDays(todayIso(), 1) }] },
      'Resource 1 ("Hub evenings"): Date last reviewed must be today or in the past',
    ],
  ])('rejects a pack %s, says why and changes nothing', async (_, pack, message) => {
    const before = { ...EMPTY_SERVICE_DETAILS, name: 'Old Name Fostering' };
    await settingsRepo.saveServiceDetails(before);
    await asFixture(async () => db().localResources.put({ id: 'local-kept', title: 'Kept resource', category: 'Money', summary: 'Stays.', body: 'Text.', lastReviewed: '2026-01-01', updatedAt: '2026-01-01T00:00:00Z' }));
    renderLibrary('/library');
    await screen.findByRole('region', { name: 'Money' });

    choosePack(JSON.stringify(pack));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The service pack was not imported');
    expect(alert.textContent).toContain('Nothing on this device was changed.');
    expect(alert.textContent).toContain(message);
    expect(await settingsRepo.serviceDetails()).toEqual(before);
    expect((await db().localResources.toArray()).map((r) => r.id)).toEqual(['local-kept']);
    expect(screen.queryByRole('link', { name: 'Hub evenings' })).toBeNull();
  });

  it('rejects a file that is not JSON', async () => {
    renderLibrary('/library');
    await screen.findByLabelText('Service pack file');
    choosePack('not json at all');
    expect((await screen.findByRole('alert')).textContent).toContain('it is not a JSON file');
  });
});
