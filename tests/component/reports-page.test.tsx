import { fireEvent, render, screen, within } from '@testing-library/preact';
import Papa from 'papaparse';
import { LocationProvider } from 'preact-iso';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/data/db';
import { householdsRepo } from '../../src/data/repositories/households';
import { reportsRepo } from '../../src/data/repositories/reports';
import { financialYearLabel, financialYearOf } from '../../src/domain/reports/financial-year';
import ReportsPage from '../../src/ui/reports/ReportsPage';
import { create, forward, settleEffects, today } from './pipeline-fixtures';
import { moveFrom } from '../../src/domain/stale-rule';
import { asFixture } from '../fixture-person';

/** Last financial year, so every seeded date is in the past. */
const start = financialYearOf(today) - 1;
const label = financialYearLabel(start);

/** Each household its own contact details, so the duplicate rules keep them apart. */
const own = (n: number) => ({ email: `household${n}@example.org`, phone: `0770090010${n}` });

async function seed() {
  const ada = await create({ applicants: ['Ada Quarterone'], enquiryOn: `${start}-05-01`, ...own(1) });
  await forward(ada.id, 2, `${start}-05-01`);
  await create({ applicants: ['Bo Quarterthree'], enquiryOn: `${start}-11-03`, kind: 'connected', ...own(2) });
  const cy = await create({ applicants: ['Cy Withdrawing'], enquiryOn: `${start}-05-20`, ...own(3) });
  await householdsRepo.move(cy.id, { from: moveFrom((await householdsRepo.get(cy.id))!), kind: 'withdraw', on: `${start}-06-01`, code: 'decidedNotToApply', reason: 'Costs' }, 'Jo Worker', today);
}

async function renderForYear() {
  history.replaceState(null, '', '/reports');
  render(
    <LocationProvider>
      <ReportsPage />
    </LocationProvider>,
  );
  await screen.findByRole('option', { name: label });
  fireEvent.change(screen.getByLabelText('Financial year'), { target: { value: String(start) } });
  return screen.findByRole('table', { name: `Households at each step, ${label}` });
}

const cells = (row: HTMLElement) => within(row).getAllByRole(/cell|rowheader/).map((c) => c.textContent);

function tableRows(table: HTMLElement): (string | null)[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) => within(row).getAllByRole(/cell|rowheader|columnheader/).map((c) => c.textContent));
}

afterEach(() => vi.restoreAllMocks());
afterAll(settleEffects);

