import { fireEvent, screen, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { staffRepo } from '../../src/data/repositories/staff';
import { currentUser } from '../../src/ui/current-user';
import { renderSettingsPage } from './settings-page';

const people = () => within(screen.getByRole('region', { name: 'People using this device' }));

beforeEach(async () => {
  const me = await staffRepo.add('Testy McWorker');
  currentUser.value = me;
});

describe('Settings: people using this device', () => {
  it('adds a name to the list and shows it', async () => {
    await renderSettingsPage();
    expect(await people().findByRole('rowheader', { name: 'Testy McWorker' })).toBeTruthy();
    fireEvent.input(people().getByLabelText('Full name'), { target: { value: '  Morgan   Inventedname ' } });
    fireEvent.click(people().getByRole('button', { name: 'Add name' }));

    expect(await people().findByRole('rowheader', { name: 'Morgan Inventedname' })).toBeTruthy();
    expect(await screen.findByText('Morgan Inventedname added to the list')).toBeTruthy();
    expect((people().getByLabelText('Full name') as HTMLInputElement).value).toBe('');
    expect((await db().staff.toArray()).map((s) => s.name).sort()).toEqual(['Morgan Inventedname', 'Testy McWorker']);
  });

  it('says what is wrong with an empty or repeated name', async () => {
    await renderSettingsPage();
    await people().findByRole('rowheader', { name: 'Testy McWorker' });
    fireEvent.click(people().getByRole('button', { name: 'Add name' }));
    expect(await people().findByText('Enter the full name')).toBeTruthy();

    fireEvent.input(people().getByLabelText('Full name'), { target: { value: 'testy mcworker' } });
    fireEvent.click(people().getByRole('button', { name: 'Add name' }));
    const summary = within(await screen.findByRole('alert', { name: 'There is a problem' }));
    expect(await summary.findByRole('link', { name: 'testy mcworker is already on the list' })).toBeTruthy();
    expect(await db().staff.count()).toBe(1);
  });

  it('marks someone as no longer working here without removing them, but not the person using the device', async () => {
    await staffRepo.add('Sky Notreal');
    await renderSettingsPage();
    fireEvent.click(await people().findByRole('button', { name: 'Mark as no longer working here: Sky Notreal' }));
    expect(await screen.findByText('Sky Notreal marked as no longer working here')).toBeTruthy();
    const row = within((await people().findByRole('rowheader', { name: 'Sky Notreal' })).closest('tr')!);
    expect(await row.findByText('No longer works here')).toBeTruthy();
    expect((await db().staff.toArray()).find((s) => s.name === 'Sky Notreal')?.active).toBe(0);
    expect(people().getByText('Using this device now')).toBeTruthy();
    expect(people().queryByRole('button', { name: /Testy McWorker/ })).toBeNull();
  });
});
