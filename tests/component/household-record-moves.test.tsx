import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { addDays, formatDate, todayIso } from '../../src/domain/dates';
import { db } from '../../src/data/db';
import { householdsRepo } from '../../src/data/repositories/households';
import { WORKER, createHousehold, renderHousehold, signIn, summaryRow } from './household-record-helpers';
import { moveFrom } from '../../src/domain/stale-rule';
import { asFixture } from '../fixture-person';
import { shownDate, typeDate } from './date-input';

beforeEach(signIn);

async function openMove(name: string | RegExp) {
  fireEvent.click(await screen.findByRole('button', { name }));
}

function setDate(legend: string, value: string) {
  typeDate(screen, legend, value);
}

/** The message shown beside a field, read from its own form group. */
function errorBeside(id: string): string {
  const group = document.getElementById(id)?.closest('.form-group');
  return group?.querySelector('.error-message')?.textContent ?? '';
}

function timeline() {
  return screen.getByRole('heading', { name: 'Timeline' }).closest('section')!;
}

describe('household record: moving a household', () => {
  it('moves forward on a chosen date and the timeline shows the move with who made it', async () => {
    const today = todayIso();
    const h = await createHousehold({ enquiryOn: addDays(today, -10) });
    const { container } = renderHousehold(h.id);
    await openMove('Move to Initial visit');
    expect(shownDate(screen, 'Date of the move')).toBe(today);
    setDate('Date of the move', addDays(today, -2));
    fireEvent.click(screen.getByRole('button', { name: 'Save move' }));

    expect(await screen.findByText('Moved to Initial visit', { selector: '.notification strong' })).toBeTruthy();
    await waitFor(() => expect(within(summaryRow(container, 'Stage')).getByText('Initial visit')).toBeTruthy());
    const moves = await db().moves.where('householdId').equals(h.id).toArray();
    expect(moves.map((m) => [m.kind, m.to, m.on, m.by])).toEqual([['forward', 'initialVisit', addDays(today, -2), WORKER]]);
    const event = (await within(timeline()).findByText('Moved to Initial visit')).closest('li')!;
    expect(event.textContent).toContain(`by ${WORKER}`);
    expect(event.querySelector('time')?.textContent).toMatch(/\d{4} at \d{2}:\d{2}/);
  });

  it('refuses a move dated in the future, beside the date, and writes nothing', async () => {
    const today = todayIso();
    const h = await createHousehold({ enquiryOn: addDays(today, -10) });
    renderHousehold(h.id);
    await openMove('Move to Initial visit');
    setDate('Date of the move', addDays(today, 1));
    fireEvent.click(screen.getByRole('button', { name: 'Save move' }));

    await waitFor(() => expect(errorBeside('move-on')).toContain('Date of the move must be today or in the past'));
    expect(within(screen.getByRole('alert')).getByRole('link', { name: 'Date of the move must be today or in the past' })).toBeTruthy();
    await waitFor(() => expect(document.title).toMatch(/^Error: /));
    expect(await db().moves.count()).toBe(0);
    expect((await db().households.get(h.id))?.stage).toBe('enquiry');
  });

  it('refuses a move dated before the last move and writes nothing', async () => {
    const today = todayIso();
    const lastMove = addDays(today, -10);
    const h = await createHousehold({ enquiryOn: lastMove });
    renderHousehold(h.id);
    await openMove('Move to Initial visit');
    setDate('Date of the move', addDays(today, -11));
    fireEvent.click(screen.getByRole('button', { name: 'Save move' }));

    await waitFor(() => expect(errorBeside('move-on')).toContain(`same as or after ${formatDate(lastMove)}, the last move`));
    expect(await db().moves.count()).toBe(0);
  });

  it('asks why when moving back a stage without a reason', async () => {
    const today = todayIso();
    const h = await createHousehold({ enquiryOn: addDays(today, -10) });
    await householdsRepo.move(h.id, { from: moveFrom((await householdsRepo.get(h.id))!), kind: 'forward', on: addDays(today, -5) }, WORKER);
    renderHousehold(h.id);
    await openMove('Move back to Enquiry');
    fireEvent.click(screen.getByRole('button', { name: 'Save move' }));

    await waitFor(() => expect(errorBeside('move-reason')).toContain('Enter why the household is going back a stage'));
    expect(await db().moves.count()).toBe(1);
  });

  it('withdraws an application with an Ofsted code and a note, after confirming, showing the stage it left at', async () => {
    const today = todayIso();
    const AW3 = 'AW3: Household circumstances changed (other than financial)';
    const h = await createHousehold({ enquiryOn: addDays(today, -10) });
    await asFixture(async () => db().households.update(h.id, { stage: 'application', stageEnteredOn: addDays(today, -5), lastMoveOn: addDays(today, -5) }));
    const { container } = renderHousehold(h.id);
    await openMove('Withdraw');
    fireEvent.click(screen.getByLabelText(AW3));
    fireEvent.input(screen.getByLabelText('Note'), { target: { value: 'A new baby is due; they will enquire again next year.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Withdraw household' }));
    // Nothing is written until the ending is confirmed.
    expect(await screen.findByText(/This ends the application/)).toBeTruthy();
    expect(await db().moves.count()).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Yes, withdraw household' }));

    expect(await screen.findByText(`Withdrew at Application (${AW3})`, { selector: '.notification strong' })).toBeTruthy();
    await waitFor(() => expect(within(summaryRow(container, 'Stage')).getByText(`Withdrawn at Application (${AW3})`)).toBeTruthy());
    expect(screen.getByText('Withdrawn', { selector: '.tag-row .tag' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Withdraw' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Reopen' })).toBeTruthy();
    const stored = await db().households.get(h.id);
    expect([stored?.state, stored?.stage, stored?.outcomeCode]).toEqual(['withdrawn', 'application', 'AW3']);
  });

  it("offers only the service's own codes before an application, never Ofsted's", async () => {
    const h = await createHousehold({ enquiryOn: addDays(todayIso(), -10) });
    renderHousehold(h.id);
    await openMove('Withdraw');
    expect(screen.getByLabelText('Decided not to apply')).toBeTruthy();
    expect(screen.queryByLabelText(/^AW3/)).toBeNull();
  });

  it('explains what is missing when the forward move is blocked', async () => {
    const today = todayIso();
    const h = await createHousehold({ enquiryOn: addDays(today, -60) });
    await asFixture(async () => db().households.update(h.id, { stage: 'stage2', stageEnteredOn: addDays(today, -5), lastMoveOn: addDays(today, -5) }));
    renderHousehold(h.id);
    await openMove('Move to Panel');
    fireEvent.click(screen.getByRole('button', { name: 'Save move' }));

    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Panel needs the stage 1 checks raised and received');
    expect(await db().moves.count()).toBe(0);
  });

  it('puts a household on hold with a return date, then takes it off hold', async () => {
    const today = todayIso();
    const h = await createHousehold({ enquiryOn: addDays(today, -10) });
    renderHousehold(h.id);
    await openMove('Put on hold');
    setDate('Expected return date', addDays(today, 30));
    fireEvent.click(screen.getByRole('button', { name: 'Save move' }));

    expect(await screen.findByText(`On hold until ${formatDate(addDays(today, 30))}`, { selector: '.tag-row .tag' })).toBeTruthy();
    await openMove('Take off hold');
    fireEvent.click(screen.getByRole('button', { name: 'Save move' }));
    expect(await screen.findByText('Taken off hold', { selector: '.notification strong' })).toBeTruthy();
    expect((await db().households.get(h.id))?.state).toBe('active');
  });

  it('records a decision to approve with its terms, refusing numbers that are not whole', async () => {
    const today = todayIso();
    const h = await createHousehold({ enquiryOn: addDays(today, -200) });
    await asFixture(async () => db().households.update(h.id, {
      stage: 'decision',
      stageEnteredOn: addDays(today, -3),
      lastMoveOn: addDays(today, -3),
      // The panel recommended approval without terms on record (as before terms were asked for), so the decision sets them.
      assessment: { training: [], panel: { panelOn: addDays(today, -10), recommendation: 'approve', minutesReceivedOn: addDays(today, -4) } },
    }));
    renderHousehold(h.id);
    await openMove('Record decision');
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Dana Synthetic-Head' } });
    fireEvent.input(screen.getByLabelText('Role'), { target: { value: 'Head of Service' } });
    fireEvent.click(screen.getByLabelText('Approve'));
    fireEvent.click(await screen.findByLabelText('Long-term'));
    fireEvent.input(screen.getByLabelText('Youngest age'), { target: { value: 'five' } });
    fireEvent.input(screen.getByLabelText('Oldest age'), { target: { value: '12' } });
    fireEvent.input(screen.getByLabelText('Number of children'), { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save decision' }));

    await waitFor(() => expect(errorBeside('move-terms-ageFrom')).toContain('Youngest age must be a whole number from 0 to 17'));
    expect(document.body.textContent).not.toContain('NaN');
    expect(await db().moves.count()).toBe(0);

    fireEvent.input(screen.getByLabelText('Youngest age'), { target: { value: ' 5 ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save decision' }));
    expect(await screen.findByText('Approved by the agency decision maker', { selector: '.notification strong' })).toBeTruthy();
    const stored = await db().households.get(h.id);
    expect(stored?.stage).toBe('approved');
    expect(stored?.assessment.terms).toEqual({ types: ['longTerm'], ageFrom: 5, ageTo: 12, numberOfChildren: 2, siblingGroups: false });
  });
});

describe('household record: at the decision', () => {
  it('says once where the decision stands, above the moves that take it on', async () => {
    const h = await createHousehold({ enquiryOn: addDays(todayIso(), -300) });
    await asFixture(() => db().households.update(h.id, { stage: 'decision' }));
    renderHousehold(h.id);
    const move = await screen.findByRole('region', { name: 'Move this household' });
    expect(await within(move).findByText('Waiting for the final panel minutes')).toBeTruthy();
    expect(screen.getAllByText('Waiting for the final panel minutes')).toHaveLength(1);
  });
});
