import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { asPerson } from '../../src/data/revisions';
import { checksRepo } from '../../src/data/repositories/checks';
import { ChecksSection } from '../../src/ui/household/ChecksSection';
import { LiveRecord, TODAY, makeHousehold } from './household-sections-harness';
import { typeDate, shownDate } from './date-input';

const rowOf = async (name: string) => (await screen.findByRole('rowheader', { name })).closest('tr')!;

async function openUpdate(label: string) {
  fireEvent.click(await screen.findByRole('button', { name: `Update ${label}` }));
  return screen.findByRole('form', { name: `Update: ${label}` });
}

async function checkOf(householdId: string, type: string) {
  return (await db().checks.where('householdId').equals(householdId).toArray()).find((c) => c.type === type)!;
}

describe('Checks section: concerns, specified offences and expiry', () => {
  it('refuses a concern without a note of how it was considered, keeping what was typed, then saves it with one', { timeout: 30_000 }, async () => {
    const h = await makeHousehold();
    await checksRepo.raiseChecks(h.id, 'Tess Tester', TODAY);
    render(<LiveRecord id={h.id} sections={[ChecksSection]} />);
    const form = await openUpdate('Probation check');
    typeDate(within(form), 'Date received', '2026-06-10');
    fireEvent.click(within(form).getByLabelText('Concern'));
    fireEvent.click(within(form).getByRole('button', { name: 'Save check' }));

    const message = 'Enter how the concern was considered before panel';
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: message })).toBeTruthy();
    const note = within(form).getByLabelText('How the concern was considered before panel');
    expect(document.getElementById(note.getAttribute('aria-describedby')!.split(' ').at(-1)!)!.textContent).toBe(`Error: ${message}`);
    expect(shownDate(within(form), 'Date received')).toBe('2026-06-10');
    expect((await checkOf(h.id, 'probation')).outcome).toBeUndefined();

    fireEvent.input(note, { target: { value: 'Discussed with the team manager on 12 June' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save check' }));
    await screen.findByText('1 of 14 checks received');
    expect(await checkOf(h.id, 'probation')).toMatchObject({ outcome: 'concern', concernNote: 'Discussed with the team manager on 12 June' });
  });

  it('says beside a concern with no note that it needs one', async () => {
    const h = await makeHousehold();
    await checksRepo.raiseChecks(h.id, 'Tess Tester', TODAY);
    const probation = await checkOf(h.id, 'probation');
    // Written as an earlier version stored it, before a concern needed a note.
    await asPerson('Tess Tester', [db().checks], () => db().checks.update(probation.id, { receivedOn: '2026-06-01', outcome: 'concern' }));
    render(<LiveRecord id={h.id} sections={[ChecksSection]} />);
    const row = await rowOf('Probation check');
    expect(within(row).getByText('Needs a note of how it was considered before panel')).toBeTruthy();
  });

  it('offers the stage 1 unsuitable ending once a check shows a specified offence', async () => {
    const h = await makeHousehold();
    await checksRepo.raiseChecks(h.id, 'Tess Tester', TODAY);
    render(<LiveRecord id={h.id} sections={[ChecksSection]} />);
    expect(screen.queryByRole('link', { name: 'End the assessment: unsuitable at stage 1' })).toBeNull();
    const form = await openUpdate('Enhanced DBS with barred list: Testy McTestface');
    typeDate(within(form), 'Date received', '2026-06-10');
    fireEvent.click(within(form).getByLabelText('Specified offence'));
    expect(within(form).getByText(/cannot be approved/)).toBeTruthy();
    fireEvent.click(within(form).getByRole('button', { name: 'Save check' }));

    const link = await screen.findByRole('link', { name: 'End the assessment: unsuitable at stage 1' });
    expect(link.getAttribute('href')).toBe('#move');
    expect(within(await rowOf('Enhanced DBS with barred list: Testy McTestface')).getByText('Specified offence')).toBeTruthy();
  });

  it('derives a DBS expiry from the date received and says when it has run out', async () => {
    const h = await makeHousehold();
    await checksRepo.raiseChecks(h.id, 'Tess Tester', TODAY);
    const dbs = await checkOf(h.id, 'dbs');
    await checksRepo.updateCheck(dbs.id, { requestedOn: '2023-06-01', receivedOn: '2023-06-10', outcome: 'clear' }, dbs.revision!.rev, 'Tess Tester', TODAY);
    render(<LiveRecord id={h.id} sections={[ChecksSection]} />);
    const row = await rowOf('Enhanced DBS with barred list: Testy McTestface');
    expect(within(row).getByText('10 Jun 2026')).toBeTruthy();
    expect(within(row).getByText('Expired on 10 June 2026: renew it')).toBeTruthy();
    expect(row.classList.contains('row--overdue')).toBe(true);
  });
});
