import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { formatShortDate, todayIso } from '../../src/domain/dates';
import { targetMarchYear } from '../../src/domain/target-sentences';
import { settleEffects } from './pipeline-fixtures';
import { MANAGER, expectNoBadNumbers, field, renderTargets, sentences, typeInto } from './targets-helpers';

const today = todayIso();
const SHARE = 'Target in-house share (%)';

afterAll(settleEffects);

async function saveAs(name: string) {
  typeInto('Save this scenario', name);
  fireEvent.click(screen.getByRole('button', { name: 'Save this scenario' }));
  await screen.findByText(`Scenario “${name}” saved.`);
}

const scenariosTable = () => screen.getByRole('table', { name: 'Saved scenarios, newest first' });

describe('saved scenarios', () => {
  it('saves the figures under a name and lists them with the date, who saved them and the key results', async () => {
    renderTargets();
    expect(await screen.findByText('No scenarios saved on this device yet.')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Save this scenario' }));
    expect(await screen.findByText('Enter a name for this scenario', { selector: '.error-message' })).toBeTruthy();
    expect(await db().targetPlans.count()).toBe(0);

    await saveAs('Board option A');
    const row = within(await waitFor(scenariosTable)).getByRole('row', { name: /Board option A/ });
    expect(row.textContent).toContain(formatShortDate(today));
    expect(row.textContent).toContain(MANAGER.name);
    expect(row.textContent).toContain(`33 approvals and 209 enquiries a year for 70% by March ${targetMarchYear(today, 3)}`);
    expect(await db().targetPlans.toArray()).toMatchObject([{ name: 'Board option A', savedBy: MANAGER.name, targetYear: targetMarchYear(today, 3) }]);
  });

  it('will not save while a figure is wrong', async () => {
    renderTargets();
    await screen.findByText('No scenarios saved on this device yet.');
    typeInto(SHARE, '');
    typeInto('Save this scenario', 'Half-typed');
    fireEvent.click(screen.getByRole('button', { name: 'Save this scenario' }));
    expect(await screen.findByRole('link', { name: 'Correct the figures marked as a problem before saving this scenario' })).toBeTruthy();
    expect(await db().targetPlans.count()).toBe(0);
  });

  it('compares two scenarios side by side, and reopens one', async () => {
    renderTargets();
    await screen.findByText('No scenarios saved on this device yet.');
    await saveAs('Seventy in three');
    typeInto(SHARE, '60');
    typeInto('Yearly growth in demand (%)', '2');
    await waitFor(() => expect(sentences()).toContain('To reach 60%'));
    await saveAs('Sixty with growth');

    await waitFor(() => expect(within(scenariosTable()).getAllByRole('row')).toHaveLength(3));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Seventy in three to compare' }));
    fireEvent.click(screen.getByRole('button', { name: 'Compare side by side' }));
    expect(await screen.findByText('Select 2 or 3 scenarios to compare', { selector: '.error-message' })).toBeTruthy();

    fireEvent.click(screen.getByRole('checkbox', { name: 'Select Sixty with growth to compare' }));
    fireEvent.click(screen.getByRole('button', { name: 'Compare side by side' }));
    const comparison = await screen.findByRole('table', { name: 'Comparing 2 scenarios' });
    const headers = [...comparison.querySelectorAll('thead th')].map((h) => h.textContent);
    expect(headers).toEqual(['Seventy in three', 'Sixty with growth']);
    const share = within(comparison).getByRole('row', { name: /Target in-house share/ });
    expect(within(share).getAllByRole('cell').map((c) => c.textContent)).toEqual(['70%', '60%']);
    const approvals = within(comparison).getByRole('row', { name: /Approvals needed a year/ });
    expect(within(approvals).getAllByRole('cell')[0]!.textContent).toBe('33');
    expectNoBadNumbers();

    fireEvent.click(screen.getByRole('button', { name: 'Open Seventy in three' }));
    await waitFor(() => expect(field(SHARE).value).toBe('70'));
    expect(field('Yearly growth in demand (%)').value).toBe('0');
    expect(screen.getByText('Opened the scenario “Seventy in three”. Its figures are in the form and the results show its plan.')).toBeTruthy();
    await waitFor(() => expect(location.search).toBe(''));
  });

  it('deletes a scenario', async () => {
    renderTargets();
    await screen.findByText('No scenarios saved on this device yet.');
    await saveAs('Short-lived');
    fireEvent.click(await screen.findByRole('button', { name: 'Delete Short-lived' }));
    expect(screen.getByText('Delete the scenario “Short-lived”? It cannot be opened again.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    // Nothing deleted, and focus is back on the button that asked.
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Delete Short-lived' })));
    expect(screen.getByRole('rowheader', { name: 'Short-lived' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Delete Short-lived' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete Short-lived' }));
    expect(await screen.findByText('Scenario “Short-lived” deleted.')).toBeTruthy();
    expect(await screen.findByText('No scenarios saved on this device yet.')).toBeTruthy();
  });
});
