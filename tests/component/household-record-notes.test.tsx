import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/data/db';
import { notesRepo } from '../../src/data/repositories/notes';
import { WORKER, createHousehold, renderHousehold, signIn } from './household-record-helpers';

beforeEach(signIn);

function notesSection() {
  return screen.getByRole('heading', { name: 'Notes' }).closest('section')!;
}

describe('household record: notes', () => {
  it('adds a note and shows it with who wrote it and when, and the timeline records it', async () => {
    const h = await createHousehold();
    renderHousehold(h.id);
    await screen.findByRole('heading', { name: 'Notes' });
    fireEvent.input(screen.getByLabelText('Add a note'), { target: { value: 'Phoned back; initial visit offered for Tuesday.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));

    const note = (await within(notesSection()).findByText('Phoned back; initial visit offered for Tuesday.')).closest('li')!;
    expect(note.textContent).toContain(WORKER);
    expect(note.querySelector('time')?.textContent).toMatch(/\d{4} at \d{2}:\d{2}/);
    expect((screen.getByLabelText('Add a note') as HTMLTextAreaElement).value).toBe('');
    const timeline = screen.getByRole('heading', { name: 'Timeline' }).closest('section')!;
    expect(await within(timeline).findByText('Note added')).toBeTruthy();
    const stored = await db().notes.where('householdId').equals(h.id).toArray();
    expect(stored.map((n) => [n.text, n.by])).toEqual([['Phoned back; initial visit offered for Tuesday.', WORKER]]);
  });

  it('asks for the note when it is blank and saves nothing', async () => {
    const h = await createHousehold();
    renderHousehold(h.id);
    await screen.findByRole('heading', { name: 'Notes' });
    fireEvent.input(screen.getByLabelText('Add a note'), { target: { value: '   ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));

    await waitFor(() => expect(document.getElementById('note-text-error')?.textContent).toContain('Enter the note'));
    expect(await db().notes.count()).toBe(0);
  });

  it('says so when the note cannot be saved, and keeps what was typed', async () => {
    const h = await createHousehold();
    renderHousehold(h.id);
    await screen.findByRole('heading', { name: 'Notes' });
    const add = vi.spyOn(notesRepo, 'add').mockRejectedValueOnce(new Error('disk full'));
    fireEvent.input(screen.getByLabelText('Add a note'), { target: { value: 'Visit went well.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));

    await waitFor(() => expect(document.getElementById('note-text-error')?.textContent).toContain('The note could not be saved on this device.'));
    expect((screen.getByLabelText('Add a note') as HTMLTextAreaElement).value).toBe('Visit went well.');
    add.mockRestore();
  });

  it('lists notes newest first', async () => {
    const h = await createHousehold();
    await notesRepo.add(h.id, 'First call made.', WORKER);
    await new Promise((r) => setTimeout(r, 5));
    await notesRepo.add(h.id, 'Second call made.', WORKER);
    renderHousehold(h.id);
    await screen.findByRole('heading', { name: 'Notes' });
    await within(notesSection()).findByText('Second call made.');
    const texts = Array.from(notesSection().querySelectorAll('.note-list__text')).map((p) => p.textContent);
    expect(texts).toEqual(['Second call made.', 'First call made.']);
  });

  it('shows 50 notes at a time, with earlier ones on request', async () => {
    const h = await createHousehold();
    for (let i = 1; i <= 55; i++) await notesRepo.add(h.id, `Call number ${i}.`, WORKER);
    renderHousehold(h.id);
    await screen.findByRole('heading', { name: 'Notes' });
    await within(notesSection()).findByText('Call number 55.');
    expect(notesSection().querySelectorAll('.note-list__item')).toHaveLength(50);
    fireEvent.click(within(notesSection()).getByRole('button', { name: 'Show earlier notes' }));
    await within(notesSection()).findByText('Call number 1.');
    expect(notesSection().querySelectorAll('.note-list__item')).toHaveLength(55);
  });
});
