import { render, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { carersRepo, carerTables } from '../../src/data/repositories/carers';
import { constellationsRepo } from '../../src/data/repositories/constellations';
import { keepGroupsRepo } from '../../src/data/repositories/keep-groups';
import { supportSettingsRepo } from '../../src/data/repositories/support-settings';
import { asPerson } from '../../src/data/revisions';
import { addDays, todayIso } from '../../src/domain/dates';
import SupportToday from '../../src/ui/today/SupportToday';
import { asFixture } from '../fixture-person';
import { household } from '../unit/fixtures';

const TODAY = todayIso();

/** A carer household approved `daysAgo` days ago, supervised by `workerId`. */
async function carer(n: number, daysAgo: number, workerId: string, places = 0): Promise<string> {
  const terms = { types: ['shortTerm'], ageFrom: 0, ageTo: 17, numberOfChildren: places, siblingGroups: false };
  const h = household({ id: `hh-t${n}`, reference: `H-04${n}`, stage: 'approved' }, { decision: { decidedOn: addDays(TODAY, -daysAgo), outcome: 'approve' }, ...(places ? { terms } : {}) } as never);
  await asFixture(async () => {
    await db().households.add(h);
    await db().people.add({ id: `pt${n}`, householdId: h.id, role: 'applicant', name: `Tay Testcarer${n}`, order: 0 } as never);
    await db().staff.put({ id: 'st1', name: 'Sam Supervisor', active: true } as never);
    await db().staff.put({ id: 'st2', name: 'Kit Colleague', active: true } as never);
  });
  await asPerson('Jo Worker', carerTables(), () => carersRepo.enrolApproved(h, 'Jo Worker'));
  await carersRepo.setWorker(h.id, workerId, (await db().carers.get(h.id))?.revision?.rev ?? '', 'Jo Worker');
  return h.id;
}

const list = (name: RegExp) => within(screen.getByRole('region', { name }));

describe('Today: support for approved carers', () => {
  it('shows the signed-in worker’s reviews due, visits overdue and a constellation that has not met', async () => {
    await carer(1, 350, 'st1');
    await carer(2, 350, 'st2');
    await constellationsRepo.create({ name: 'Riverside', hubHouseholdId: 'hh-t1', liaisonWorkerId: 'st1', startOn: addDays(TODAY, -60), bedsKeptFree: 2 }, 'Jo Worker');
    render(<SupportToday today={TODAY} workerId="st1" after />);
    await screen.findByRole('heading', { name: 'Approved carers' });
    const reviews = list(/^Reviews overdue or due/);
    expect(reviews.getByRole('heading').textContent).toMatch(/\(1\)$/);
    expect(reviews.getByRole('link', { name: 'H-041 Tay Testcarer1' }).getAttribute('href')).toBe('/carers/hh-t1');
    expect(reviews.getByText(/first review \(goes to panel\) due/)).toBeTruthy();
    expect(reviews.queryByText(/Testcarer2/)).toBeNull();
    expect(list(/^Supervision visits overdue/).getByRole('link', { name: 'H-041 Tay Testcarer1' })).toBeTruthy();
    expect(list(/^Constellations out of range/).getByText(/0 satellite households: the model needs at least 6; No peer support meeting held yet/)).toBeTruthy();
    expect(list(/^KEEP phone checks due/).getByText('No KEEP phone checks due')).toBeTruthy();
  });

  it('shows everyone’s carer households with no worker chosen, and an overdue review as overdue', async () => {
    await carer(1, 400, 'st1');
    await carer(2, 380, 'st2');
    render(<SupportToday today={TODAY} workerId={undefined} after />);
    await screen.findByRole('heading', { name: 'Approved carers' });
    const reviews = list(/^Reviews overdue or due/);
    expect(reviews.getAllByRole('link').map((a) => a.textContent)).toEqual(['H-041 Tay Testcarer1', 'H-042 Tay Testcarer2']);
    expect(reviews.getAllByText('Overdue')).toHaveLength(2);
  });

  it('shows TSD standards due, vacancies, no contact in 8 weeks and a resignation taking effect, and only the worker’s own', async () => {
    await carer(1, 350, 'st1', 2);
    await carer(2, 100, 'st1');
    await carer(3, 350, 'st2', 1);
    const rev = (await db().carers.get('hh-t2'))?.revision?.rev ?? '';
    const noticeOn = addDays(TODAY, -8);
    await carersRepo.deregister('hh-t2', { route: 'resignation', noticeOn, effectiveOn: addDays(noticeOn, 28), reason: 'Retirement', exitInterview: 'offered', note: '' }, rev, 'Jo Worker');
    render(<SupportToday today={TODAY} workerId="st1" after />);
    await screen.findByRole('heading', { name: 'Approved carers' });
    const tsd = list(/^TSD standards overdue or due/);
    expect(tsd.getAllByRole('link').map((a) => a.textContent)).toEqual(['H-041 Tay Testcarer1']);
    expect(tsd.getByText(/12 months from approval, due/)).toBeTruthy();
    const vacancies = list(/^Vacancies/);
    expect(vacancies.getByText(/2 of 2 places vacant/)).toBeTruthy();
    expect(vacancies.queryByText(/Testcarer3/)).toBeNull();
    expect(list(/^No contact in 8 weeks/).getByRole('link', { name: 'H-041 Tay Testcarer1' })).toBeTruthy();
    const resignations = list(/^Resignations taking effect/);
    expect(resignations.getByRole('link', { name: 'H-042 Tay Testcarer2' })).toBeTruthy();
    expect(resignations.getByText(/leaves the register .*, in 20 days/)).toBeTruthy();
  });

  it('shows a running KEEP group whose attendance has fallen below 75%', async () => {
    await carer(1, 200, 'st1');
    await carer(2, 200, 'st1');
    const groupId = await keepGroupsRepo.create({ name: 'Autumn KEEP', programmeId: 'keepStandard', facilitatorIds: ['st1', 'st2'], startOn: addDays(TODAY, -7) }, 'Jo Worker');
    await keepGroupsRepo.enrol(groupId, 'hh-t1', 'Jo Worker');
    await keepGroupsRepo.enrol(groupId, 'hh-t2', 'Jo Worker');
    await keepGroupsRepo.mark(groupId, 'hh-t1', 0, 'attended', '', 'Jo Worker');
    render(<SupportToday today={TODAY} workerId={undefined} after />);
    await screen.findByRole('heading', { name: 'Approved carers' });
    const low = list(/^KEEP groups with attendance below 75%/);
    expect(low.getByRole('link', { name: 'Autumn KEEP' }).getAttribute('href')).toBe(`/keep-groups/${groupId}`);
    expect(low.getByText(/25% of places filled over 2 sessions/)).toBeTruthy();
  });

  it('judges KEEP attendance by the service’s share: at 50% a group three places in four full is not listed, at 80% it is', async () => {
    await carer(1, 200, 'st1');
    await carer(2, 200, 'st1');
    const groupId = await keepGroupsRepo.create({ name: 'Autumn KEEP', programmeId: 'keepStandard', facilitatorIds: ['st1', 'st2'], startOn: addDays(TODAY, -7) }, 'Jo Worker');
    for (const hh of ['hh-t1', 'hh-t2']) await keepGroupsRepo.enrol(groupId, hh, 'Jo Worker');
    await keepGroupsRepo.mark(groupId, 'hh-t1', 0, 'attended', '', 'Jo Worker');
    await keepGroupsRepo.mark(groupId, 'hh-t1', 1, 'catchUp', '', 'Jo Worker');
    await keepGroupsRepo.mark(groupId, 'hh-t2', 0, 'attended', '', 'Jo Worker');
    await supportSettingsRepo.saveKeepCompletion(50, '', 'Jo Worker');
    render(<SupportToday today={TODAY} workerId={undefined} after />);
    await screen.findByRole('heading', { name: 'Approved carers' });
    expect(list(/^KEEP groups with attendance below 50%/).getByText('No KEEP group with low attendance')).toBeTruthy();

    await supportSettingsRepo.saveKeepCompletion(80, (await db().settings.get('keepCompletionPercent'))!.revision!.rev, 'Jo Worker');
    await waitFor(() => expect(list(/^KEEP groups with attendance below 80%/).getByText(/75% of places filled over 2 sessions/)).toBeTruthy(), { timeout: 5000 });
  });

  it('shows nothing until the recruitment lists above it are shown, then the section', async () => {
    await carer(1, 200, 'st1');
    const { container, rerender } = render(<SupportToday today={TODAY} workerId={undefined} after={false} />);
    await new Promise((r) => setTimeout(r, 100));
    expect(container.textContent).toBe('');
    rerender(<SupportToday today={TODAY} workerId={undefined} after />);
    expect(await screen.findByRole('heading', { name: 'Approved carers' })).toBeTruthy();
  });

  it('says nothing on a device with no carer household', async () => {
    const { container } = render(<SupportToday today={TODAY} workerId={undefined} after />);
    await waitFor(() => expect(screen.queryByText(/Loading/)).toBeNull());
    expect(container.textContent).toBe('');
  });
});
