import { fireEvent, screen, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { SERVICE_EVENTS } from '../../src/data/audit';
import { db } from '../../src/data/db';
import { deviceSettingsRepo } from '../../src/data/repositories/device-settings';
import { currentUser } from '../../src/ui/current-user';
import { renderSettingsPage } from './settings-page';

const LABEL = 'Keep removal notes for (days)';
const form = () => within(screen.getByRole('form', { name: 'Removal notes' }));
/** The form, once the setting in force has loaded into it: the whole Settings page loads first, slow on a busy machine. */
const opened = async () => within(await screen.findByRole('form', { name: 'Removal notes' }, { timeout: 15_000 }));
const summary = () => within(screen.getByRole('alert', { name: 'There is a problem' }));
const typeInto = (field: HTMLElement, value: string) => fireEvent.input(field, { target: { value } });

/** The message shown beside a field: its error paragraph, named in the field's description. */
function errorBeside(label: string): string | undefined {
  const id = form().getByLabelText(label).getAttribute('aria-describedby')!.split(' ').find((i) => i.endsWith('-error'));
  return id ? document.getElementById(id)!.textContent!.replace('Error: ', '') : undefined;
}

beforeEach(() => {
  currentUser.value = { id: 'staff-test-1', name: 'Sam Example', active: 1 };
});

describe('Settings: how long removal notes are kept', () => {
  it('shows the 400 days in force and says in plain words what the notes are for', async () => {
    await renderSettingsPage();
    const days = (await opened()).getByLabelText(LABEL) as HTMLInputElement;
    expect(days.value).toBe('400');
    const hint = document.getElementById(days.getAttribute('aria-describedby')!.split(' ')[0]!)!.textContent;
    expect(hint).toMatch(/Removal notes tell other devices and older backups that a record was removed\./);
    expect(hint).toMatch(/only pruned once a backup \(and a sync, where on\) has been made since/);
    expect(hint).toMatch(/A whole number from 30 to 3,650\./);
  });

  it('refuses too few days and part days beside the field and at the top, keeps what was typed, and saves nothing', async () => {
    await renderSettingsPage();
    const days = (await opened()).getByLabelText(LABEL) as HTMLInputElement;

    typeInto(days, '14');
    fireEvent.click(form().getByRole('button', { name: 'Save removal notes setting' }));
    expect(await summary().findByRole('link', { name: 'The number of days must be between 30 and 3,650' })).toBeTruthy();
    expect(errorBeside(LABEL)).toBe('The number of days must be between 30 and 3,650');
    expect(days.value).toBe('14');

    typeInto(days, '90.5');
    fireEvent.click(form().getByRole('button', { name: 'Save removal notes setting' }));
    expect(await summary().findByRole('link', { name: 'The number of days must be a whole number, like 400' })).toBeTruthy();

    typeInto(days, '4000');
    fireEvent.click(form().getByRole('button', { name: 'Save removal notes setting' }));
    expect(await summary().findByRole('link', { name: 'The number of days must be between 30 and 3,650' })).toBeTruthy();
    expect(await db().settings.get('removalNoteDays')).toBeUndefined();
  });

  it('saves whole days, clears the mistakes and records who changed it from what to what', async () => {
    await renderSettingsPage();
    const days = (await opened()).getByLabelText(LABEL);
    typeInto(days, '10');
    fireEvent.click(form().getByRole('button', { name: 'Save removal notes setting' }));
    await summary().findByRole('link', { name: 'The number of days must be between 30 and 3,650' });

    typeInto(days, '730');
    fireEvent.click(form().getByRole('button', { name: 'Save removal notes setting' }));
    expect(await screen.findByText('Removal notes setting saved', {}, { timeout: 8000 })).toBeTruthy();
    expect(screen.queryByRole('alert', { name: 'There is a problem' })).toBeNull();
    expect(await deviceSettingsRepo.removalNoteDays()).toBe(730);
    const audit = await db().events.where('householdId').equals(SERVICE_EVENTS).toArray();
    const entry = audit.find((e) => e.summary === 'Removal notes kept for 730 days');
    expect(entry?.by).toBe('Sam Example');
    expect(entry?.changes).toEqual([{ field: 'removalNoteDays', from: 400, to: 730 }]);
  });

  it('refuses a save over a change made in another tab, saying who made it and keeping what was typed', async () => {
    await renderSettingsPage();
    const days = (await opened()).getByLabelText(LABEL) as HTMLInputElement;
    await deviceSettingsRepo.saveRemovalNoteDays(500, 'Priya Example-Shah', {});

    typeInto(days, '600');
    fireEvent.click(form().getByRole('button', { name: 'Save removal notes setting' }));
    const refusal = await form().findByRole('alert', { name: 'This record has changed' });
    expect(refusal.textContent).toMatch(/Since you opened this form, Priya Example-Shah changed the days removal notes are kept at \d\d:\d\d\./);
    expect(days.value).toBe('600');
    expect(await deviceSettingsRepo.removalNoteDays()).toBe(500);
  });
});
