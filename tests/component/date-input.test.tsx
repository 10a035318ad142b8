import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { draftsRepo } from '../../src/data/repositories/drafts';
import { PeopleSection } from '../../src/ui/household/PeopleSection';
import { LiveRecord, makeHousehold } from './household-sections-harness';
import { dateBox } from './date-input';

const openNewPerson = async () => {
  fireEvent.click(await screen.findByRole('button', { name: 'Add a person' }));
  return screen.findByRole('form', { name: 'Add a person to the household' });
};

const type = (form: HTMLElement, day: string, month: string, year: string) => {
  fireEvent.input(dateBox(within(form), 'Date of birth', 'Day'), { target: { value: day } });
  fireEvent.input(dateBox(within(form), 'Date of birth', 'Month'), { target: { value: month } });
  fireEvent.input(dateBox(within(form), 'Date of birth', 'Year'), { target: { value: year } });
};

const shown = (form: HTMLElement) => (['Day', 'Month', 'Year'] as const).map((part) => dateBox(within(form), 'Date of birth', part).value);
const marked = (form: HTMLElement) => (['Day', 'Month', 'Year'] as const).filter((part) => dateBox(within(form), 'Date of birth', part).getAttribute('aria-invalid') === 'true');

describe('the date input', () => {
  it('keeps 31 February as typed after a failed save, says it must be a real date and marks only the day', async () => {
    const h = await makeHousehold();
    render(<LiveRecord id={h.id} sections={[PeopleSection]} />);
    const form = await openNewPerson();
    fireEvent.input(within(form).getByLabelText('Full name'), { target: { value: 'Kiddo McTestface' } });
    type(form, '31', '02', '2016');
    fireEvent.click(within(form).getByRole('button', { name: 'Add person' }));

    const summary = await screen.findByRole('alert');
    const link = within(summary).getByRole('link', { name: 'Date of birth must be a real date' });
    expect(shown(form)).toEqual(['31', '02', '2016']);
    expect(marked(form)).toEqual(['Day']);
    fireEvent.click(link);
    expect(document.activeElement).toBe(dateBox(within(form), 'Date of birth', 'Day'));
    expect(within(form).getByRole('group', { name: 'Date of birth' }).textContent).toContain('Error: Date of birth must be a real date');
  });

  it('says which part is missing, and the summary link goes to that part', async () => {
    const h = await makeHousehold();
    render(<LiveRecord id={h.id} sections={[PeopleSection]} />);
    const form = await openNewPerson();
    type(form, '3', '', '2016');
    fireEvent.click(within(form).getByRole('button', { name: 'Add person' }));

    fireEvent.click(within(await screen.findByRole('alert')).getByRole('link', { name: 'Date of birth must include a month' }));
    expect(marked(form)).toEqual(['Month']);
    expect(document.activeElement).toBe(dateBox(within(form), 'Date of birth', 'Month'));
    expect(shown(form)).toEqual(['3', '', '2016']);
  });

  it('refuses a two-digit year rather than guessing the century', async () => {
    const h = await makeHousehold();
    render(<LiveRecord id={h.id} sections={[PeopleSection]} />);
    const form = await openNewPerson();
    type(form, '3', '4', '16');
    fireEvent.click(within(form).getByRole('button', { name: 'Add person' }));
    expect(within(await screen.findByRole('alert')).getByRole('link', { name: 'Year must include 4 numbers' })).toBeTruthy();
    expect(marked(form)).toEqual(['Year']);
    expect(shown(form)).toEqual(['3', '4', '16']);
  });

  it('brings back an impossible date exactly as typed from the draft after a reload', async () => {
    const h = await makeHousehold();
    render(<LiveRecord id={h.id} sections={[PeopleSection]} />);
    type(await openNewPerson(), '31', '02', '2016');
    cleanup();
    await waitFor(async () => expect(await draftsRepo.get(`person:${h.id}:new`)).toBeTruthy());

    render(<LiveRecord id={h.id} sections={[PeopleSection]} />);
    const form = await screen.findByRole('form', { name: 'Add a person to the household' });
    await waitFor(() => expect(shown(form)).toEqual(['31', '02', '2016']));
  });
});
