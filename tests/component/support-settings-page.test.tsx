import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { carersRepo, carerTables } from '../../src/data/repositories/carers';
import { supportSettingsRepo } from '../../src/data/repositories/support-settings';
import { asPerson } from '../../src/data/revisions';
import { addDays, todayIso } from '../../src/domain/dates';
import SupportSettingsPage from '../../src/ui/carers/SupportSettingsPage';
import { currentUser } from '../../src/ui/current-user';
import { asFixture } from '../fixture-person';
import { household } from '../unit/fixtures';

const item = (name: string) => within(screen.getByRole('heading', { name, level: 3 }).closest('li')!);

async function onTier2(): Promise<void> {
  const h = household({ id: 'hh-t1', reference: 'H-0501', stage: 'approved' }, { decision: { decidedOn: addDays(todayIso(), -100), outcome: 'approve' } });
  await asFixture(() => db().households.add(h));
  await asPerson('Jo Worker', carerTables(), () => carersRepo.enrolApproved(h, 'Jo Worker'));
  const rev = (await db().carers.get(h.id))!.revision!.rev;
  await carersRepo.setTier(h.id, { tierId: 'tier2', on: todayIso(), reason: 'Experienced carers' }, rev, 'Jo Worker');
}

describe('the tiers and KEEP programmes page', () => {
  beforeEach(() => {
    currentUser.value = { id: 's1', name: 'Jo Worker', active: 1 };
  });

  it('renames a tier, saying beside the field what is wrong first, and the service history records it', async () => {
    render(<SupportSettingsPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Change Tier 1: core' }));
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Tier 2: enhanced' } });
    fireEvent.input(screen.getByLabelText('Respite nights a year'), { target: { value: '14.5' } });
    fireEvent.input(screen.getByLabelText(/^Training hours a year/), { target: { value: 'ten' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save tier' }));
    expect((await screen.findByRole('alert')).textContent).toContain('Another tier is called Tier 2: enhanced');
    expect(document.getElementById('tier-tier1-respiteNightsAYear-error')?.textContent).toContain('whole number from 0 to 365');
    expect(document.getElementById('tier-tier1-trainingHoursAYear-error')?.textContent).toContain('whole number from 1 to 200, or left blank');

    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'Tier 1: foundation' } });
    fireEvent.input(screen.getByLabelText('Respite nights a year'), { target: { value: '15' } });
    fireEvent.input(screen.getByLabelText(/^Training hours a year/), { target: { value: '12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save tier' }));
    await screen.findByRole('heading', { name: 'Tier 1: foundation', level: 3 }, { timeout: 5000 });
    expect(item('Tier 1: foundation').getByText('15')).toBeTruthy();
    expect(item('Tier 1: foundation').getByText('12')).toBeTruthy();
    expect((await carersRepo.tiers())[0]).toMatchObject({ id: 'tier1', name: 'Tier 1: foundation', respiteNightsAYear: 15, trainingHoursAYear: 12 });
    expect((await db().events.where('householdId').equals('service').toArray()).map((e) => e.summary)).toContain('Tier Tier 1: foundation changed');
  });

  it('says why a tier in use cannot be removed, and removes one nobody uses after asking', async () => {
    await onTier2();
    render(<SupportSettingsPage />);
    await screen.findByRole('heading', { name: 'Tier 2: enhanced', level: 3 });
    expect(item('Tier 2: enhanced').getByText('Cannot be removed: 1 household is on this tier.')).toBeTruthy();
    expect(item('Tier 2: enhanced').queryByRole('button', { name: /Remove/ })).toBeNull();

    fireEvent.click(item('Tier 3: specialist').getByRole('button', { name: 'Remove Tier 3: specialist' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, remove Tier 3: specialist' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: 'Tier 3: specialist' })).toBeNull());
    expect((await carersRepo.tiers()).map((t) => t.id)).toEqual(['tier1', 'tier2']);
  });

  it('refuses a change over one saved meanwhile in another tab, keeping what was typed', async () => {
    render(<SupportSettingsPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Change KEEP Safe' }));
    fireEvent.input(screen.getByLabelText('Session length (minutes)'), { target: { value: '120' } });
    await supportSettingsRepo.moveProgramme('keepSafe', -1, '', 'Sam Other');
    fireEvent.click(screen.getByRole('button', { name: 'Save programme' }));
    expect((await screen.findByRole('alert', { name: 'This record has changed' })).textContent).toMatch(/Sam Other changed the KEEP programmes/);
    expect((screen.getByLabelText('Session length (minutes)') as HTMLInputElement).value).toBe('120');
    expect((await db().settings.get('keepProgrammes'))?.value).toMatchObject([{ id: 'keepP' }, { id: 'keepSafe', minutesPerSession: 90 }, { id: 'keepStandard' }]);
  });

  it('adds a KEEP programme at the end of the list', async () => {
    render(<SupportSettingsPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Add a KEEP programme' }));
    fireEvent.input(screen.getByLabelText('Name'), { target: { value: 'KEEP Teen' } });
    fireEvent.input(screen.getByLabelText('Children’s ages from'), { target: { value: '13' } });
    fireEvent.input(screen.getByLabelText('Children’s ages to'), { target: { value: '17' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add programme' }));
    await screen.findByRole('heading', { name: 'KEEP Teen', level: 3 }, { timeout: 5000 });
    expect(item('KEEP Teen').getByText('16 weekly sessions of 90 minutes')).toBeTruthy();
  });
});
