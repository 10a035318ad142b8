import { render, screen, waitFor, within } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { afterAll, describe, expect, it } from 'vitest';
import { db, STAGE_TALLIES_KEY } from '../../src/data/db';
import { householdsRepo } from '../../src/data/repositories/households';
import { addDays, addMonths } from '../../src/domain/dates';
import BoardPage from '../../src/ui/pipeline/BoardPage';
import { create, forward, settleEffects, today } from './pipeline-fixtures';
import { moveFrom } from '../../src/domain/stale-rule';
import { asFixture } from '../fixture-person';

function renderBoard() {
  history.replaceState(null, '', '/pipeline');
  return render(
    <LocationProvider>
      <BoardPage />
    </LocationProvider>,
  );
}

afterAll(settleEffects);

describe('pipeline board', () => {
  it('shows a column per stage with its count, and cards that link to the record', async () => {
    const first = await create({ applicants: ['Ada Fakename'], enquiryOn: addDays(today, -10) });
    await create({ applicants: ['Bea Testington'] });
    const third = await create({ applicants: ['Cal Mockworth'], enquiryOn: addDays(today, -10) });
    await forward(third.id, 3, addDays(today, -6));

    renderBoard();
    expect(await screen.findByRole('heading', { level: 2, name: 'Enquiry (2)' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Stage 1 (1)' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Initial visit (0)' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Decision (0)' })).toBeTruthy();

    const link = screen.getByRole('link', { name: /Ada Fakename/ });
    expect(link.getAttribute('href')).toBe(`/households/${first.id}`);
    expect(link.textContent).toContain(first.reference);

    const stage1 = screen.getByRole('region', { name: 'Stage 1 (1)' });
    expect(within(stage1).getByRole('link', { name: /Cal Mockworth/ }).getAttribute('href')).toBe(`/households/${third.id}`);
    expect(within(stage1).getByText('3 days in stage')).toBeTruthy();
  });

  it('tags breached and on-hold households and updates after a move', async () => {
    const late = await create({ applicants: ['Dee Overdue'], enquiryOn: addDays(today, -30) });
    renderBoard();
    const enquiryColumn = await screen.findByRole('region', { name: 'Enquiry (1)' });
    expect(within(enquiryColumn).getByText('Breached')).toBeTruthy();

    await householdsRepo.move(late.id, { from: moveFrom((await householdsRepo.get(late.id))!), kind: 'hold', on: today, holdUntil: addDays(today, 30) }, 'Jo Worker', today);
    expect(await within(await screen.findByRole('region', { name: 'Enquiry (1)' })).findByText(/^On hold until/)).toBeTruthy();
  });

  it('shows up to 20 cards a column and links to the rest in the list', async () => {
    for (let i = 0; i < 22; i++) await create({ applicants: [`Pat Bulkname${i}`] });
    renderBoard();
    const column = await screen.findByRole('region', { name: 'Enquiry (22)' });
    expect(within(column).getAllByRole('listitem')).toHaveLength(20);
    expect(within(column).getByRole('link', { name: 'Show all 22 in Enquiry' }).getAttribute('href')).toBe('/households?stage=enquiry');
  });

  it('keeps the counts right when a household with no card on the board moves', async () => {
    const created = [];
    for (let i = 0; i < 22; i++) created.push(await create({ applicants: [`Pat Movename${i}`] }));
    renderBoard();
    const column = await screen.findByRole('region', { name: 'Enquiry (22)' });
    // The board's first count stores the tallies; the move below is counted by them, not the index.
    await waitFor(async () => expect(await db().vault.get(STAGE_TALLIES_KEY)).toBeDefined());
    const shown = new Set(within(column).getAllByRole('link').map((a) => a.getAttribute('href')));
    const unseen = created.find((h) => !shown.has(`/households/${h.id}`))!;
    await forward(unseen.id, 1);
    expect(await screen.findByRole('heading', { level: 2, name: 'Enquiry (21)' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Initial visit (1)' })).toBeTruthy();
  });

  it('puts the soonest deadlines first in a busy column', async () => {
    const template = await create({ applicants: ['Kit Template'] });
    const row = (await db().households.get(template.id))!;
    await asFixture(async () => db().households.bulkAdd(
      Array.from({ length: 120 }, (_, i) => ({
        ...row,
        id: `bulk-${i}`,
        reference: `H-B${i}`,
        nextDeadlineOn: i === 77 ? addDays(today, -5) : i % 10 === 0 ? undefined : addDays(today, 30 + i),
      })),
    ));
    renderBoard();
    const column = await screen.findByRole('region', { name: 'Enquiry (121)' });
    const cards = within(column).getAllByRole('link', { name: /^H-/ });
    expect(cards).toHaveLength(20);
    expect(cards[0]!.getAttribute('href')).toBe('/households/bulk-77');
    expect(within(column).getByRole('link', { name: 'Show all 121 in Enquiry' })).toBeTruthy();
  });

  it('counts households approved in the last 12 months', async () => {
    const recent = await create({ applicants: ['Eve Approvedson'] });
    const longAgo = await create({ applicants: ['Fay Oldapproval'] });
    await asFixture(async () => db().households.update(recent.id, { stage: 'approved', stageEnteredOn: addDays(today, -100) }));
    await asFixture(async () => db().households.update(longAgo.id, { stage: 'approved', stageEnteredOn: addDays(today, -400) }));
    // The window starts the day after the same date last year: a year to the day is out, a day less is in.
    const yearAgo = await create({ applicants: ['Gus Yeartotheday'] });
    const dayAfter = await create({ applicants: ['Hal Dayafter'] });
    await asFixture(async () => db().households.update(yearAgo.id, { stage: 'approved', stageEnteredOn: addMonths(today, -12) }));
    await asFixture(async () => db().households.update(dayAfter.id, { stage: 'approved', stageEnteredOn: addDays(addMonths(today, -12), 1) }));
    renderBoard();
    expect(await screen.findByText((_, el) => el?.tagName === 'P' && el.textContent?.startsWith('Approved in the last 12 months: 2') === true)).toBeTruthy();
  });
});
