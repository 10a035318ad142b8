import { render, screen, within } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { householdsRepo } from '../../src/data/repositories/households';
import { addDays, addMonths, formatDate } from '../../src/domain/dates';
import TodayPage from '../../src/ui/today/TodayPage';
import { settingsRepo } from '../../src/data/repositories/settings';
import { DEFAULT_LOCAL_TARGETS } from '../../src/domain/settings';
import { create, forward, putOnTrack, settleEffects, today } from './pipeline-fixtures';
import { moveFrom } from '../../src/domain/stale-rule';
import { asFixture } from '../fixture-person';

function renderToday(address = '/') {
  history.replaceState(null, '', address);
  return render(
    <LocationProvider>
      <TodayPage />
    </LocationProvider>,
  );
}

const section = (name: RegExp) => screen.getByRole('region', { name });

afterAll(settleEffects);

describe('Today page', () => {
  it('lists breached and at-risk households, an overdue check, a panel coming up and an ended hold', async () => {
    // The whole of each deadline's time counts as at risk, so a new enquiry is at risk at once.
    await settingsRepo.saveLocalTargets({ ...DEFAULT_LOCAL_TARGETS, atRiskPercent: 100 }, 'Jo Worker');
    const late = await create({ applicants: ['Dee Overdue'], enquiryOn: addDays(today, -30) });
    const fresh = await create({ applicants: ['Eli Newcomer'] });

    const checked = await create({ applicants: ['Fin Waitingcheck'], enquiryOn: addDays(today, -60) });
    await forward(checked.id, 3, addDays(today, -50));
    await putOnTrack(checked.id);
    await asFixture(async () => db().checks.add({
      id: 'c1',
      householdId: checked.id,
      type: 'localAuthority',
      label: 'Local authority checks',
      requestedOn: addDays(today, -40),
      awaitingSince: addDays(today, -40),
    }));
    await asFixture(async () => db().checks.add({
      id: 'c2',
      householdId: checked.id,
      type: 'health',
      label: 'Health check',
      requestedOn: addDays(today, -10),
      awaitingSince: addDays(today, -10),
    }));

    const panel = await create({ applicants: ['Gus Panelbound'] });
    await putOnTrack(panel.id);
    await asFixture(async () => db().appointments.add({ id: 'a1', householdId: panel.id, kind: 'panel', on: addDays(today, 7) }));
    await asFixture(async () => db().appointments.add({ id: 'a2', householdId: panel.id, kind: 'panel', on: addDays(today, 40) }));

    const held = await create({ applicants: ['Hal Holdover'], enquiryOn: addDays(today, -20) });
    await householdsRepo.move(held.id, { from: moveFrom((await householdsRepo.get(held.id))!), kind: 'hold', on: addDays(today, -10), holdUntil: addDays(today, -1) }, 'Jo Worker', today);
    await putOnTrack(held.id);

    renderToday();
    expect(await screen.findByRole('heading', { level: 1, name: 'Today' })).toBeTruthy();
    expect(screen.getByText(formatDate(today))).toBeTruthy();

    const breached = await screen.findByRole('region', { name: /^Breached timescales/ });
    expect(within(breached).getByRole('heading', { level: 2 }).textContent).toBe('Breached timescales (1)');
    expect(within(breached).getByRole('link', { name: /Dee Overdue/ }).getAttribute('href')).toBe(`/households/${late.id}`);
    expect(within(breached).queryByText(/Eli Newcomer/)).toBeNull();

    expect(within(section(/^At risk/)).getByRole('link', { name: /Eli Newcomer/ }).getAttribute('href')).toBe(`/households/${fresh.id}`);

    const checks = section(/^Checks outstanding over 4 weeks/);
    expect(within(checks).getByRole('heading', { level: 2 }).textContent).toBe('Checks outstanding over 4 weeks (1)');
    expect(within(checks).getByText('Local authority checks')).toBeTruthy();
    expect(within(checks).getByRole('link', { name: /Fin Waitingcheck/ })).toBeTruthy();
    expect(within(checks).queryByText('Health check')).toBeNull();

    const meetings = section(/^Panels and decisions in the next 14 days/);
    expect(within(meetings).getAllByRole('listitem')).toHaveLength(1);
    expect(within(meetings).getByRole('link', { name: /Gus Panelbound/ })).toBeTruthy();

    const holds = section(/^Holds that have ended/);
    expect(within(holds).getByRole('link', { name: /Hal Holdover/ }).getAttribute('href')).toBe(`/households/${held.id}`);
  });

  it('finds a panel date recorded on the assessment', async () => {
    const h = await create({ applicants: ['Ivy Assessed'] });
    await putOnTrack(h.id);
    await asFixture(async () => db().households.update(h.id, { stage: 'panel', assessment: { training: [], panel: { panelOn: addDays(today, 3) } } }));
    renderToday();
    const meetings = await screen.findByRole('region', { name: /^Panels and decisions/ });
    expect(within(meetings).getByRole('link', { name: /Ivy Assessed/ })).toBeTruthy();
  });

  it('warns of connected households whose temporary approval ends within 4 weeks or has lapsed', async () => {
    const temporary = async (name: string, startOn: string, kind: 'connected' | 'mainstream' = 'connected') => {
      const h = await create({ applicants: [name], kind });
      await householdsRepo.updateAssessment(h.id, { patch: { temporaryApproval: { startOn } }, baseRev: h.revision!.rev }, 'Jo Worker', 'Temporary approval');
      return h;
    };
    // The last day is the start plus 111 days.
    const lapsed = await temporary('Kim Lapsed', addDays(today, -112));
    const soon = await temporary('Lou Soon', addDays(today, -111 + 5));
    await temporary('Max Later', addDays(today, -111 + 40));
    await temporary('Ned Mainstream', addDays(today, -112), 'mainstream');
    renderToday();
    const temp = await screen.findByRole('region', { name: /^Temporary approvals ending or lapsed/ });
    expect(within(temp).getByRole('heading', { level: 2 }).textContent).toBe('Temporary approvals ending or lapsed (2)');
    const items = within(temp).getAllByRole('listitem');
    expect(items[0]!.textContent).toBe(
      `${lapsed.reference} Kim Lapsed Lapsed: Temporary approval lapsed after ${formatDate(addDays(today, -1))}: the placement must end, or the approval be decided`,
    );
    expect(items[1]!.textContent).toContain(`Temporary approval ends in 5 days, on ${formatDate(addDays(today, 5))}: decide the approval or extend it`);
    expect(within(items[1]!).getByRole('link').getAttribute('href')).toBe(`/households/${soon.id}`);
  });

  it('says plainly when a section is empty, and updates after a change', async () => {
    const h = await create({ applicants: ['Jay Ontime'] });
    renderToday();
    expect(await screen.findByText('No breached timescales')).toBeTruthy();
    expect(screen.getByText('No checks outstanding over 4 weeks')).toBeTruthy();
    expect(screen.getByText('No panels or decisions in the next 14 days')).toBeTruthy();
    expect(screen.getByText('No holds have ended')).toBeTruthy();
    expect(screen.getByText('No temporary approvals end in the next 4 weeks')).toBeTruthy();

    await asFixture(async () => db().households.update(h.id, { nextDeadlineOn: addDays(today, -2), nextDeadlineLabel: 'Initial visit' }));
    expect(await within(section(/^Breached timescales/)).findByRole('link', { name: /Jay Ontime/ })).toBeTruthy();
  });

  it('warns of a member turning 18 once the lists are shown, and on the caseloads by worker', async () => {
    const h = await create({ applicants: ['Gus Guardian'], enquiryOn: addDays(today, -60) });
    await asFixture(async () => {
      await db().households.update(h.id, { stage: 'application' });
      await db().people.add({ id: 'member-1', householdId: h.id, role: 'member', name: 'Kit Notreal', dateOfBirth: addMonths(addDays(today, 30), -18 * 12), order: 2 });
    });
    const everyone = renderToday();
    const notice = await screen.findByRole('region', { name: 'Adult checks needed' });
    expect(within(notice).getByRole('listitem').textContent).toMatch(/^Kit Notreal turns 18 on /);
    expect(section(/Breached timescales/)).toBeTruthy();
    everyone.unmount();

    renderToday('/?view=workers');
    expect(within(await screen.findByRole('region', { name: 'Adult checks needed' })).getByRole('listitem').textContent).toMatch(/^Kit Notreal turns 18 on /);
  });

  it('offers to record an enquiry or load demo data when there are no households', async () => {
    renderToday();
    expect(await screen.findByText('No households yet')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'load demo data in Settings' }).getAttribute('href')).toBe('/settings');
    expect(screen.getByRole('link', { name: 'Record a new enquiry' }).getAttribute('href')).toBe('/enquiries/new');
  });
});
