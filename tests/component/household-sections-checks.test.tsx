import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { addWeeks } from '../../src/domain/dates';
import { db } from '../../src/data/db';
import { checksRepo } from '../../src/data/repositories/checks';
import { householdsRepo } from '../../src/data/repositories/households';
import { ChecksSection } from '../../src/ui/household/ChecksSection';
import { PeopleSection } from '../../src/ui/household/PeopleSection';
import { LiveRecord, TODAY, makeHousehold } from './household-sections-harness';
import { typeDate } from './date-input';

const rowOf = async (name: RegExp | string) => (await screen.findByRole('rowheader', { name })).closest('tr')!;

async function openUpdate(label: string) {
  fireEvent.click(await screen.findByRole('button', { name: `Update ${label}` }));
  return screen.findByRole('form', { name: `Update: ${label}` });
}

describe('Checks section', () => {
  it('raises one DBS check per adult, references for each applicant and the rest of the stage 1 list', async () => {
    const h = await makeHousehold(['Testy McTestface', 'Partner McTestface']);
    render(<LiveRecord id={h.id} sections={[ChecksSection]} />);
    expect(await screen.findByText('No stage 1 checks raised yet.')).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Raise stage 1 checks' }));

    const table = await screen.findByRole('table', { name: 'Stage 1 checks' });
    const dbsRows = within(table).getAllByRole('rowheader', { name: /^Enhanced DBS with barred list/ });
    expect(dbsRows.map((r) => r.textContent)).toEqual(['Enhanced DBS with barred list: Partner McTestface', 'Enhanced DBS with barred list: Testy McTestface']);
    expect(within(table).getByRole('rowheader', { name: 'Personal reference 2: Testy McTestface' })).toBeTruthy();
    expect(within(table).getByRole('rowheader', { name: 'Personal reference 2: Partner McTestface' })).toBeTruthy();
    expect(within(table).getByRole('rowheader', { name: 'Ofsted check' })).toBeTruthy();
    expect(within(table).queryByRole('rowheader', { name: /School or nursery/ })).toBeNull();
    expect(await screen.findByText('0 of 21 checks received')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Raise/ })).toBeNull();

    expect(await db().checks.where('householdId').equals(h.id).count()).toBe(21);
    const events = await householdsRepo.timeline(h.id);
    expect(events[0]!.summary).toBe('Stage 1 checks raised (21 checks)');
  });

  it('shows a check marked received, with its outcome and the count', async () => {
    const h = await makeHousehold();
    await checksRepo.raiseChecks(h.id, 'Tess Tester', TODAY);
    render(<LiveRecord id={h.id} sections={[ChecksSection]} />);
    const form = await openUpdate('Ofsted check');
    typeDate(within(form), 'Date requested', '2026-06-01');
    typeDate(within(form), 'Date received', '2026-06-10');
    fireEvent.click(within(form).getByLabelText('Clear'));
    expect(within(form).queryByLabelText('Not needed for this household')).toBeNull();
    fireEvent.click(within(form).getByRole('button', { name: 'Save check' }));

    expect(await screen.findByText('1 of 14 checks received')).toBeTruthy();
    const row = await rowOf('Ofsted check');
    expect(within(row).getByText('Received')).toBeTruthy();
    expect(within(row).getByText('Clear')).toBeTruthy();
    expect(within(row).getByText('10 Jun 2026')).toBeTruthy();
    expect(screen.queryByRole('form', { name: /^Update/ })).toBeNull();

    const saved = (await db().checks.where('householdId').equals(h.id).toArray()).find((c) => c.type === 'ofsted')!;
    expect(saved).toMatchObject({ requestedOn: '2026-06-01', receivedOn: '2026-06-10', outcome: 'clear' });
    expect(saved.awaitingSince).toBeUndefined();
  });

  it('makes a check requested 5 weeks ago stand out as overdue', async () => {
    const h = await makeHousehold();
    await checksRepo.raiseChecks(h.id, 'Tess Tester', TODAY);
    const medical = (await db().checks.where('householdId').equals(h.id).toArray()).find((c) => c.type === 'medical')!;
    const result = await checksRepo.updateCheck(medical.id, { requestedOn: addWeeks(TODAY, -5) }, medical.revision!.rev, 'Tess Tester', TODAY);
    expect(result).toEqual({ ok: true });
    expect((await db().checks.get(medical.id))!.awaitingSince).toBe(addWeeks(TODAY, -5));

    render(<LiveRecord id={h.id} sections={[ChecksSection]} />);
    const row = await rowOf('Medical (GP report seen by medical adviser): Testy McTestface');
    expect(row.classList.contains('row--overdue')).toBe(true);
    expect(within(row).getByText('Overdue')).toBeTruthy();
    expect((await rowOf('Ofsted check')).classList.contains('row--overdue')).toBe(false);
    expect(await screen.findByText(/1 overdue/)).toBeTruthy();
  });

  it('offers and raises the DBS check of a household member who has turned 18', async () => {
    const h = await makeHousehold();
    await checksRepo.raiseChecks(h.id, 'Tess Tester', TODAY);
    render(<LiveRecord id={h.id} sections={[PeopleSection, ChecksSection]} />);

    fireEvent.click(await screen.findByRole('button', { name: 'Add a person' }));
    const form = await screen.findByRole('form', { name: 'Add a person to the household' });
    fireEvent.click(within(form).getByLabelText('Household member'));
    fireEvent.input(within(form).getByLabelText('Full name'), { target: { value: 'Junior McTestface' } });
    typeDate(within(form), 'Date of birth', '2008-03-10');
    fireEvent.input(within(form).getByLabelText('Relationship'), { target: { value: 'Son' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add person' }));

    expect(await screen.findByText('Junior McTestface turned 18 on 10 March 2026: raise their adult checks')).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Raise 2 missing checks' }));
    expect(await screen.findByText('2 checks raised')).toBeTruthy();
    expect(await screen.findByRole('rowheader', { name: 'Local authority checks: Junior McTestface' })).toBeTruthy();
    await waitFor(() => {
      const rows = screen.getAllByRole('rowheader', { name: /^Enhanced DBS with barred list/ });
      expect(rows.map((r) => r.textContent)).toEqual(['Enhanced DBS with barred list: Testy McTestface', 'Enhanced DBS with barred list: Junior McTestface']);
    });
    expect(screen.queryByText(/raise their adult checks/)).toBeNull();

    const events = await householdsRepo.timeline(h.id);
    expect(events.map((e) => e.summary)).toContain(
      'Enhanced DBS with barred list raised for Junior McTestface, who turned 18 on 10 March 2026; Local authority checks raised for Junior McTestface, who turned 18 on 10 March 2026',
    );
  });

  it('shows a received date before the requested date beside the field, and saves nothing', async () => {
    const h = await makeHousehold();
    await checksRepo.raiseChecks(h.id, 'Tess Tester', TODAY);
    render(<LiveRecord id={h.id} sections={[ChecksSection]} />);
    const form = await openUpdate('Pets assessment');
    typeDate(within(form), 'Date requested', '2026-06-10');
    typeDate(within(form), 'Date received', '2026-06-01');
    fireEvent.click(within(form).getByLabelText('Clear'));
    fireEvent.click(within(form).getByRole('button', { name: 'Save check' }));

    const message = 'Date received must be the same as or after the date requested, 10 June 2026';
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: message })).toBeTruthy();
    const received = within(form).getByRole('group', { name: 'Date received' });
    const beside = document.getElementById(received.getAttribute('aria-describedby')!)!;
    expect(beside.textContent).toBe(`Error: ${message}`);
    expect(within(received).getByLabelText('Day').getAttribute('aria-invalid')).toBe('true');

    const pets = (await db().checks.where('householdId').equals(h.id).toArray()).find((c) => c.type === 'pets')!;
    expect(pets.requestedOn).toBeUndefined();
  });

  it('lets an optional check be marked not needed, but never a required one', async () => {
    const h = await makeHousehold();
    await checksRepo.raiseChecks(h.id, 'Tess Tester', TODAY);
    render(<LiveRecord id={h.id} sections={[ChecksSection]} />);
    const form = await openUpdate('Pets assessment');
    fireEvent.click(within(form).getByLabelText('Not needed for this household'));
    fireEvent.click(within(form).getByRole('button', { name: 'Save check' }));
    const row = await rowOf('Pets assessment');
    expect(await within(row).findByText('Not needed')).toBeTruthy();
    expect(await screen.findByText(/\(1 marked not needed\)/)).toBeTruthy();

    const ofsted = (await db().checks.where('householdId').equals(h.id).toArray()).find((c) => c.type === 'ofsted')!;
    const refused = await checksRepo.updateCheck(ofsted.id, { notNeeded: true }, ofsted.revision!.rev, 'Tess Tester', TODAY);
    expect(refused.ok).toBe(false);
    expect((await db().checks.get(ofsted.id))!.notNeeded).toBeUndefined();
  });
});
