import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { checksRepo } from '../../src/data/repositories/checks';
import { householdsRepo } from '../../src/data/repositories/households';
import { peopleRepo } from '../../src/data/repositories/people';
import { PeopleSection } from '../../src/ui/household/PeopleSection';
import { LiveRecord, TODAY, makeHousehold } from './household-sections-harness';
import { asFixture } from '../fixture-person';
import { typeDate } from './date-input';

const card = async (name: string) => (await screen.findByRole('heading', { name })).closest('li')!;

describe('People section', () => {
  it('adds a household member after showing what is wrong with the form', async () => {
    const h = await makeHousehold();
    render(<LiveRecord id={h.id} sections={[PeopleSection]} />);
    expect(await screen.findByText('No other household members recorded.')).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'Add a person' }));
    const form = await screen.findByRole('form', { name: 'Add a person to the household' });
    expect((within(form).getByLabelText('Household member') as HTMLInputElement).checked).toBe(true);
    typeDate(within(form), 'Date of birth', '2030-01-01');
    fireEvent.click(within(form).getByRole('button', { name: 'Add person' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter their full name' })).toBeTruthy();
    expect(within(summary).getByRole('link', { name: 'Date of birth must be today or in the past' })).toBeTruthy();
    expect(within(form).getAllByText('Enter their full name')).toHaveLength(2);

    fireEvent.input(within(form).getByLabelText('Full name'), { target: { value: 'Kiddo McTestface' } });
    typeDate(within(form), 'Date of birth', '2016-09-01');
    fireEvent.input(within(form).getByLabelText('Relationship'), { target: { value: 'Daughter' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Add person' }));

    const kid = await card('Kiddo McTestface');
    expect(within(kid).getByText('1 September 2016 (age 9)')).toBeTruthy();
    expect(within(kid).getByText('Daughter')).toBeTruthy();
    expect(within(kid).getByText('Child')).toBeTruthy();
    expect(within(kid).queryByText('DBS needed')).toBeNull();
    expect(within(await card('Testy McTestface')).getByText('DBS needed')).toBeTruthy();

    const household = await householdsRepo.get(h.id);
    expect(household!.searchKeys).toContain('kiddo');
    const events = await householdsRepo.timeline(h.id);
    expect(events[0]!.summary).toBe('Household member added: Kiddo McTestface');
  });

  it('changes a person and shows them as an adult needing a DBS check', async () => {
    const h = await makeHousehold();
    const added = await peopleRepo.addPerson(h.id, { role: 'member', name: 'Lodger Example', dateOfBirth: '2010-01-01' }, 'Tess Tester', TODAY);
    expect(added.ok).toBe(true);
    render(<LiveRecord id={h.id} sections={[PeopleSection]} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Change details of Lodger Example' }));
    const form = await screen.findByRole('form', { name: 'Change details of Lodger Example' });
    typeDate(within(form), 'Date of birth', '1990-05-20');
    fireEvent.click(within(form).getByRole('button', { name: 'Save changes' }));
    await waitFor(async () => expect(within(await card('Lodger Example')).getByText('DBS needed')).toBeTruthy());
    expect(within(await card('Lodger Example')).getByText('20 May 1990 (age 36)')).toBeTruthy();
  });

  it('removes a member after confirming, and never offers to remove the only applicant', async () => {
    const h = await makeHousehold();
    await peopleRepo.addPerson(h.id, { role: 'member', name: 'Lodger Example', dateOfBirth: '1990-01-01' }, 'Tess Tester', TODAY);
    await checksRepo.raiseChecks(h.id, 'Tess Tester', TODAY);
    render(<LiveRecord id={h.id} sections={[PeopleSection]} />);
    expect(within(await card('Testy McTestface')).queryByRole('button', { name: /Remove/ })).toBeNull();

    fireEvent.click(await screen.findByRole('button', { name: 'Remove Lodger Example' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Yes, remove Lodger Example' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Lodger Example' })).toBeNull());
    const checks = await db().checks.where('householdId').equals(h.id).toArray();
    expect(checks.filter((c) => c.type === 'dbs')).toHaveLength(1);

    const applicant = (await db().people.where('householdId').equals(h.id).toArray())[0]!;
    expect(await peopleRepo.removePerson(applicant.id, 'Tess Tester')).toEqual({
      ok: false,
      error: 'A household needs at least one applicant: the last applicant cannot be removed',
    });
  });

  it('shows an adult’s DBS as received once their check is back', async () => {
    const h = await makeHousehold();
    const applicant = (await db().people.where('householdId').equals(h.id).toArray())[0]!;
    await asFixture(async () => db().checks.add({ id: 'dbs-1', householdId: h.id, type: 'dbs', personId: applicant.id, label: 'Enhanced DBS', requestedOn: '2026-05-01', receivedOn: '2026-05-20', outcome: 'clear' }));
    render(<LiveRecord id={h.id} sections={[PeopleSection]} />);
    const person = await card('Testy McTestface');
    expect(within(person).getByText('DBS received')).toBeTruthy();
    expect(within(person).queryByText('DBS needed')).toBeNull();
  });
});
