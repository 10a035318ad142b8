import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { carersRepo } from '../../src/data/repositories/carers';
import { leavingReasonsRepo } from '../../src/data/repositories/leaving-reasons';
import { LeavingReasons } from '../../src/ui/carers/LeavingReasons';
import { currentUser } from '../../src/ui/current-user';

const item = (name: string) => within(screen.getByRole('heading', { name, level: 3 }).closest('li')!);
const section = () => within(screen.getByRole('region', { name: 'Reasons for leaving the register' }));

describe('the reasons for leaving the register', () => {
  beforeEach(() => {
    currentUser.value = { id: 's1', name: 'Jo Worker', active: 1 };
  });

  it("maps a reason to Ofsted's heading, and a reason added goes to the end of the list households choose from", async () => {
    render(<LeavingReasons />);
    fireEvent.click(await screen.findByRole('button', { name: 'Change Retirement' }));
    fireEvent.input(screen.getByLabelText(/^Ofsted heading/), { target: { value: 'Retirement or ill health' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save reason' }));
    await waitFor(() => expect(item('Retirement').getByText('Retirement or ill health')).toBeTruthy(), { timeout: 5000 });
    expect(item('Other').getByText('Not mapped yet')).toBeTruthy();

    fireEvent.click(section().getByRole('button', { name: 'Add a reason for leaving' }));
    fireEvent.input(screen.getByLabelText('Reason'), { target: { value: 'retirement' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add reason' }));
    expect((await screen.findByRole('alert')).textContent).toContain('retirement is already on the list');
    fireEvent.input(screen.getByLabelText('Reason'), { target: { value: 'Moved abroad' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add reason' }));
    await screen.findByRole('heading', { name: 'Moved abroad', level: 3 }, { timeout: 5000 });

    expect((await carersRepo.reasons()).at(-1)).toBe('Moved abroad');
    expect((await db().events.where('householdId').equals('service').toArray()).map((e) => e.summary)).toEqual(
      expect.arrayContaining(['Reason for leaving Retirement changed', 'Reason for leaving Moved abroad added']),
    );
  });

  it('removes a reason after saying that households that left for it keep it', async () => {
    render(<LeavingReasons />);
    await screen.findByRole('heading', { name: 'Other', level: 3 });
    fireEvent.click(item('Other').getByRole('button', { name: 'Remove Other' }));
    expect(item('Other').getByText(/Households that left for this reason keep it/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Yes, remove Other' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Other', level: 3 })).toBeNull(), { timeout: 5000 });
    expect(await carersRepo.reasons()).not.toContain('Other');
  });

  it('refuses a change over one saved meanwhile in another tab, keeping what was typed', async () => {
    render(<LeavingReasons />);
    fireEvent.click(await screen.findByRole('button', { name: 'Change Retirement' }));
    fireEvent.input(screen.getByLabelText(/^Ofsted heading/), { target: { value: 'Retirement' } });
    const { base } = await leavingReasonsRepo.read();
    await leavingReasonsRepo.save(undefined, { name: 'Emigrated' }, base, 'Sam Other');
    fireEvent.click(screen.getByRole('button', { name: 'Save reason' }));
    expect((await screen.findByRole('alert', { name: 'This record has changed' })).textContent).toMatch(/Sam Other changed the reasons for leaving/);
    expect((screen.getByLabelText(/^Ofsted heading/) as HTMLInputElement).value).toBe('Retirement');
    expect((await leavingReasonsRepo.read()).headings).toEqual({});
  });
});
