import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, todayIso } from '../../src/domain/dates';
import { db } from '../../src/data/db';
import { TurningEighteenNotice } from '../../src/ui/today/TurningEighteenNotice';
import { asFixture } from '../fixture-person';
import { createHousehold, signIn } from './household-record-helpers';

describe("Today's adult checks notice", () => {
  it('names who turns 18 and links their household, with no bracket left on a line of its own', async () => {
    signIn();
    const today = todayIso();
    const h = await createHousehold({ enquiryOn: addDays(today, -60) });
    await asFixture(async () => {
      await db().households.update(h.id, { stage: 'application' });
      await db().people.add({ id: 'member-1', householdId: h.id, role: 'member', name: 'Kit Notreal', dateOfBirth: addMonths(addDays(today, 30), -18 * 12), order: 2 });
    });
    render(<TurningEighteenNotice />);
    const notice = await screen.findByRole('region', { name: 'Adult checks needed' });
    const item = within(notice).getByRole('listitem');
    expect(item.textContent).toMatch(/^Kit Notreal turns 18 on .+: they will need adult checks\. \S+ Ada Examplesson and Bo Examplesson$/);
    expect(within(item).getByRole('link').getAttribute('href')).toBe(`/households/${h.id}#checks`);
  });
});
