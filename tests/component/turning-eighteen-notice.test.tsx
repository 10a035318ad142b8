import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, todayIso } from '../../src/domain/dates';
import { db } from '../../src/data/db';
import { TurningEighteenNotice } from '../../src/ui/today/TurningEighteenNotice';
import { asFixture } from '../fixture-person';
import { createHousehold, signIn } from './household-record-helpers';

/** A household at application with Kit Notreal, a made-up member who turns 18 in 30 days. */
async function householdWithKit() {
  signIn();
  const today = todayIso();
  const h = await createHousehold({ enquiryOn: addDays(today, -60) });
  await asFixture(async () => {
    await db().households.update(h.id, { stage: 'application' });
    await db().people.add({ id: 'member-1', householdId: h.id, role: 'member', name: 'Kit Notreal', dateOfBirth: addMonths(addDays(today, 30), -18 * 12), order: 2 });
  });
  return h;
}

describe("Today's adult checks notice", () => {
  it('names who turns 18 and links their household, with no bracket left on a line of its own', async () => {
    const h = await householdWithKit();
    render(<TurningEighteenNotice read />);
    const notice = await screen.findByRole('region', { name: 'Adult checks needed' });
    const item = within(notice).getByRole('listitem');
    expect(item.textContent).toMatch(/^Kit Notreal turns 18 on .+: they will need adult checks\. \S+ Ada Examplesson and Bo Examplesson$/);
    expect(within(item).getByRole('link').getAttribute('href')).toBe(`/households/${h.id}#checks`);
  });

  it("is drawn with Today's lists, before its own read, when Today is opened again, until a member's date of birth is corrected", async () => {
    await householdWithKit();
    const first = render(<TurningEighteenNotice read />);
    await screen.findByRole('region', { name: 'Adult checks needed' });
    first.unmount();

    // Not before Today's lists are shown: below them, it would be moved down as they came.
    const waiting = render(<TurningEighteenNotice read={false} />);
    expect(screen.queryByRole('region', { name: 'Adult checks needed' })).toBeNull();
    waiting.unmount();
    // In the same frame as the lists, before its own read answers.
    const again = render(<TurningEighteenNotice read />);
    expect(within(screen.getByRole('region', { name: 'Adult checks needed' })).getByRole('listitem').textContent).toContain('Kit Notreal turns 18');
    again.unmount();

    await asFixture(() => db().people.update('member-1', { dateOfBirth: '1990-01-01' }));
    render(<TurningEighteenNotice read />);
    expect(screen.queryByRole('region', { name: 'Adult checks needed' })).toBeNull();
  });
});
