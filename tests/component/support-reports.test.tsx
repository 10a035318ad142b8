import { render, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { carersRepo, carerTables } from '../../src/data/repositories/carers';
import { leavingReasonsRepo } from '../../src/data/repositories/leaving-reasons';
import { asPerson } from '../../src/data/revisions';
import { addDays, todayIso } from '../../src/domain/dates';
import { financialYear, financialYearOf } from '../../src/domain/reports/financial-year';
import SupportReports from '../../src/ui/reports/SupportReports';
import { asFixture } from '../fixture-person';
import { household } from '../unit/fixtures';

const TODAY = todayIso();

async function carer(n: number, approvedOn = addDays(TODAY, -400), types = ['shortTerm']): Promise<string> {
  const h = household({ id: `hh-r${n}`, reference: `H-05${n}`, stage: 'approved' }, { decision: { decidedOn: approvedOn, outcome: 'approve' }, terms: { types, ageFrom: 0, ageTo: 12, numberOfChildren: 2, siblingGroups: false } } as never);
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

  it('counts households by approval type, deregistrations by route and reason, those approved and gone in the same year, and leaving per 100 by tier', async () => {
    const year = financialYear(financialYearOf(TODAY));
    await carer(1, addDays(TODAY, -400), ['shortTerm', 'shortBreaks']);
    await carer(2);
    const gone = await carer(3, year.from);
    const rev = (await db().carers.get(gone))?.revision?.rev ?? '';
    await carersRepo.deregister(gone, { route: 'resignation', noticeOn: year.from, agreedOn: year.from, effectiveOn: year.from, reason: 'Retirement', exitInterview: 'held', note: '' }, rev, 'Jo Worker');
    await leavingReasonsRepo.save('Retirement', { name: 'Retirement', ofstedHeading: 'Retirement or age' }, (await leavingReasonsRepo.read()).base, 'Jo Worker');
    render(<SupportReports start={financialYearOf(TODAY)} today={TODAY} />);
    const types = within(await screen.findByRole('table', { name: /^Carer households and places by approval type on/ }));
    expect(types.getByRole('row', { name: /^Mainstream short-term/ }).textContent).toBe('Mainstream short-term2404');
    expect(types.getByRole('row', { name: /^Short breaks/ }).textContent).toBe('Short breaks (respite)1202');
    expect(types.getByRole('row', { name: /^All households/ }).textContent).toBe('All households (each once)2404');
    const routes = within(screen.getByRole('table', { name: /^Deregistrations by route/ }));
    expect(routes.getByRole('row', { name: /^Resignation/ }).textContent).toBe('Resignation1');
    expect(within(screen.getByRole('table', { name: /^Deregistrations by reason/ })).getByRole('row', { name: /^Retirement/ }).textContent).toBe('Retirement1');
    const headings = within(screen.getByRole('table', { name: /^Deregistrations by Ofsted heading/ }));
    expect(headings.getByRole('row', { name: /^Retirement or age/ }).textContent).toBe('Retirement or age1Retirement');
    const joining = within(screen.getByRole('table', { name: /^Households joining and leaving/ }));
    expect(joining.getByRole('row', { name: /^Approved and deregistered in the same year/ }).textContent).toBe('Approved and deregistered in the same year1');
    const tiers = within(screen.getByRole('table', { name: /^Carers leaving per 100 by tier/ }));
    expect(tiers.getByRole('row', { name: /^No tier given/ }).textContent).toBe('No tier given3133.3');
    expect(screen.getByRole('button', { name: 'Download deregistrations by route as CSV' })).toBeTruthy();
  });

  it("sets each tier's hub nights against its respite allowance and lists who is short of training hours", async () => {
    const year = financialYear(financialYearOf(TODAY));
    const short = await carer(1);
    const trained = await carer(2);
    for (const id of [short, trained]) await carersRepo.setTier(id, { tierId: 'tier2', on: addDays(TODAY, -300), reason: 'Experienced' }, (await db().carers.get(id))?.revision?.rev ?? '', 'Jo Worker');
    await carersRepo.addTraining(short, { course: 'Life story work', on: addDays(TODAY, -30), hours: 6, provider: 'Made-up Training Ltd' }, 'Jo Worker');
    await carersRepo.addTraining(trained, { course: 'Therapeutic parenting', on: addDays(TODAY, -30), hours: 18, provider: 'Made-up Training Ltd' }, 'Jo Worker');
    await asFixture(() => db().hubStays.add({ id: 'stay-1', constellationId: 'c-1', householdId: short, fromOn: year.from, nights: 3, children: 1, kind: 'sleepover', planning: 'planned', by: 'Jo Worker', at: `${year.from}T18:00:00.000Z` }));
    render(<SupportReports start={financialYearOf(TODAY)} today={TODAY} />);
    const table = within(await screen.findByRole('table', { name: /^Respite and training against each tier's promise/ }));
    const cells = within(table.getByRole('row', { name: /^Tier 2: enhanced/ })).getAllByRole('cell').map((c) => c.textContent);
    // Each is allowed Tier 2's 21 nights for the part of the year counted so far (both were on the register all of it).
    const daysCounted = (Math.min(Date.parse(TODAY), Date.parse(year.to)) - Date.parse(year.from)) / 86_400_000 + 1;
    const allowed = 2 * Math.round((21 * daysCounted) / 365);
    expect(cells).toEqual(['2', '3', String(allowed), `${Math.round((3 / allowed) * 100)}%`, '18', '1']);
    table.getByRole('button', { name: /^1: list the households, .*Short of training hours/ }).click();
    expect(await screen.findByRole('link', { name: /H-051/ })).toBeTruthy();
  });

  it('says so when the device has no carer household yet', async () => {
    render(<SupportReports start={financialYearOf(TODAY)} today={TODAY} />);
    expect(await screen.findByText('No approved carer households on this device yet.')).toBeTruthy();
  });
});
