import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { draftsRepo } from '../../src/data/repositories/drafts';
import { createHousehold, renderHousehold, signIn } from './household-record-helpers';

beforeEach(signIn);

const NOTICE = /We restored what you had typed/;

function notesSection() {
  return screen.getByRole('heading', { name: 'Notes' }).closest('section')!;
}

function noteBox() {
  return screen.getByLabelText('Add a note') as HTMLTextAreaElement;
}

async function typeNoteAndLeave(householdId: string, text: string) {
  const page = renderHousehold(householdId);
  await screen.findByRole('heading', { name: 'Notes' });
  fireEvent.input(noteBox(), { target: { value: text } });
  page.unmount();
  await waitFor(async () => expect(await draftsRepo.get(`note:${householdId}`)).toBe(text));
  cleanup();
}

describe('drafts: the note', () => {
  it('comes back with a notice after the page is left, and Discard clears it and forgets it', async () => {
    const h = await createHousehold();
    await typeNoteAndLeave(h.id, 'Left a voicemail about the visit.');

    renderHousehold(h.id);
    const notes = await screen.findByRole('heading', { name: 'Notes' }).then(() => notesSection());
    expect(await within(notes).findByText(NOTICE)).toBeTruthy();
    expect(noteBox().value).toBe('Left a voicemail about the visit.');

    fireEvent.click(within(notes).getByRole('button', { name: 'Discard it' }));
    await waitFor(() => expect(noteBox().value).toBe(''));
    expect(within(notes).queryByText(NOTICE)).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(noteBox()));
    expect(await draftsRepo.get(`note:${h.id}`)).toBeUndefined();
  });

  it('is removed once the note is added', async () => {
    const h = await createHousehold();
    await typeNoteAndLeave(h.id, 'Applicants asked about respite.');

    renderHousehold(h.id);
    await screen.findByRole('heading', { name: 'Notes' });
    await waitFor(() => expect(noteBox().value).toBe('Applicants asked about respite.'));
    fireEvent.click(screen.getByRole('button', { name: 'Add note' }));

    expect(await within(notesSection()).findByText('Applicants asked about respite.', { selector: '.note-list__text' })).toBeTruthy();
    expect(noteBox().value).toBe('');
    expect(within(notesSection()).queryByText(NOTICE)).toBeNull();
    expect(await draftsRepo.get(`note:${h.id}`)).toBeUndefined();
    expect(await db().drafts.count()).toBe(0);
  });

  it('is not kept when the note is emptied again', async () => {
    const h = await createHousehold();
    await typeNoteAndLeave(h.id, 'Half a thought');

    renderHousehold(h.id);
    await screen.findByRole('heading', { name: 'Notes' });
    await waitFor(() => expect(noteBox().value).toBe('Half a thought'));
    fireEvent.input(noteBox(), { target: { value: '' } });
    cleanup();
    await waitFor(async () => expect(await draftsRepo.get(`note:${h.id}`)).toBeUndefined());
  });

  it('for one household never shows on another', async () => {
    const a = await createHousehold({ applicants: ['Ada Examplesson'] });
    const b = await createHousehold({ applicants: ['Cy Sampleton'], email: 'cy.sampleton@example.com', phone: '07700900456', postcode: 'ZZ9 9ZZ' });
    await typeNoteAndLeave(a.id, 'Only about the Examplessons.');

    renderHousehold(b.id);
    await screen.findByRole('heading', { name: 'Cy Sampleton' });
    await screen.findByRole('heading', { name: 'Notes' });
    // Give the draft read time to land before checking it did not.
    await new Promise((r) => setTimeout(r, 100));
    expect(noteBox().value).toBe('');
    expect(screen.queryByText(NOTICE)).toBeNull();
    expect(await draftsRepo.get(`note:${a.id}`)).toBe('Only about the Examplessons.');
  });
});
