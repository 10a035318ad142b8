import { fireEvent, render, screen, within } from '@testing-library/preact';
import { LocationProvider, Route, Router, useRoute } from 'preact-iso';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { householdsRepo } from '../../src/data/repositories/households';
import DuplicateMergePage from '../../src/ui/merge/DuplicateMergePage';
import { createHousehold, signIn, WORKER } from './household-record-helpers';

function Landed() {
  return <p>Household page for {useRoute().params.id}</p>;
}

function renderMerge(id: string, otherId: string) {
  history.replaceState(null, '', `/households/${id}/merge/${otherId}`);
  return render(
    <LocationProvider>
      <main>
        <Router>
          <Route path="/households/:id/merge/:otherId" component={DuplicateMergePage} />
          <Route path="/households/:id" component={Landed} />
        </Router>
      </main>
    </LocationProvider>,
  );
}

describe('merging two households that are the same people', () => {
  it('compares both, keeps the older by default, asks only about values that differ, and merges', async () => {
    const older = await createHousehold({ applicants: ['Ada Examplesson'], enquiryOn: '2026-01-05' });
    const newer = await createHousehold({ applicants: ['Ada Examplesson'], enquiryOn: '2026-02-10', phone: '07700900456' });
    signIn();
    renderMerge(newer.id, older.id);

    const table = await screen.findByRole('table', { name: 'The two households' });
    expect(within(table).getByRole('columnheader', { name: older.reference })).toBeTruthy();
    expect(within(table).getByRole('columnheader', { name: newer.reference })).toBeTruthy();
    const kept = screen.getByRole('group', { name: /Which household is kept\?/ });
    expect((within(kept).getByLabelText(new RegExp(`^${older.reference}:`)) as HTMLInputElement).checked).toBe(true);
    const phone = screen.getByRole('group', { name: /Phone: which to keep\?/ });
    expect(screen.queryByRole('group', { name: /Postcode: which to keep\?/ })).toBeNull();

    fireEvent.click(within(phone).getByLabelText(`07700 900456 (${newer.reference})`));
    fireEvent.click(screen.getByRole('button', { name: `Merge into ${older.reference}` }));

    expect(await screen.findByText(`Household page for ${older.id}`)).toBeTruthy();
    expect(await householdsRepo.get(newer.id)).toBeUndefined();
    expect((await db().householdDetails.get(older.id))?.phone).toBe('07700900456');
    const [latest] = await householdsRepo.timeline(older.id, 1);
    expect(latest).toMatchObject({ by: WORKER, summary: expect.stringContaining(`Merged with ${newer.reference}`) });
  });

  it('explains why two households with agency decisions cannot be merged, and offers no merge', async () => {
    const a = await createHousehold({ enquiryOn: '2026-01-05' });
    const b = await createHousehold({ enquiryOn: '2026-02-10' });
    for (const h of [a, b]) await householdsRepo.updateAssessment(h.id, { patch: { decision: { decidedOn: '2026-03-01', outcome: 'approve' } }, baseRev: (await householdsRepo.get(h.id))!.revision!.rev }, WORKER, 'Decision recorded');
    signIn();
    renderMerge(a.id, b.id);

    expect(await screen.findByRole('heading', { name: 'These households cannot be merged' })).toBeTruthy();
    expect(screen.getByText(/both have an agency decision recorded/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Merge into/ })).toBeNull();
  });
});
