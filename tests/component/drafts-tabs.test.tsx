import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/data/db';
import { draftsRepo, writePendingDrafts } from '../../src/data/repositories/drafts';
import { DraftNotice } from '../../src/ui/components/DraftNotice';
import { useFormDraft } from '../../src/ui/components/use-form-draft';

const FORM = 'note:household-1';
const RESTORED = /We restored what you had typed/;

/** One form as a tab shows it: the tab's id is fixed as the form opens, as after a page load. */
function NoteForm({ label }: { label: string }) {
  const draft = useFormDraft(FORM, () => '');
  return (
    <form aria-label={label}>
      <DraftNotice draft={draft} focusId={`${label}-text`} />
      <label for={`${label}-text`}>Note</label>
      <input id={`${label}-text`} value={draft.values} onInput={(e) => draft.change(e.currentTarget.value)} />
    </form>
  );
}

function openInTab(tab: string, label = tab) {
  sessionStorage.setItem('fostering:tab', tab);
  render(<NoteForm label={label} />);
  const form = screen.getByRole('form', { name: label });
  return { form, box: within(form).getByLabelText('Note') as HTMLInputElement };
}

/** Which tabs hold their Web Lock, as `navigator.locks.query()` reports it. */
function tabsAlive(...tabs: string[]) {
  Object.defineProperty(navigator, 'locks', {
    configurable: true,
    value: { query: async () => ({ held: tabs.map((t) => ({ name: `fostering-tab:${t}`, mode: 'exclusive' })), pending: [] }) },
  });
}

const ago = (ms: number) => new Date(Date.now() - ms).toISOString();

beforeEach(() => {
  localStorage.clear();
});

afterEach(() => {
  vi.restoreAllMocks();
  delete (navigator as { locks?: unknown }).locks;
});

describe('drafts in more than one tab', () => {
  it('keeps each tab’s own text when two tabs type into the same form', async () => {
    const a = openInTab('tab-a');
    const b = openInTab('tab-b');
    fireEvent.input(a.box, { target: { value: 'Typed in the first tab' } });
    fireEvent.input(b.box, { target: { value: 'Typed in the second tab' } });
    await writePendingDrafts();
    cleanup();

    expect(openInTab('tab-a').box.value).toBe('');
    await waitFor(() => expect(within(screen.getByRole('form', { name: 'tab-a' })).getByLabelText<HTMLInputElement>('Note').value).toBe('Typed in the first tab'));
    const second = openInTab('tab-b');
    await waitFor(() => expect(second.box.value).toBe('Typed in the second tab'));
  });

  it('offers a draft left by a tab that has closed, and not one from a tab still open', async () => {
    tabsAlive('tab-open', 'tab-new');
    await db().drafts.bulkPut([
      { key: `${FORM}#tab-closed`, value: 'From a tab that crashed', savedAt: ago(60_000) },
      { key: `${FORM}#tab-open`, value: 'Still being typed elsewhere', savedAt: ago(1_000) },
    ]);
    const { form, box } = openInTab('tab-new');
    expect(await within(form).findByText(RESTORED)).toBeTruthy();
    expect(box.value).toBe('From a tab that crashed');
    // Now this tab's own, so no other tab is offered it too.
    expect(await draftsRepo.get(FORM, 'tab-new')).toBe('From a tab that crashed');
    expect(await db().drafts.get(`${FORM}#tab-closed`)).toBeUndefined();
    expect(await draftsRepo.get(FORM, 'tab-open')).toBe('Still being typed elsewhere');
  });

  it('without Web Locks, offers another tab’s draft once it has stopped changing', async () => {
    await db().drafts.put({ key: `${FORM}#tab-gone`, value: 'Quiet for a minute', savedAt: ago(60_000) });
    const { box } = openInTab('tab-new');
    await waitFor(() => expect(box.value).toBe('Quiet for a minute'));
  });

  it('restores, once, a draft kept before drafts were kept per tab', async () => {
    await db().drafts.put({ key: FORM, value: 'Typed before the update', savedAt: ago(60_000) });
    const { box } = openInTab('tab-new');
    await waitFor(() => expect(box.value).toBe('Typed before the update'));
    expect(await db().drafts.get(FORM)).toBeUndefined();
  });

  it('takes the localStorage copy written as the page was left when it is newer, and moves it into the database', async () => {
    await db().drafts.put({ key: `${FORM}#tab-a`, value: 'Half a sen', savedAt: ago(2_000) });
    localStorage.setItem(`fostering:draft:${FORM}#tab-a`, JSON.stringify({ value: 'Half a sentence, then reload', savedAt: ago(100) }));
    const { box } = openInTab('tab-a');
    await waitFor(() => expect(box.value).toBe('Half a sentence, then reload'));
    await waitFor(() => expect(localStorage.getItem(`fostering:draft:${FORM}#tab-a`)).toBeNull());
    expect(await draftsRepo.get(FORM, 'tab-a')).toBe('Half a sentence, then reload');
  });

  it('keeps the last keystrokes in localStorage at once when the page is left', async () => {
    const { box } = openInTab('tab-a');
    fireEvent.input(box, { target: { value: 'Typed just before reload' } });
    window.dispatchEvent(new Event('pagehide'));
    const copy = JSON.parse(localStorage.getItem(`fostering:draft:${FORM}#tab-a`) ?? '{}') as { value?: string };
    expect(copy.value).toBe('Typed just before reload');
  });
});

describe('a draft the device cannot keep', () => {
  it('says "Not saved as you type", keeps the text on screen, and clears once a draft is kept again', async () => {
    const full = new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    const put = vi.spyOn(db().drafts, 'put').mockRejectedValue(full);
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation((key: string) => {
      if (key.startsWith('fostering:draft:')) throw full;
    });
    const { form, box } = openInTab('tab-a');
    fireEvent.input(box, { target: { value: 'Nowhere to keep this' } });

    const notice = await within(form).findByText(/Not saved as you type/);
    expect(notice.closest('[role="status"]')).toBeTruthy();
    expect(box.value).toBe('Nowhere to keep this');

    put.mockRestore();
    setItem.mockRestore();
    fireEvent.input(box, { target: { value: 'Nowhere to keep this, until now' } });
    await waitFor(() => expect(within(form).queryByText(/Not saved as you type/)).toBeNull());
    expect(await draftsRepo.get(FORM, 'tab-a')).toBe('Nowhere to keep this, until now');
  });
});
