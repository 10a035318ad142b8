import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { checksRepo } from '../../src/data/repositories/checks';
import { draftsRepo } from '../../src/data/repositories/drafts';
import { Opens } from '../../src/ui/carers/Opens';
import { useDisclosure } from '../../src/ui/household/AssessmentFormParts';
import { AssessmentSection } from '../../src/ui/household/AssessmentSection';
import { ChecksSection } from '../../src/ui/household/ChecksSection';
import { PeopleSection } from '../../src/ui/household/PeopleSection';
import { signIn } from './household-record-helpers';
import { LiveRecord, TODAY, makeHousehold } from './household-sections-harness';
import { renderLibrary } from './library-helpers';

vi.mock('../../src/data/library/built-in', async () => (await import('./library-fixtures')).fixtureBuiltIn());

beforeEach(signIn);

/**
 * A form that opens in place of the button pressed: that button is gone, so focus must go into the
 * form, or a keyboard or screen reader user is left at the top of the page.
 */
describe('a form opened in place', () => {
  it('takes focus in its first field when a person opens it', async () => {
    const h = await makeHousehold();
    await checksRepo.raiseChecks(h.id, 'Tess Tester', TODAY);
    render(<LiveRecord id={h.id} sections={[ChecksSection, PeopleSection, AssessmentSection]} />);

    fireEvent.click(await screen.findByRole('button', { name: 'Update Ofsted check' }));
    const check = await screen.findByRole('form', { name: 'Update: Ofsted check' });
    await waitFor(() => expect(document.activeElement).toBe(within(check).getAllByRole('textbox')[0]));

    fireEvent.click(within(check).getByRole('button', { name: 'Cancel' }));
    // A first question already answered: focus on the answer given, where Tab would land.
    fireEvent.click(await screen.findByRole('button', { name: 'Add a person' }));
    const person = await screen.findByRole('group', { name: 'Role in the household' });
    await waitFor(() => expect(document.activeElement).toBe(within(person).getByRole('radio', { name: 'Household member' })));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Change stage 2 details' }));
    const stage2 = await screen.findByRole('form', { name: 'Change stage 2 details' });
    await waitFor(() => expect(document.activeElement).toBe(within(stage2).getByLabelText('Assessor')));
  });

  it('leaves focus where it is when it opens again with its draft as the page opens', async () => {
    const h = await makeHousehold();
    await draftsRepo.put(`stage2:${h.id}`, { assessorId: '', formFStartedOn: '2026-03-02' });
    render(<LiveRecord id={h.id} sections={[AssessmentSection]} />);
    await screen.findByRole('form', { name: 'Change stage 2 details' });
    expect(document.activeElement).toBe(document.body);
  });

  it('on a carer household, takes focus, closes on Escape and hands focus back to its button', async () => {
    render(
      <Opens label="Log a supervision visit">
        {(done) => (
          <form aria-label="Log a supervision visit" onSubmit={done}>
            <label for="visit-notes">Notes</label>
            <input id="visit-notes" />
          </form>
        )}
      </Opens>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Log a supervision visit' }));
    const notes = await screen.findByLabelText('Notes');
    await waitFor(() => expect(document.activeElement).toBe(notes));
    fireEvent.keyDown(notes, { key: 'Escape' });
    const opener = await screen.findByRole('button', { name: 'Log a supervision visit' });
    await waitFor(() => expect(document.activeElement).toBe(opener));
  });

  it("in the library, takes focus in the new resource's title, and hands it back to the button on Cancel", async () => {
    renderLibrary('/library');
    fireEvent.click(await screen.findByRole('button', { name: 'Add a resource' }));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Title', { exact: false })));
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    const add = await screen.findByRole('button', { name: 'Add a resource' });
    await waitFor(() => expect(document.activeElement).toBe(add));
  });

  it('in the library, closes on Escape with focus back on its button, and keeps what was typed for the next time it opens', async () => {
    renderLibrary('/library');
    fireEvent.click(await screen.findByRole('button', { name: 'Add a resource' }));
    const title = screen.getByLabelText('Title', { exact: false });
    fireEvent.input(title, { target: { value: 'Hollowmere carers’ coffee morning' } });
    fireEvent.keyDown(title, { key: 'Escape' });
    const add = await screen.findByRole('button', { name: 'Add a resource' });
    await waitFor(() => expect(document.activeElement).toBe(add));
    fireEvent.click(add);
    await waitFor(() => expect((screen.getByLabelText('Title', { exact: false }) as HTMLInputElement).value).toBe('Hollowmere carers’ coffee morning'));
  });
});

describe('a form opened in place and saved', () => {
  it("in the library, leaves focus on the banner that says it was saved, not on the button it was opened from", async () => {
    renderLibrary('/library');
    fireEvent.click(await screen.findByRole('button', { name: 'Add a resource' }));
    const title = screen.getByLabelText('Title', { exact: false });
    await waitFor(() => expect(document.activeElement).toBe(title));
    fireEvent.input(title, { target: { value: 'Hollowmere carers’ coffee morning' } });
    fireEvent.change(screen.getByLabelText('Category', { exact: false }), { target: { value: 'Support for you' } });
    fireEvent.input(screen.getByLabelText('Summary', { exact: false }), { target: { value: 'A monthly morning for carers to meet.' } });
    fireEvent.input(screen.getByLabelText('Text', { exact: false }), { target: { value: 'Every first Tuesday at the Hollowmere community hall.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save resource' }));
    const banner = await screen.findByText(/“Hollowmere carers’ coffee morning” saved/);
    await waitFor(() => expect(banner.closest('[tabindex="-1"]')).toBe(document.activeElement));
  });
});

/** A form whose stored draft is found by a read that a test answers when it likes. */
function LateDraftForm({ found }: { found: (reopen: () => void) => void }) {
  const form = useDisclosure();
  found(() => form.reopen(true));
  return form.open ? (
    <div {...form.panel}>
      <label for="late-notes">Notes</label>
      <input id="late-notes" />
      <button type="button" onClick={form.hide}>
        Cancel
      </button>
    </div>
  ) : (
    <button type="button" ref={form.opener} onClick={() => form.show(true)}>
      Add notes
    </button>
  );
}

describe('a form whose draft is read as the page opens', () => {
  it('opens again with the draft, unless the person has opened or closed it meanwhile', async () => {
    let reopen = () => undefined as unknown;
    render(<LateDraftForm found={(r) => (reopen = r)} />);
    reopen();
    expect(await screen.findByLabelText('Notes')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    await screen.findByRole('button', { name: 'Add notes' });
    // The read answers late, after the person closed the form: it stays closed.
    reopen();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByLabelText('Notes')).toBeNull();
  });
});
