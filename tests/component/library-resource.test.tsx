import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { db } from '../../src/data/db';
import { settingsRepo } from '../../src/data/repositories/settings';
import { EMPTY_SERVICE_DETAILS } from '../../src/domain/service-details';
import { renderLibrary } from './library-helpers';

vi.mock('../../src/data/library/built-in', async () => (await import('./library-fixtures')).fixtureBuiltIn());

describe('a library resource page', () => {
  it('shows the category, title, review date and body with the service details filled in', async () => {
    await settingsRepo.saveServiceDetails({ ...EMPTY_SERVICE_DETAILS, name: 'Exampleshire Fostering', outOfHoursPhone: '01632960999' });
    renderLibrary('/library/made-up-emergency');
    const h1 = await screen.findByRole('heading', { level: 1 });
    expect(h1.textContent).toBe('Emergencies and safetyMade-up emergency guide');
    expect(screen.getByText('Last reviewed 1 November 2026')).toBeTruthy();
    expect(await screen.findByText(/Then tell Exampleshire Fostering on/)).toBeTruthy();
    expect(screen.getAllByRole('link', { name: '01632 960999' })[0]?.getAttribute('href')).toBe('tel:01632960999');
    expect(screen.getByRole('link', { name: 'Pretend allowances' }).getAttribute('href')).toBe('/library/pretend-allowances');
    expect(screen.getByRole('link', { name: 'Back to the library' }).getAttribute('href')).toBe('/library');
  });

  it('keeps a bookmark on the device and records the view', async () => {
    renderLibrary('/library/pretend-allowances');
    const button = await screen.findByRole('button', { name: 'Bookmark this page' });
    expect(button.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(button);
    const pressed = await screen.findByRole('button', { name: 'Remove bookmark' });
    expect(pressed.getAttribute('aria-pressed')).toBe('true');
    expect((await db().bookmarks.toArray()).map((b) => b.resourceId)).toEqual(['pretend-allowances']);
    await waitFor(async () => expect((await db().recentResources.toArray()).map((r) => r.resourceId)).toEqual(['pretend-allowances']));

    fireEvent.click(pressed);
    await screen.findByRole('button', { name: 'Bookmark this page' });
    expect(await db().bookmarks.count()).toBe(0);
  });

  it('says so when there is no such resource', async () => {
    renderLibrary('/library/no-such-thing');
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe('Resource not found');
  });
});
