import { fireEvent, render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { HistorySection } from '../../src/ui/settings/HistorySection';
import { asFixture } from '../fixture-person';
import { writeHousehold } from '../data/vault-helpers';

const section = () => within(screen.getByRole('region', { name: 'Verify history' }));

describe('verify history in Settings', () => {
  it('says no break was found in an untouched history', async () => {
    await writeHousehold();
    render(<HistorySection />);
    fireEvent.click(section().getByRole('button', { name: 'Verify history' }));
    expect(await section().findByText('No break found.')).toBeTruthy();
  });

  it('names the household whose timeline was altered outside the app', async () => {
    const id = await writeHousehold();
    const reference = (await db().households.get(id))!.reference;
    const [entry] = await db().events.where('householdId').equals(id).toArray();
    await asFixture(() => db().events.put({ ...entry!, summary: 'Nothing happened' }));
    render(<HistorySection />);
    fireEvent.click(section().getByRole('button', { name: 'Verify history' }));
    expect(await section().findByText('1 history has a break.')).toBeTruthy();
    expect(section().getByText(new RegExp(`Household ${reference}: an entry was changed after it was written`))).toBeTruthy();
  });
});
