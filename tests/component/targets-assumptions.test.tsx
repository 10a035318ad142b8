import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterAll, describe, expect, it } from 'vitest';
import { settleEffects } from './pipeline-fixtures';
import { expectNoBadNumbers, field, renderTargets, sentences, typeInto } from './targets-helpers';

afterAll(settleEffects);

const rowOf = (table: HTMLElement, header: string) => within(table).getByRole('rowheader', { name: header }).closest('tr')!;
const cells = (row: Element) => [...row.querySelectorAll('td')].map((td) => td.textContent);

describe('what the plan assumes', () => {
  it('shows places per household today beside those assumed, with a warning, and the sensitivity table', { timeout: 20_000 }, async () => {
    renderTargets();
    const section = await screen.findByRole('region', { name: 'What the plan assumes' });
    expect(within(section).getByText('Places filled per household today').nextElementSibling!.textContent).toBe('0.81');
    expect(within(section).getByText('Places assumed per new household').nextElementSibling!.textContent).toBe('1.5');
    expect(within(section).getByText(/Each new household is assumed to fill more places than your households do today/)).toBeTruthy();
    expect(within(section).getByText(/counted in: the 142 children with kinship carers/)).toBeTruthy();
    expect(within(section).getByText(/about 9 months from enquiry to approval/)).toBeTruthy();

    const table = within(section).getByRole('table', { name: 'How the answer moves with conversion and places per household' });
    expect(cells(rowOf(table, 'As entered'))).toEqual(['15.8%', '1.5', '33', '209']);
    expect(cells(rowOf(table, 'Conversion 2 points lower'))).toEqual(['13.8%', '1.5', '33', '240']);
    expect(cells(rowOf(table, 'New households fill the places today’s do'))).toEqual(['15.8%', '0.81', '61', '387']);

    typeInto('Places per newly approved household', '0.8');
    await waitFor(() => expect(within(section).queryByText(/Each new household is assumed to fill more places/)).toBeNull());
    expectNoBadNumbers();
  });

  it('leaves kinship placements out when the switch is on, and the link carries it', { timeout: 20_000 }, async () => {
    renderTargets();
    await screen.findByRole('region', { name: 'What the plan assumes' });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Leave kinship placements out of the in-house share' }));
    await waitFor(() => expect(sentences()).toContain('approve 43 households a year'));
    expect(screen.getByText(/Kinship placements are left out/)).toBeTruthy();
    await waitFor(() => expect(location.search).toContain('xk=1'));

    typeInto('Children with kinship carers', '300');
    expect(await screen.findByText('Children with kinship carers cannot be more than the 284 children in in-house placements', { selector: '.error-message' })).toBeTruthy();
    expect(field('Children with kinship carers').value).toBe('300');
    expectNoBadNumbers();
  });

  it('shows households a year by need beside the total, and says how the split is worked out', { timeout: 20_000 }, async () => {
    renderTargets();
    const section = await screen.findByRole('region', { name: 'Households by need' });
    const table = within(section).getByRole('table', { name: 'Households to approve a year, by category of need' });
    expect(cells(rowOf(table, 'Unaccompanied children under 16'))).toEqual(['3', '10', '10', '2']);
    expect(cells(rowOf(table, 'All placements')).at(-1)).toBe('33');
    expect(within(section).getByText(/How the split is worked out/)).toBeTruthy();

    const teenagers = screen.getByRole('group', { name: 'Teenagers' });
    fireEvent.input(within(teenagers).getByLabelText('In-house placements'), { target: { value: '40' } });
    expect(
      await screen.findByText('Enter the agency placements for teenagers too, or leave both blank', { selector: '.error-message' }),
    ).toBeTruthy();
    const summary = document.getElementById('targets-errors-title')!.closest('.error-summary') as HTMLElement;
    expect(within(summary).getByRole('link', { name: 'Enter the agency placements for teenagers too, or leave both blank' })).toBeTruthy();
    fireEvent.input(within(teenagers).getByLabelText('Agency placements'), { target: { value: '60' } });
    await waitFor(() => expect(within(table).getByRole('rowheader', { name: 'Teenagers' })).toBeTruthy());
    await waitFor(() => expect(location.search).toContain('n=teenagers'));
    expectNoBadNumbers();
  });
});
