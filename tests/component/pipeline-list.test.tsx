import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { addDays } from '../../src/domain/dates';
import ListPage from '../../src/ui/pipeline/ListPage';
import { create, forward, settleEffects, putOnTrack, today } from './pipeline-fixtures';
import { asFixture } from '../fixture-person';

function renderList(url = '/households') {
  history.replaceState(null, '', url);
  return render(
    <LocationProvider>
      <ListPage />
    </LocationProvider>,
  );
}

async function someHouseholds() {
  const rowan = await create();
  const priya = await create({
    applicants: ['Priya Examplesmith', 'Tom Examplesmith'],
    email: 'priya@example.com',
    phone: '01632960001',
    postcode: 'LS1 4AP',
    enquiryOn: addDays(today, -10),
  });
  return { rowan, priya };
}

const searchBox = () => screen.getByLabelText('Search by name, postcode, email or phone');
const resultRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);

async function search(text: string) {
  fireEvent.input(searchBox(), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Search' }));
}

afterAll(settleEffects);

describe('household list', () => {
  it('lists every household, newest enquiry first', async () => {
    const { rowan, priya } = await someHouseholds();
    renderList();
    expect(await screen.findByText('Showing 1 to 2')).toBeTruthy();
    const rows = resultRows();
    expect(rows[0]!.textContent).toContain(rowan.reference);
    expect(rows[1]!.textContent).toMatch(/(Priya|Tom) Examplesmith and (Tom|Priya) Examplesmith/);
    expect(within(rows[1]!).getByRole('link', { name: new RegExp(priya.reference) }).getAttribute('href')).toBe(`/households/${priya.id}`);
  });

  it.each([
    ['surname', 'examplesmith'],
    ['postcode without a space', 'ls14ap'],
    ['phone with +44', '+44 1632 960001'],
    ['email', 'PRIYA@example.com'],
    ['first name and surname', 'priya examplesmith'],
    ['reference', 'h-0002'],
  ])('finds a household by %s', async (_, text) => {
    await someHouseholds();
    renderList();
    await screen.findByText('Showing 1 to 2');
    await search(text);
    expect(await screen.findByText('Showing 1 to 1')).toBeTruthy();
    expect(resultRows()[0]!.textContent).toContain('Priya Examplesmith');
    expect(location.search).toContain('q=');
  });

  it.each([
    ['the name as written', 'مريم', 'مريم Тестова'],
    ['a Cyrillic surname in capitals', 'ТЕСТОВА', 'مريم Тестова'],
    ['a Chinese name', '王小明', '王小明 Examplewu'],
    ['a name without its accent', 'zoe', 'Zoë Samplewood'],
    ['a name with an accent it does not have', 'Lúcas', 'Lucas Examplewu'],
    ['a surname with one letter swapped', 'Samplewodo', 'Zoë Samplewood'],
    ['a surname with one letter left out', 'Exmplewu', 'Lucas Examplewu'],
  ])('finds a household by %s', async (_, text, names) => {
    await create({ applicants: ['مريم Тестова'], postcode: 'LS1 4AP' });
    await create({ applicants: ['Zoë Samplewood'], postcode: 'BS1 4DJ' });
    await create({ applicants: ['Lucas Examplewu', '王小明 Examplewu'], postcode: 'M1 1AE' });
    renderList();
    await screen.findByText('Showing 1 to 3');
    await search(text);
    expect(await screen.findByText('Showing 1 to 1')).toBeTruthy();
    expect(resultRows()[0]!.textContent).toContain(names);
  });

  it('forgives no typo in a word under five letters', async () => {
    await create({ applicants: ['Zoë Samplewood'] });
    renderList('/households?q=zeo');
    expect(await screen.findByText('No households match')).toBeTruthy();
  });

  it.each(['D-0016', 'd16', '16'])('finds a demo household by its reference or its number alone: %s', async (text) => {
    const rowan = await create();
    await asFixture(async () => db().households.update(rowan.id, { reference: 'D-0016' }));
    await create({ applicants: ['Priya Examplesmith'] });
    renderList(`/households?q=${encodeURIComponent(text)}`);
    expect(await screen.findByText('Showing 1 to 1')).toBeTruthy();
    expect(resultRows()[0]!.textContent).toContain('D-0016');
  });

  it('searches as the user types, and keeps the search in the address', async () => {
    await someHouseholds();
    renderList();
    await screen.findByText('Showing 1 to 2');
    fireEvent.input(searchBox(), { target: { value: 'Samplew' } });
    expect(await screen.findByText('Showing 1 to 1')).toBeTruthy();
    expect(resultRows()[0]!.textContent).toContain('Rowan Samplewood');
    expect(new URLSearchParams(location.search).get('q')).toBe('Samplew');
  });

  it('says when nothing matches and offers to clear the filters', async () => {
    await someHouseholds();
    renderList('/households?q=nobodyhere');
    expect(await screen.findByText('No households match')).toBeTruthy();
    expect(searchBox()).toHaveProperty('value', 'nobodyhere');
    fireEvent.click(screen.getByRole('link', { name: 'Clear filters' }));
    expect(await screen.findByText('Showing 1 to 2')).toBeTruthy();
    expect(searchBox()).toHaveProperty('value', '');
  });

  it('narrows by stage', async () => {
    const { priya } = await someHouseholds();
    await forward(priya.id, 3, addDays(today, -6));
    renderList();
    await screen.findByText('Showing 1 to 2');
    fireEvent.change(screen.getByLabelText('Stage'), { target: { value: 'stage1' } });
    expect(await screen.findByText('Showing 1 to 1')).toBeTruthy();
    expect(resultRows()[0]!.textContent).toContain('Priya Examplesmith');
    expect(resultRows()[0]!.textContent).toContain('Stage 1');
    expect(location.search).toBe('?stage=stage1');
  });

  it('keeps one history entry however many stages the filter passes through', async () => {
    await someHouseholds();
    renderList();
    await screen.findByText('Showing 1 to 2');
    const before = history.length;
    for (const stage of ['initialVisit', 'application', 'stage1']) fireEvent.change(screen.getByLabelText('Stage'), { target: { value: stage } });
    await waitFor(() => expect(location.search).toBe('?stage=stage1'));
    expect(history.length).toBe(before);
  });

  it('narrows by timescale status', async () => {
    const { rowan, priya } = await someHouseholds();
    await putOnTrack(rowan.id);
    renderList('/households?status=breached');
    expect(await screen.findByText('Showing 1 to 1')).toBeTruthy();
    expect(resultRows()[0]!.textContent).toContain(priya.reference);
    expect(within(resultRows()[0]!).getByText('Breached')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Timescale status'), { target: { value: 'onTrack' } });
    await screen.findByText(rowan.reference);
    expect(resultRows()).toHaveLength(1);
    expect(within(resultRows()[0]!).getByText('On track')).toBeTruthy();
  });

  it('narrows by worker', async () => {
    await asFixture(async () => db().staff.add({ id: 'w1', name: 'Sam Caseworker', active: 1 }));
    await create({ applicants: ['Gil Assignedperson'] }, 'w1');
    await someHouseholds();
    renderList();
    await screen.findByText('Showing 1 to 3');
    // The worker list loads on its own: a user can only pick a name once it is there.
    await screen.findByRole('option', { name: 'Sam Caseworker' });
    fireEvent.change(await screen.findByLabelText('Worker'), { target: { value: 'w1' } });
    expect(await screen.findByText('Showing 1 to 1')).toBeTruthy();
    expect(resultRows()[0]!.textContent).toContain('Sam Caseworker');
  });

  it('shows 25 a page with Next and Previous links', async () => {
    for (let i = 0; i < 27; i++) await create({ applicants: [`Pat Bulkname${i}`], enquiryOn: addDays(today, -i) });
    renderList();
    expect(await screen.findByText('Showing 1 to 25')).toBeTruthy();
    expect(resultRows()).toHaveLength(25);
    expect(screen.queryByRole('link', { name: 'Previous page' })).toBeNull();
    fireEvent.click(screen.getByRole('link', { name: 'Next page' }));
    expect(await screen.findByText('Showing 26 to 27')).toBeTruthy();
    expect(resultRows().map((r) => r.textContent)).toEqual([expect.stringContaining('Bulkname25'), expect.stringContaining('Bulkname26')]);
    expect(location.search).toBe('?page=2');
    expect(screen.queryByRole('link', { name: 'Next page' })).toBeNull();
    expect(screen.getByRole('link', { name: 'Previous page' }).getAttribute('href')).toBe('/households');
  });

  it('ignores a malformed address instead of failing', async () => {
    await someHouseholds();
    renderList('/households?page=abc&stage=nonsense&status=%3Cb%3E');
    expect(await screen.findByText('Showing 1 to 2')).toBeTruthy();
  });
});
