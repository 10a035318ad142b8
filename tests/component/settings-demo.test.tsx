import { fireEvent, screen, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { currentUser } from '../../src/ui/current-user';
import { renderSettingsPage } from './settings-page';

beforeEach(() => {
  currentUser.value = { id: 'staff-test-1', name: 'Testy McWorker', active: 1 };
});

// Queries stay inside the section: a query over the whole Settings page runs again on every change
// the demo data makes to it, and on a busy machine that starved the load itself.
const demoSection = () => within(screen.getByRole('region', { name: 'Demo data' }));
const region = () => screen.findByRole('region', { name: 'Demo data' });

describe('Settings: demo data', () => {
  // Loading and removing 63 households through fake-indexeddb is slow on a busy machine.
  it('loads demo data, shows how many households are loaded and says so in a banner', { timeout: 120_000 }, async () => {
    await renderSettingsPage();
    const section = within(await region());
    expect(await section.findByText('No demo households are loaded.')).toBeTruthy();
    expect(demoSection().getByText(/made-up households/)).toBeTruthy();

    fireEvent.click(section.getByRole('button', { name: 'Load demo data' }));
    expect(await section.findByText('63 demo households loaded', {}, { timeout: 60_000 })).toBeTruthy();
    expect(await section.findByText('63 demo households are loaded.')).toBeTruthy();
    expect(section.queryByRole('button', { name: 'Load demo data' })).toBeNull();
    expect(await db().households.where('isDemo').equals(1).count()).toBe(63);
    const [event] = await db().events.filter((e) => e.summary === 'Demo household created').limit(1).toArray();
    expect(event?.by).toBe('Testy McWorker');
  });

  it('asks before removing demo data, then removes it and says so', { timeout: 120_000 }, async () => {
    await renderSettingsPage();
    const section = within(await region());
    fireEvent.click(await section.findByRole('button', { name: 'Load demo data' }));
    fireEvent.click(await section.findByRole('button', { name: 'Remove demo data' }, { timeout: 60_000 }));
    expect(section.getByText(/This deletes 63 demo households/)).toBeTruthy();

    fireEvent.click(section.getByRole('button', { name: 'Cancel' }));
    expect(await db().households.count()).toBe(63);

    fireEvent.click(section.getByRole('button', { name: 'Remove demo data' }));
    fireEvent.click(section.getByRole('button', { name: 'Yes, remove demo data' }));
    expect(await section.findByText('Demo data removed: 63 demo households deleted', {}, { timeout: 60_000 })).toBeTruthy();
    expect(await section.findByText('No demo households are loaded.')).toBeTruthy();
    expect(await db().households.count()).toBe(0);
  });
});
