import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../src/domain/dates';
import { financialYearFromToday, targetMarchYear, yearFromToday } from '../../src/domain/target-sentences';
import { settleEffects } from './pipeline-fixtures';
import { expectNoBadNumbers, field, renderTargets, sentences, typeInto } from './targets-helpers';

const today = todayIso();
const SHARE = 'Target in-house share (%)';

afterAll(settleEffects);

describe('recruitment targets page', () => {
  it('starts from the source documents’ figures and says what they mean', async () => {
    renderTargets();
    expect(await screen.findByRole('heading', { level: 1, name: 'Recruitment targets' })).toBeTruthy();
    expect(field(SHARE).value).toBe('70');
    expect(field('Enquiries that end in approval (%)').value).toBe('15.8');
    expect(sentences()).toBe(
      `To reach 70% in-house by March ${targetMarchYear(today, 3)} the service needs to approve 33 households a year: over the 3 years, 60 to grow and 39 to replace those who leave. ` +
        'At today’s conversion that takes about 209 enquiries a year. ' +
        `At today’s 18 approvals a year, 70% is reached in ${yearFromToday(today, 12)}. ` +
        'Closing the gap saves about £2.9m a year.',
    );
    const group = screen.getByRole('group', { name: 'Today’s placements' });
    expect(within(group).getAllByText('Source: the source documents’ 2022/23 figures.')).toHaveLength(3);
    expect(document.title).toBe('Recruitment targets – Fostering');
  });

  it('updates the sentences and the link as the figures change', async () => {
    renderTargets();
    await screen.findByRole('heading', { level: 1, name: 'Recruitment targets' });
    typeInto(SHARE, '60');
    typeInto('Years to reach the target (years)', '5');
    await waitFor(() => expect(sentences()).toContain(`To reach 60% in-house by March ${targetMarchYear(today, 5)}`));
    expect(sentences()).toContain('approve 18 households a year: over the 5 years, 25 to grow and 65 to replace those who leave');
    expect(screen.getByText(`A whole number of years from today. That is by March ${targetMarchYear(today, 5)}.`, { exact: false })).toBeTruthy();
    expect(field(SHARE).closest('.form-group')!.textContent).toContain('Source: entered on this page.');
    await waitFor(() => expect(location.search).toBe('?p=0.6&y=5'));
  });

  it('shows a message beside a bad figure, keeps the last plan greyed, and never shows NaN or Infinity', async () => {
    renderTargets();
    await screen.findByRole('heading', { level: 1, name: 'Recruitment targets' });
    typeInto(SHARE, 'abc');
    expect(await screen.findByText('Target in-house share must be a number, like 70', { selector: '.error-message' })).toBeTruthy();
    const summary = screen.getByRole('region', { name: 'There is a problem' });
    expect(within(summary).getByRole('link', { name: 'Target in-house share must be a number, like 70' })).toBeTruthy();
    expect(screen.getByText('These results are for the last figures that worked.')).toBeTruthy();
    expect(sentences()).toContain('To reach 70% in-house');
    expect(document.activeElement).not.toBe(summary);
    expect(document.title).toBe('Error: Recruitment targets – Fostering');
    expectNoBadNumbers();

    for (const [label, value] of [
      ['Places per newly approved household', '0'],
      ['Enquiries that end in approval (%)', ''],
      ['Children in in-house placements', '-0'],
      ['Children in agency placements', '1e999'],
      ['Yearly growth in demand (%)', '-'],
    ] as const) {
      typeInto(label, value);
      await screen.findByText(/There is a problem/);
      expectNoBadNumbers();
    }
    expect(screen.getByText('Places per newly approved household must be more than 0', { selector: '.error-message' })).toBeTruthy();
    expect(screen.getByText('Enter the share of enquiries that end in approval', { selector: '.error-message' })).toBeTruthy();
  });

  it('puts the source documents’ figures back', async () => {
    renderTargets('?p=0.5');
    expect(await screen.findByDisplayValue('50')).toBe(field(SHARE));
    fireEvent.click(screen.getByRole('button', { name: 'Reset to the source documents’ figures' }));
    await waitFor(() => expect(field(SHARE).value).toBe('70'));
    await waitFor(() => expect(location.search).toBe(''));
  });

  it('opens the figures a link carries, and ignores what it cannot use', async () => {
    renderTargets('?p=0.65&y=5&c=abc&rec=a');
    expect(await screen.findByDisplayValue('65')).toBe(field(SHARE));
    expect(field('Years to reach the target (years)').value).toBe('5');
    expect(field('Places per newly approved household').value).toBe('1.5');
    expect(field('Approvals a year at today’s rate').closest('.form-group')!.textContent).toContain('Source: from this service’s records.');
    expect(sentences()).toContain('To reach 65% in-house');
  });

  it('draws the trajectory with a table of the same numbers, one row per year', async () => {
    renderTargets();
    const chart = await screen.findByRole('img', { name: /In-house share of foster placements by year/ });
    expect(chart.querySelectorAll('polyline')).toHaveLength(2);
    const table = screen.getByRole('table', { name: 'In-house share by year' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(13);
    expect(rows[0]!.textContent).toContain(`${financialYearFromToday(today, 0)} (today)`);
    expect(rows[0]!.textContent).toContain('53.2%');
    // The target row is the financial year whose March the plan's sentence names.
    const march = targetMarchYear(today, 3);
    expect(rows[3]!.textContent).toContain(`${march - 1}/${String(march % 100).padStart(2, '0')} (target year)`);
    expect(rows[3]!.className).toContain('table__row--target');
    expect(screen.getAllByText(new RegExp(`by March ${march}`)).length).toBeGreaterThan(0);
    expect(rows[12]!.textContent).toContain('(reached at today’s rate)');

    typeInto('Approvals a year at today’s rate', '30');
    // 30 approvals a year reach 70% in year 4: years 0 to 4, after the header row.
    await waitFor(() => expect(within(screen.getByRole('table', { name: 'In-house share by year' })).getAllByRole('row')).toHaveLength(6));
  });
});