describe('Reports page', () => {
  it('shows the funnel by quarter for a chosen year, with conversion and medians', async () => {
    await seed();
    const funnel = await renderForYear();
    expect(screen.getByRole('heading', { level: 1, name: 'Reports' })).toBeTruthy();
    const [head, enquiries, visits, applications, approvals] = within(funnel).getAllByRole('row');
    expect(within(head!).getAllByRole('columnheader').map((c) => c.textContent).slice(5)).toEqual([`Whole year ${label} mainstream`, `Whole year ${label} connected person`, `Whole year ${label}`]);
    expect(cells(enquiries!)).toEqual(['Enquiries', '2', '0', '1', '0', '2', '1', '3']);
    expect(cells(visits!)).toEqual(['Initial visits', '1', '0', '0', '0', '1', '0', '1']);
    expect(cells(applications!)).toEqual(['Applications', '1', '0', '0', '0', '1', '0', '1']);
    expect(cells(approvals!)).toEqual(['Approvals', '0', '0', '0', '0', '0', '0', '0']);

    const conversion = screen.getByRole('table', { name: `Conversion between steps, ${label}` });
    expect(cells(within(conversion).getAllByRole('row')[1]!)).toEqual(['Enquiry to initial visit', '50%', '–', '0%', '–', '50%', '0%', '33%']);
    const medians = screen.getByRole('table', { name: `Median days between steps, ${label}` });
    expect(cells(within(medians).getAllByRole('row')[1]!)).toEqual(['Enquiry to application', '2', '–', '–', '–', '2', '–', '2']);
    expect(screen.getByRole('img', { name: `The funnel for the whole of ${label}` })).toBeTruthy();
  });

  it('draws the support report only below the year’s reports, so it is never pushed down the page as it is read', async () => {
    await seed();
    // The year's reads answering later than the support report's code arrives, as on a busy device.
    const read = reportsRepo.yearInputs.bind(reportsRepo);
    vi.spyOn(reportsRepo, 'yearInputs').mockImplementation((year) => new Promise((resolve) => setTimeout(resolve, 150)).then(() => read(year)));
    const alone: string[] = [];
    const watch = new MutationObserver(() => {
      if (document.getElementById('support-report') && !document.getElementById('funnel')) alone.push('the support report before the funnel');
    });
    watch.observe(document.body, { childList: true, subtree: true });
    history.replaceState(null, '', '/reports');
    render(
      <LocationProvider>
        <ReportsPage />
      </LocationProvider>,
    );
    const support = await screen.findByRole('heading', { level: 2, name: 'Support for approved carers' });
    watch.disconnect();
    expect(alone).toEqual([]);
    const funnel = screen.getByRole('heading', { level: 2, name: 'Funnel' });
    expect(funnel.compareDocumentPosition(support) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('counts people who enquired twice in the year once, and says so beside the funnel', async () => {
    await seed();
    await create({ applicants: ['Ada Quarterone'], enquiryOn: `${start}-12-01`, ...own(1) });
    await renderForYear();
    const funnel = screen.getByRole('table', { name: `Households at each step, ${label}`, description: /people who enquired twice.*count once/ });
    expect(cells(within(funnel).getAllByRole('row')[1]!)).toEqual(['Enquiries', '2', '0', '2', '0', '2', '1', '3']);
  });

  it('lists the households behind a count', async () => {
    await seed();
    const funnel = await renderForYear();
    fireEvent.click(within(funnel).getByRole('button', { name: `3: list the households, Enquiries, Whole year ${label}` }));
    expect(await screen.findByRole('heading', { name: `Households behind this number: Enquiries, Whole year ${label}` })).toBeTruthy();
    expect(await screen.findByRole('link', { name: /Ada Quarterone/ })).toBeTruthy();
    expect(screen.getByRole('link', { name: /Bo Quarterthree/ })).toBeTruthy();
    expect(screen.getByRole('link', { name: /Cy Withdrawing/ })).toBeTruthy();
  });

  it('shows withdrawals by stage and by reason', async () => {
    await seed();
    await renderForYear();
    const byStage = screen.getByRole('table', { name: `Withdrawals and closures by the stage they left at, ${label}` });
    expect(cells(within(byStage).getAllByRole('row')[1]!)).toEqual(['Enquiry', '1', '0', '1']);
    const byReason = screen.getByRole('table', { name: `Withdrawals and closures by reason, ${label}` });
    // An enquiry that goes no further has the service's own code: it is not an Ofsted withdrawal.
    const decided = within(byReason).getByRole('rowheader', { name: 'Decided not to apply' }).closest('tr')!;
    expect(cells(decided)).toEqual(['Decided not to apply', '', 'Applicant withdrew (service code, not an Ofsted withdrawal)', '1']);
    const financial = within(byReason).getByRole('rowheader', { name: 'Unable to continue for financial reasons' }).closest('tr')!;
    expect(cells(financial)).toEqual(['Unable to continue for financial reasons', 'AW4', 'Applicant withdrew (Ofsted code)', '0']);
  });

  it('downloads the funnel as a CSV file holding the rows on screen', async () => {
    await seed();
    const funnel = await renderForYear();
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:funnel';
    });
    URL.revokeObjectURL = vi.fn();
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      expect(this.download).toBe(`funnel-${start}-${String((start + 1) % 100).padStart(2, '0')}.csv`);
    });
    fireEvent.click(screen.getByRole('button', { name: 'Download funnel as CSV' }));
    await vi.waitFor(() => expect(clicked).toHaveBeenCalled());
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // Decoding as UTF-8 drops the byte order mark, as Excel does.
    const text = new TextDecoder('utf-8').decode(bytes);
    expect(Papa.parse<string[]>(text).data).toEqual(tableRows(funnel));
  });
});

describe('Reports page timescales', () => {
  it('shows the share of timescales met and lists the breaches', async () => {
    const h = await create({ applicants: ['Gil Latestage'], enquiryOn: `${start}-04-02` });
    await asFixture(async () => db().households.update(h.id, {
      stage: 'stage2',
      assessment: { training: [], initialVisitOn: `${start}-04-03`, applicationOn: `${start}-04-04`, stage2StartedOn: `${start}-04-05` },
    }));
    await renderForYear();
    const table = await screen.findByRole('table', { name: `Timescales met, ${label}` });
    const stage2 = within(table).getByRole('rowheader', { name: /Stage 2 assessment complete/ }).closest('tr')!;
    expect(cells(stage2)).toEqual(['Stage 2 assessment complete (local target)', '0', '1', '0%']);
    const breaches = await screen.findByRole('table', { name: `Timescale breaches, ${label}` });
    expect(within(breaches).getAllByRole('rowheader').map((c) => c.textContent)).toContain(`${h.reference} Gil Latestage`);
  });
});

