import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { carersRepo, carerTables } from '../../src/data/repositories/carers';
import { asPerson } from '../../src/data/revisions';
import { addDays, todayIso } from '../../src/domain/dates';
import { financialYearOf } from '../../src/domain/reports/financial-year';
import SupportReports from '../../src/ui/reports/SupportReports';
import { asFixture } from '../fixture-person';
import { household } from '../unit/fixtures';

const TODAY = todayIso();

async function carer(n: number): Promise<string> {
  const h = household({ id: `hh-r${n}`, reference: `H-05${n}`, stage: 'approved' }, { decision: { decidedOn: addDays(TODAY, -400), outcome: 'approve' }, terms: { types: ['shortTerm'], ageFrom: 0, ageTo: 12, numberOfChildren: 2, siblingGroups: false } });
  await asFixture(async () => {
    await db().households.add(h);
    await db().people.add({ id: `pr${n}`, householdId: h.id, role: 'applicant', name: `Rae Testcarer${n}`, order: 0 } as never);
  });
  await asPerson('Jo Worker', carerTables(), () => carersRepo.enrolApproved(h, 'Jo Worker'));
  return h.id;
}

describe('Reports: support for approved carers', () => {
  it('counts carer households by tier with their places, each table with its CSV download', async () => {
    const id = await carer(1);
    await carer(2);
    await carersRepo.setTier(id, { tierId: 'tier2', on: addDays(TODAY, -300), reason: 'Experienced' }, (await db().carers.get(id))?.revision?.rev ?? '', 'Jo Worker');
    render(<SupportReports start={financialYearOf(TODAY)} today={TODAY} />);
    const tiers = within(await screen.findByRole('table', { name: /^Carer households by tier on/ }));
    const row = (name: string) => tiers.getByRole('row', { name: new RegExp(`^${name}`) }).textContent;
    expect(row('Tier 2: enhanced')).toBe('Tier 2: enhanced12');
    expect(row('No tier given')).toBe('No tier given12');
    expect(row('Total')).toBe('Total24');
    expect(screen.getByRole('table', { name: /^Supervision visits against each tier/ })).toBeTruthy();
    expect(screen.getByRole('table', { name: /^Carers leaving, in and out of constellations/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Download carer households by tier as CSV' })).toBeTruthy();
  });

  it('says so when the device has no carer household yet', async () => {
    render(<SupportReports start={financialYearOf(TODAY)} today={TODAY} />);
    expect(await screen.findByText('No approved carer households on this device yet.')).toBeTruthy();
  });
});
