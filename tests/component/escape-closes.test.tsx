import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { addDays, todayIso } from '../../src/domain/dates';
import { checksRepo } from '../../src/data/repositories/checks';
import { AssessmentSection } from '../../src/ui/household/AssessmentSection';
import { ChecksSection } from '../../src/ui/household/ChecksSection';
import { createHousehold, renderHousehold, signIn } from './household-record-helpers';
import { LiveRecord, TODAY, makeHousehold } from './household-sections-harness';
import { dateBox, shownDate, typeDate } from './date-input';

beforeEach(signIn);

const escape = (element: Element) => fireEvent.keyDown(element, { key: 'Escape' });

describe('Escape in a form opened in place', () => {
  it('closes a move, hands focus back to its button, and brings back what was typed when it opens again', async () => {
    const today = todayIso();
    const h = await createHousehold({ enquiryOn: addDays(today, -10) });
    renderHousehold(h.id);
    const opener = await screen.findByRole('button', { name: 'Move to Initial visit' });
    fireEvent.click(opener);
    await screen.findByRole('button', { name: 'Save move' });
    typeDate(screen, 'Date of the move', addDays(today, -3));
    escape(dateBox(screen, 'Date of the move', 'Year'));

    expect(screen.queryByRole('button', { name: 'Save move' })).toBeNull();
    expect(document.activeElement).toBe(opener);
    expect(opener.getAttribute('aria-expanded')).toBe('false');

    fireEvent.click(opener);
    await waitFor(() => expect(shownDate(screen, 'Date of the move')).toBe(addDays(today, -3)));
  });

  it('closes a check update, hands focus back to its Update button, and keeps what was typed as its draft', async () => {
    const h = await makeHousehold();
    await checksRepo.raiseChecks(h.id, 'Tess Tester', TODAY);
    render(<LiveRecord id={h.id} sections={[ChecksSection]} />);
    const update = await screen.findByRole('button', { name: 'Update Ofsted check' });
    fireEvent.click(update);
    const form = await screen.findByRole('form', { name: 'Update: Ofsted check' });
    typeDate(within(form), 'Date requested', '2026-06-01');
    escape(dateBox(within(form), 'Date requested', 'Day'));

    expect(screen.queryByRole('form', { name: 'Update: Ofsted check' })).toBeNull();
    expect(document.activeElement).toBe(update);
    expect(update.getAttribute('aria-expanded')).toBe('false');

    fireEvent.click(update);
    const again = await screen.findByRole('form', { name: 'Update: Ofsted check' });
    await waitFor(() => expect(shownDate(within(again), 'Date requested')).toBe('2026-06-01'));
  });

  it('closes from a select too, as a form that starts on one would otherwise never close', async () => {
    const h = await makeHousehold();
    render(<LiveRecord id={h.id} sections={[AssessmentSection]} />);
    const opener = await screen.findByRole('button', { name: 'Change stage 2 details' });
    fireEvent.click(opener);
    const form = await screen.findByRole('form', { name: 'Change stage 2 details' });
    typeDate(within(form), 'Date the Form F was started', '2026-03-02');
    escape(within(form).getByLabelText('Assessor'));

    expect(screen.queryByRole('form', { name: 'Change stage 2 details' })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Change stage 2 details' })));
    fireEvent.click(screen.getByRole('button', { name: 'Change stage 2 details' }));
    const again = await screen.findByRole('form', { name: 'Change stage 2 details' });
    await waitFor(() => expect(shownDate(within(again), 'Date the Form F was started')).toBe('2026-03-02'));
  });

  it('leaves a withdrawal waiting for its answer, with what was typed, when Escape is pressed on the question', async () => {
    const today = todayIso();
    const h = await createHousehold({ enquiryOn: addDays(today, -10) });
    renderHousehold(h.id);
    fireEvent.click(await screen.findByRole('button', { name: 'Withdraw' }));
    const submit = await screen.findByRole('button', { name: 'Withdraw household' });
    const form = submit.closest('form')!;
    const reason = within(form).getAllByRole('textbox').find((box) => box.tagName === 'TEXTAREA')!;
    fireEvent.input(reason, { target: { value: 'They have moved away' } });
    fireEvent.click(within(form).getAllByRole('radio')[0]!);
    fireEvent.click(submit);
    const yes = await screen.findByRole('button', { name: 'Yes, withdraw household' });
    escape(yes);
    expect(screen.getByRole('button', { name: 'Yes, withdraw household' })).toBe(yes);
    expect((reason as HTMLTextAreaElement).value).toBe('They have moved away');
  });
});
