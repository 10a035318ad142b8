import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { carersRepo, carerTables } from '../../src/data/repositories/carers';
import { asPerson } from '../../src/data/revisions';
import { addDays, todayIso } from '../../src/domain/dates';
import { currentUser } from '../../src/ui/current-user';
import { asFixture } from '../fixture-person';
import { household } from '../unit/fixtures';
import { renderCarer } from './carer-page-helpers';
import { typeDate } from './date-input';

const TODAY = todayIso();
const APPROVED = addDays(TODAY, -200);
const TERMS = { types: ['shortTerm' as const], ageFrom: 0, ageTo: 12, numberOfChildren: 1, siblingGroups: false };
const ID = 'hh-p1';

async function approved(): Promise<void> {
  const h = household({ id: ID, reference: 'H-0301', stage: 'approved' }, { decision: { decidedOn: APPROVED, outcome: 'approve' }, terms: TERMS });
  await asFixture(() => db().households.add(h));
  await asPerson('Jo Worker', carerTables(), () => carersRepo.enrolApproved(h, 'Jo Worker'));
}

async function openCarer() {
  renderCarer(ID);
  await screen.findByRole('region', { name: 'Placements' }, { timeout: 5000 });
}

const placements = () => within(screen.getByRole('region', { name: 'Placements' }));
const errorBeside = (id: string) => document.getElementById(`${id}-error`)?.textContent ?? '';

async function addPlacement(startOn: string) {
  fireEvent.click(await placements().findByRole('button', { name: 'Add a placement' }));
  typeDate(screen, 'Start date', startOn);
  fireEvent.click(screen.getByLabelText('5 to 10'));
  fireEvent.click(within(screen.getByRole('group', { name: 'Placed as part of a sibling group?' })).getByLabelText('No'));
  fireEvent.click(within(screen.getByRole('group', { name: 'Is this a short break?' })).getByLabelText('No'));
  fireEvent.click(screen.getByRole('button', { name: 'Add placement' }));
}

describe('placements on the carer household page', () => {
  beforeEach(() => {
    currentUser.value = { id: 's1', name: 'Jo Worker', active: 1 };
  });

  it('adding one fills the vacancy; a second is refused beside its start date; ending it unplanned frees the place', async () => {
    await approved();
    await openCarer();
    await placements().findByText('1 approved, 0 in use, 1 vacant');

    await addPlacement(addDays(TODAY, -10));
    await placements().findByText('1 approved, 1 in use, 0 vacant');
    expect(placements().getByText(/to now: 5 to 10/)).toBeTruthy();

    await addPlacement(addDays(TODAY, -2));
    await waitFor(() => expect(errorBeside('placement-startOn')).toMatch(/approved for 1 place and all are in use/));
    expect((await screen.findByRole('alert')).textContent).toContain('approved for 1 place');
    expect(await db().placements.count()).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));

    fireEvent.click(await placements().findByRole('button', { name: 'End the placement' }));
    typeDate(screen, 'Date the placement ended', addDays(TODAY, -11));
    fireEvent.click(screen.getByLabelText('Unplanned'));
    fireEvent.click(screen.getByRole('button', { name: 'End placement' }));
    await waitFor(() => expect(document.querySelector('[id^="end-"][id$="-endOn-error"]')?.textContent).toMatch(/cannot end before it starts/));

    typeDate(screen, 'Date the placement ended', addDays(TODAY, -1));
    fireEvent.click(screen.getByRole('button', { name: 'End placement' }));
    await placements().findByText('1 approved, 0 in use, 1 vacant');
    expect(placements().getByText(/unplanned ending/)).toBeTruthy();
    expect((await db().events.where('householdId').equals(ID).toArray()).map((e) => e.summary)).toContainEqual(expect.stringMatching(/ended on .* \(unplanned\)$/));
  });

  it('a placement added meanwhile in another tab shows at once, and the form then refuses the place, keeping what was typed', async () => {
    await approved();
    await openCarer();
    fireEvent.click(await placements().findByRole('button', { name: 'Add a placement' }));
    const rev = (await db().carers.get(ID))!.revision!.rev;
    await carersRepo.addPlacement(ID, { startOn: addDays(TODAY, -5), ageBand: 'under5', siblingGroup: false, shortBreak: true }, rev, 'Sam Other');
    typeDate(screen, 'Start date', addDays(TODAY, -1));
    fireEvent.click(screen.getByLabelText('11 to 15'));
    fireEvent.click(within(screen.getByRole('group', { name: 'Placed as part of a sibling group?' })).getByLabelText('No'));
    fireEvent.click(within(screen.getByRole('group', { name: 'Is this a short break?' })).getByLabelText('No'));
    await placements().findByText('1 approved, 1 in use, 0 vacant');
    fireEvent.click(screen.getByRole('button', { name: 'Add placement' }));
    await waitFor(() => expect(errorBeside('placement-startOn')).toMatch(/approved for 1 place and all are in use/));
    expect((screen.getByLabelText('11 to 15') as HTMLInputElement).checked).toBe(true);
    expect(await db().placements.count()).toBe(1);
  });
});

describe('an extra review on the carer household page', () => {
  beforeEach(() => {
    currentUser.value = { id: 's1', name: 'Jo Worker', active: 1 };
  });

  it('is started with its reason and date, shows as due, and is answered by holding the review', async () => {
    await approved();
    await openCarer();
    const reviews = () => within(screen.getByRole('region', { name: 'Reviews' }));
    fireEvent.click(reviews().getByRole('button', { name: 'Start an extra review' }));
    typeDate(screen, 'Date of the allegation or change', addDays(APPROVED, -1));
    fireEvent.click(screen.getByRole('button', { name: 'Start extra review' }));
    await waitFor(() => expect(errorBeside('extra-review-reason')).toBe('Error: Select why an extra review is needed'));
    expect(errorBeside('extra-review-on')).toMatch(/must be on or after the date of approval/);

    fireEvent.click(screen.getByLabelText('An allegation'));
    typeDate(screen, 'Date of the allegation or change', addDays(TODAY, -3));
    fireEvent.click(screen.getByRole('button', { name: 'Start extra review' }));
    await reviews().findByText(/An allegation on .*: a review is due by .* and stays due until one is held/);
    expect(reviews().queryByRole('button', { name: 'Start an extra review' })).toBeNull();

    fireEvent.click(reviews().getByRole('button', { name: 'Hold the extra review' }));
    typeDate(screen, 'Date of the review', TODAY);
    fireEvent.click(screen.getByLabelText('Approval continues on the same terms'));
    fireEvent.click(within(screen.getByRole('group', { name: 'Do the carers agree with the outcome?' })).getByLabelText('Yes'));
    fireEvent.click(screen.getByRole('button', { name: 'Record review' }));
    await reviews().findByRole('button', { name: 'Start an extra review' });
    expect(reviews().queryByText(/stays due until one is held/)).toBeNull();
    expect((await db().carers.get(ID))?.extraReview).toBeUndefined();
  });
});