describe('Reports page annual return', () => {
  const approve = (id: string, type: 'longTerm' | 'kinship', children: number, on = `${start}-10-01`, deregisteredOn?: string) =>
    asFixture(async () => db().households.update(id, {
      stage: 'approved',
      stageEnteredOn: on,
      lastMoveOn: on,
      ...(deregisteredOn ? { deregisteredOn } : {}),
      assessment: {
        training: [],
        applicationOn: `${start}-05-01`,
        decision: { decidedOn: on, outcome: 'approve' },
        terms: { type, ageFrom: 0, ageTo: 18, numberOfChildren: children, siblingGroups: false },
      },
    }));

  const row = (table: HTMLElement, name: string | RegExp) => cells(within(table).getByRole('rowheader', { name }).closest('tr')!);

  it('counts approved households and places at 31 March, connected person apart, and leaves out the deregistered', async () => {
    const main = await create({ applicants: ['Hana Approvedhome'], enquiryOn: `${start}-04-02`, ...own(4) });
    const kin = await create({ applicants: ['Ivo Kinshiphome'], enquiryOn: `${start}-04-02`, kind: 'connected', ...own(5) });
    const gone = await create({ applicants: ['Jem Deregistered'], enquiryOn: `${start}-04-03`, ...own(6) });
    await approve(main.id, 'longTerm', 2);
    await approve(kin.id, 'kinship', 1);
    await approve(gone.id, 'longTerm', 3, `${start}-06-01`, `${start + 1}-01-15`);
    await renderForYear();
    const table = await screen.findByRole('table', {
      name: `Approved households and places at 31 March ${start + 1}`,
      description: /not deregistered by the end of that day/,
    });
    expect(within(table).getAllByRole('columnheader').map((c) => c.textContent)).toEqual([
      'Approval type',
      'Mainstream households',
      'Mainstream places',
      'Connected person households',
      'Connected person places',
    ]);
    expect(row(table, 'Long-term')).toEqual(['Long-term', '1', '2', '0', '0']);
    expect(row(table, 'Total')).toEqual(['Total', '1', '2', '1', '1']);

    const counts = screen.getByRole('table', { name: `Enquiries, applications and approvals, ${label}`, description: /each once, even if they enquired twice/ });
    expect(row(counts, 'Households approved')).toEqual(['Households approved', '2', '1', '3']);
    expect(row(counts, 'Households approved and deregistered in the year')).toEqual(['Households approved and deregistered in the year', '1', '0', '1']);
    // Deregistrations by reason are the support report's, on the same page: the return points to them.
    expect(screen.getByText(/counted under the return's headings in “Deregistrations by Ofsted heading”/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Support for approved carers' }).getAttribute('href')).toBe('#support-report');
  });

  it('counts an application withdrawn at stage 1 with AW3 as an Ofsted withdrawal, and an enquiry closed as not progressed apart', async () => {
    const leaving = await create({ applicants: ['Kit Stageone'], enquiryOn: `${start}-04-10`, kind: 'connected', ...own(7) });
    await forward(leaving.id, 3, `${start}-04-10`);
    const withdraw = await householdsRepo.move(
      leaving.id,
      { from: moveFrom((await householdsRepo.get(leaving.id))!), kind: 'withdraw', on: `${start}-05-01`, code: 'AW3', reason: 'A new baby' },
      'Jo Worker',
      today,
    );
    expect(withdraw.ok).toBe(true);
    const enquirer = await create({ applicants: ['Lou Enquiryonly'], enquiryOn: `${start}-04-11`, ...own(8) });
    await householdsRepo.move(
      enquirer.id,
      { from: moveFrom((await householdsRepo.get(enquirer.id))!), kind: 'close', on: `${start}-04-20`, code: 'notProgressed', reason: 'Not able to take on fostering now' },
      'Jo Worker',
      today,
    );
    const applying = await create({ applicants: ['Mo Stillgoing'], enquiryOn: `${start}-06-01`, ...own(9) });
    await forward(applying.id, 2, `${start}-06-01`);
    await renderForYear();

    const completed = screen.getByRole('table', { name: `Applications completed in ${label}, by outcome`, description: /before panel considered it/ });
    expect(within(completed).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(['Outcome', 'Ofsted code', 'Mainstream', 'Connected person', 'Total']);
    expect(row(completed, 'Withdrawn: Household circumstances changed (other than financial)')).toEqual(['Withdrawn: Household circumstances changed (other than financial)', 'AW3', '0', '1', '1']);
    expect(row(completed, 'All applications completed')).toEqual(['All applications completed', '', '0', '1', '1']);

    const noFurther = screen.getByRole('table', { name: `Enquiries that went no further, ${label}`, description: /not Ofsted withdrawals/ });
    expect(row(noFurther, 'Not progressed after enquiry')).toEqual(['Not progressed after enquiry', '1', '0', '1']);
    expect(row(noFurther, 'The enquirer withdrew')).toEqual(['The enquirer withdrew', '0', '0', '0']);

    const counts = screen.getByRole('table', { name: `Enquiries, applications and approvals, ${label}` });
    expect(row(counts, 'Enquiries')).toEqual(['Enquiries', '2', '1', '3']);
    expect(row(counts, 'Applications received')).toEqual(['Applications received', '1', '1', '2']);
    expect(row(counts, `Applications in progress at 31 March ${start + 1}`)).toEqual([`Applications in progress at 31 March ${start + 1}`, '1', '0', '1']);
  });
});
