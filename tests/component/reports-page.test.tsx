import { fireEvent, render, screen, within } from '@testing-library/preact';
import Papa from 'papaparse';
import { LocationProvider } from 'preact-iso';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/data/db';
import { householdsRepo } from '../../src/data/repositories/households';
import { financialYearLabel, financialYearOf } from '../../src/domain/reports/financial-year';
import ReportsPage from '../../src/ui/reports/ReportsPage';
import { create, forward, settleEffects, today } from './pipeline-fixtures';
import { moveFrom } from '../../src/domain/stale-rule';
import { asFixture } from '../fixture-person';

/** Last financial year, so every seeded date is in the past. */
const start = financialYearOf(today) - 1;
const label = financialYearLabel(start);

async function seed() {
  const ada = await create({ applicants: ['Ada Quarterone'], enquiryOn: `${start}-05-01` });
  await forward(ada.id, 2, `${start}-05-01`);
  await create({ applicants: ['Bo Quarterthree'], enquiryOn: `${start}-11-03` });
  const cy = await create({ applicants: ['Cy Withdrawing'], enquiryOn: `${start}-05-20` });
  await householdsRepo.move(cy.id, { from: moveFrom((await householdsRepo.get(cy.id))!), kind: 'withdraw', on: `${start}-06-01`, code: 'AW4', reason: 'Costs' }, 'Jo Worker', today);
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
    const [, enquiries, visits, applications, approvals] = within(funnel).getAllByRole('row');
    expect(cells(enquiries!)).toEqual(['Enquiries', '2', '0', '1', '0', '3']);
    expect(cells(visits!)).toEqual(['Initial visits', '1', '0', '0', '0', '1']);
    expect(cells(applications!)).toEqual(['Applications', '1', '0', '0', '0', '1']);
    expect(cells(approvals!)).toEqual(['Approvals', '0', '0', '0', '0', '0']);

    const conversion = screen.getByRole('table', { name: `Conversion between steps, ${label}` });
    expect(cells(within(conversion).getAllByRole('row')[1]!)).toEqual(['Enquiry to initial visit', '50%', '–', '0%', '–', '33%']);
    const medians = screen.getByRole('table', { name: `Median days between steps, ${label}` });
    expect(cells(within(medians).getAllByRole('row')[1]!)).toEqual(['Enquiry to application', '2', '–', '–', '–', '2']);
    expect(screen.getByRole('img', { name: `The funnel for the whole of ${label}` })).toBeTruthy();
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
    const financial = within(byReason).getByRole('rowheader', { name: 'Financial reasons' }).closest('tr')!;
    expect(cells(financial)).toEqual(['Financial reasons', 'AW4', 'Applicant withdrew (Ofsted code)', '1']);
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
  it('counts approved households and places at 31 March, kinship apart, and says deregistrations are not recorded', async () => {
    const main = await create({ applicants: ['Hana Approvedhome'], enquiryOn: `${start}-04-02` });
    const kin = await create({ applicants: ['Ivo Kinshiphome'], enquiryOn: `${start}-04-02`, kind: 'connected' });
    const approve = (id: string, type: 'longTerm' | 'kinship', children: number) =>
      asFixture(async () => db().households.update(id, {
        stage: 'approved',
        stageEnteredOn: `${start}-10-01`,
        assessment: {
          training: [],
          decision: { decidedOn: `${start}-10-01`, outcome: 'approve' },
          terms: { type, ageFrom: 0, ageTo: 18, numberOfChildren: children, siblingGroups: false },
        },
      }));
    await approve(main.id, 'longTerm', 2);
    await approve(kin.id, 'kinship', 1);
    await renderForYear();
    const table = await screen.findByRole('table', { name: `Approved households and places at 31 March ${start + 1}` });
    expect(cells(within(table).getByRole('rowheader', { name: 'Long-term' }).closest('tr')!)).toEqual(['Long-term', '1', '2', '0', '0']);
    expect(cells(within(table).getByRole('rowheader', { name: 'Total' }).closest('tr')!)).toEqual(['Total', '1', '2', '1', '1']);
    const counts = screen.getByRole('table', { name: `Enquiries, applications and approvals, ${label}` });
    expect(cells(within(counts).getByRole('rowheader', { name: 'Approvals' }).closest('tr')!)).toEqual(['Approvals', '2']);
    expect(screen.getByText(/Deregistrations are not recorded in this app yet/)).toBeTruthy();
  });
});
