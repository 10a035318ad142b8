import Dexie from 'dexie';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/data/db';
import { householdsRepo } from '../../src/data/repositories/households';
import { notesRepo } from '../../src/data/repositories/notes';
import { staffRepo } from '../../src/data/repositories/staff';
import { currentUser } from '../../src/ui/current-user';
import { AssessmentSection } from '../../src/ui/household/AssessmentSection';
import { renderSettingsPage } from './settings-page';
import { createHousehold, renderHousehold, signIn, summaryRow } from './household-record-helpers';
import { LiveRecord, makeHousehold } from './household-sections-harness';
import { typeDate, shownDate } from './date-input';

/** What Dexie rejects with when the browser refuses a write for lack of space. */
const diskFull = () => new Dexie.AbortError('Transaction aborted', new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
const NO_SPACE = /This device has no space left to save this\. Nothing was changed and what you typed is kept\./;

beforeEach(signIn);
afterEach(() => vi.restoreAllMocks());

describe('a save refused because the device is full', () => {
  it('says so beside the note and at the top of its form, and keeps the note', async () => {
    vi.spyOn(notesRepo, 'add').mockRejectedValue(diskFull());
    const h = await createHousehold();
    renderHousehold(h.id);
    await screen.findByRole('heading', { name: 'Notes' });
    fireEvent.input(screen.getByLabelText('Add a note'), { target: { value: 'Discussed respite on the phone.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));

    await waitFor(() => expect(document.getElementById('note-text-error')?.textContent).toMatch(NO_SPACE));
    expect(within(screen.getByRole('alert', { name: 'There is a problem' })).getByRole('link', { name: NO_SPACE })).toBeTruthy();
    expect((screen.getByLabelText('Add a note') as HTMLTextAreaElement).value).toBe('Discussed respite on the phone.');
    expect(await db().notes.count()).toBe(0);
  });

  it('says so at the top of an assessment form in plain words, never the raw error, and keeps the dates', async () => {
    vi.spyOn(householdsRepo, 'updateAssessment').mockRejectedValue(diskFull());
    const h = await makeHousehold();
    render(<LiveRecord id={h.id} sections={[AssessmentSection]} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Change stage 2 details' }));
    const form = await screen.findByRole('form', { name: 'Change stage 2 details' });
    typeDate(within(form), 'Date the Form F was started', '2026-03-02');
    fireEvent.click(within(form).getByRole('button', { name: 'Save stage 2 details' }));

    const alert = await within(form).findByRole('alert', { name: 'Not saved' });
    expect(alert.textContent).toMatch(NO_SPACE);
    expect(form.textContent).not.toContain('Transaction aborted');
    await waitFor(() => expect(document.activeElement).toBe(alert));
    expect(shownDate(within(form), 'Date the Form F was started')).toBe('2026-03-02');
  });

  it('says so when changing the worker on the household summary', async () => {
    const worker = await staffRepo.add('Wendy Workername');
    vi.spyOn(householdsRepo, 'updateHousehold').mockRejectedValue(diskFull());
    const h = await createHousehold();
    const { container } = renderHousehold(h.id);
    await screen.findByRole('heading', { level: 1 });
    fireEvent.click(within(summaryRow(container, 'Worker')).getByRole('button', { name: /Change/ }));
    const select = (await screen.findByLabelText('Worker')) as HTMLSelectElement;
    await within(select).findByRole('option', { name: 'Wendy Workername' });
    fireEvent.change(select, { target: { value: worker.id } });
    fireEvent.click(screen.getByRole('button', { name: 'Save worker' }));

    expect((await screen.findByRole('alert', { name: 'Not saved' })).textContent).toMatch(NO_SPACE);
    expect((screen.getByLabelText('Worker') as HTMLSelectElement).value).toBe(worker.id);
    expect((await householdsRepo.get(h.id))!.workerId).toBeUndefined();
  });

  it('says so at the top of the people list in Settings, and keeps the name typed', async () => {
    currentUser.value = await staffRepo.add('Testy McWorker');
    vi.spyOn(staffRepo, 'add').mockRejectedValue(diskFull());
    await renderSettingsPage();
    const people = within(screen.getByRole('region', { name: 'People using this device' }));
    await people.findByRole('rowheader', { name: 'Testy McWorker' });
    fireEvent.input(people.getByLabelText('Full name'), { target: { value: 'Morgan Inventedname' } });
    fireEvent.click(people.getByRole('button', { name: 'Add name' }));

    expect((await people.findByRole('alert', { name: 'Not saved' })).textContent).toMatch(NO_SPACE);
    expect((people.getByLabelText('Full name') as HTMLInputElement).value).toBe('Morgan Inventedname');
    expect(await db().staff.count()).toBe(1);
  });
});
