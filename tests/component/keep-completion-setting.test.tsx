import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { carersRepo, carerTables } from '../../src/data/repositories/carers';
import { keepGroupsRepo } from '../../src/data/repositories/keep-groups';
import { supportSettingsRepo } from '../../src/data/repositories/support-settings';
import { asPerson } from '../../src/data/revisions';
import { addDays, todayIso } from '../../src/domain/dates';
import type { StaffMember } from '../../src/domain/household';
import { financialYearOf } from '../../src/domain/reports/financial-year';
import SupportSettingsPage from '../../src/ui/carers/SupportSettingsPage';
import { currentUser } from '../../src/ui/current-user';
import SupportReports from '../../src/ui/reports/SupportReports';
import KeepGroupPage from '../../src/ui/support/KeepGroupPage';
import { asFixture } from '../fixture-person';
import { household } from '../unit/fixtures';
import { renderPage } from './route-helpers';

const TODAY = todayIso();
const FIELD = 'Share of sessions that counts as completing KEEP (%)';
const errorBeside = () => document.getElementById('keep-completion-percent-error')?.textContent ?? '';
const section = () => within(screen.getByRole('region', { name: 'KEEP completion' }));

describe('the share of sessions that completes KEEP, in the tiers and KEEP programmes settings', () => {
  beforeEach(() => {
    currentUser.value = { id: 's1', name: 'Jo Worker', active: 1 };
  });

  it('refuses blank, 40, 101 and words beside the field, keeping what was typed, then saves 80 and the service history records it', async () => {
    render(<SupportSettingsPage />);
    await screen.findByRole('region', { name: 'KEEP completion' });
    expect(section().getByText(/^A carer completes KEEP/).textContent).toContain('at least 75% of their group’s sessions');
    fireEvent.click(section().getByRole('button', { name: 'Change the completion share' }));
    for (const [typed, message] of [
      ['', 'Enter the share of sessions, a whole number from 50 to 100, like 75'],
      ['40', 'The share of sessions must be a whole number from 50 to 100'],
      ['101', 'The share of sessions must be a whole number from 50 to 100'],
      ['abc', 'The share of sessions must be a whole number from 50 to 100'],
    ] as const) {
      fireEvent.input(screen.getByLabelText(FIELD), { target: { value: typed } });
      fireEvent.click(screen.getByRole('button', { name: 'Save completion share' }));
      await waitFor(() => expect(errorBeside()).toContain(message));
      expect((screen.getByLabelText(FIELD) as HTMLInputElement).value).toBe(typed);
    }
    expect(await db().settings.get('keepCompletionPercent')).toBeUndefined();

    fireEvent.input(screen.getByLabelText(FIELD), { target: { value: '80' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save completion share' }));
    await waitFor(() => expect(section().getByText(/^A carer completes KEEP/).textContent).toContain('at least 80% of their group’s sessions'), { timeout: 5000 });
    expect(screen.queryByLabelText(FIELD)).toBeNull();
    expect((await db().settings.get('keepCompletionPercent'))?.value).toBe(80);
    const event = (await db().events.where('householdId').equals('service').toArray()).find((e) => e.summary === 'KEEP completed at 80% of sessions');
    expect(event?.changes).toEqual([{ field: 'keepCompletionPercent', from: 75, to: 80 }]);
  });

  it('refuses a share saved over one changed meanwhile in another tab, keeping what was typed', async () => {
    render(<SupportSettingsPage />);
    await screen.findByRole('region', { name: 'KEEP completion' });
    fireEvent.click(section().getByRole('button', { name: 'Change the completion share' }));
    fireEvent.input(screen.getByLabelText(FIELD), { target: { value: '90' } });
    await supportSettingsRepo.saveKeepCompletion(60, '', 'Sam Other');
    fireEvent.click(screen.getByRole('button', { name: 'Save completion share' }));
    expect((await screen.findByRole('alert', { name: 'This record has changed' })).textContent).toMatch(/Sam Other changed the share of sessions that completes KEEP/);
    expect((screen.getByLabelText(FIELD) as HTMLInputElement).value).toBe('90');
    expect((await db().settings.get('keepCompletionPercent'))?.value).toBe(60);
  });
});

const STAFF = [
  { id: 'st1', name: 'Lee Liaison', active: true },
  { id: 'st2', name: 'Fay Facilitator', active: true },
] as unknown as StaffMember[];

async function carer(n: number): Promise<string> {
  const h = household({ id: `hh-k${n}`, reference: `H-07${n}`, stage: 'approved' }, { decision: { decidedOn: addDays(TODAY, -400), outcome: 'approve' } });
  await asFixture(async () => {
    await db().households.add(h);
    await db().people.add({ id: `pk${n}`, householdId: h.id, role: 'applicant', name: `Kit Testcarer${n}`, order: 0 } as never);
  });
  await asPerson('Jo Worker', carerTables(), () => carersRepo.enrolApproved(h, 'Jo Worker'));
  return h.id;
}

/** A 16-session group that has ended: one household came to 12 sessions, the other to 13, a catch-up first in each. */
async function endedGroup(): Promise<{ id: string; lastSession: string }> {
  await asFixture(async () => {
    for (const s of STAFF) await db().staff.put(s);
  });
  const twelve = await carer(1);
  const thirteen = await carer(2);
  const id = await keepGroupsRepo.create({ name: 'Summer KEEP', programmeId: 'keepStandard', facilitatorIds: ['st1', 'st2'], startOn: addDays(TODAY, -7 * 20) }, 'Jo Worker');
  for (const [hh, sessions] of [[twelve, 12], [thirteen, 13]] as const) {
    await keepGroupsRepo.enrol(id, hh, 'Jo Worker');
    for (let s = 0; s < sessions; s++) await keepGroupsRepo.mark(id, hh, s, s === 0 ? 'catchUp' : 'attended', '', 'Jo Worker');
  }
  return { id, lastSession: (await db().keepGroups.get(id))!.sessionDates[15]! };
}

/** The household's completion cell; both also missed the sessions after their last. */
const progressOf = (name: string) => within(screen.getByRole('link', { name }).closest('tr')!).getAllByRole('cell')[2]?.textContent;

describe('changing the share of sessions that completes KEEP', () => {
  beforeEach(() => {
    currentUser.value = { id: 's1', name: 'Jo Worker', active: 1 };
  });

  it('changes who has completed on the KEEP group page, and whether its attendance is low', async () => {
    const { id } = await endedGroup();
    renderPage(`/keep-groups/${id}`, '/keep-groups/:id', KeepGroupPage);
    await screen.findByText('At least 75% of sessions, catch-ups counting', {}, { timeout: 5000 });
    expect(progressOf('Kit Testcarer1')).toBe('Completed Missed two sessions in a row');
    expect(progressOf('Kit Testcarer2')).toBe('Completed Missed two sessions in a row');
    // 25 of 32 places is 78%: low only once the share is above it.
    expect(screen.queryByText(/^Low attendance/)).toBeNull();

    await supportSettingsRepo.saveKeepCompletion(80, '', 'Jo Worker');
    await screen.findByText('At least 80% of sessions, catch-ups counting', {}, { timeout: 5000 });
    expect(progressOf('Kit Testcarer1')).toBe('1 more to complete Missed two sessions in a row');
    expect(progressOf('Kit Testcarer2')).toBe('Completed Missed two sessions in a row');
    expect(screen.getByText('Low attendance: 78% of places filled')).toBeTruthy();
  });

  it('changes the KEEP completion report and the column its download names', async () => {
    const { lastSession } = await endedGroup();
    render(<SupportReports start={financialYearOf(lastSession)} today={TODAY} />);
    const table = async () => within(await screen.findByRole('table', { name: /^KEEP completion/ }, { timeout: 5000 }));
    const cells = async () => within((await table()).getByRole('row', { name: /^Summer KEEP/ })).getAllByRole('cell').map((c) => c.textContent);
    expect((await table()).getByRole('columnheader', { name: 'Completed (at least 75% of sessions)' })).toBeTruthy();
    expect(await cells()).toEqual(['2', '2', '100%', 'Ended']);

    await supportSettingsRepo.saveKeepCompletion(80, '', 'Jo Worker');
    await (await table()).findByRole('columnheader', { name: 'Completed (at least 80% of sessions)' }, { timeout: 5000 });
    expect(await cells()).toEqual(['2', '1', '50%', 'Ended']);
  });
});
