import { fireEvent, render, screen, within } from '@testing-library/preact';
import axe from 'axe-core';
import { LocationProvider, Route, Router } from 'preact-iso';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { householdsRepo } from '../../src/data/repositories/households';
import { moveFrom } from '../../src/domain/stale-rule';
import SubjectAccessPage from '../../src/ui/household/SubjectAccessPage';
import RetentionPage from '../../src/ui/retention/RetentionPage';
import { createHousehold, signIn, WORKER } from './household-record-helpers';

const TODAY = '2026-11-20';

async function withdrawn(applicants: string[], enquiryOn: string, on: string): Promise<string> {
  const h = await createHousehold({ applicants, enquiryOn });
  const result = await householdsRepo.move(h.id, { from: moveFrom(h), kind: 'withdraw', on, code: 'decidedNotToApply', reason: 'Moving abroad' }, WORKER, on);
  expect(result.ok).toBe(true);
  return h.id;
}

function renderAt(path: string) {
  history.replaceState(null, '', path);
  return render(
    <LocationProvider>
      <main>
        <Router>
          <Route path="/retention" component={() => <RetentionPage today={TODAY} />} />
          <Route path="/households/:id/record" component={SubjectAccessPage} />
        </Router>
      </main>
    </LocationProvider>,
  );
}

beforeEach(signIn);

describe('the review of records due for deletion', () => {
  it('lists the household due, deletes it only after the question, and says so', async () => {
    const due = await withdrawn(['Ivo Pastdue'], '2022-01-10', '2023-03-01');
    await withdrawn(['Una Recent'], '2025-01-10', '2025-06-01');
    const { container } = renderAt('/retention');

    const row = (await screen.findByText(/Ivo Pastdue/)).closest('tr')!;
    expect(screen.queryByText(/Una Recent/)).toBeNull();
    expect(within(row).getByText('1 March 2026')).toBeTruthy();
    expect((await axe.run(container)).violations).toEqual([]);

    fireEvent.click(within(row).getByRole('button', { name: /Delete\s*household H-/ }));
    expect(await householdsRepo.get(due)).toBeDefined();
    fireEvent.click(await screen.findByRole('button', { name: /Yes, delete/ }));
    expect(await screen.findByText(/Household H-\d+ deleted/)).toBeTruthy();
    expect(await screen.findByText('No household’s records are due for deletion.')).toBeTruthy();
    expect(await householdsRepo.get(due)).toBeUndefined();
  });
});

describe('everything recorded about a household', () => {
  it('shows every part of the record, and deletes it early only with a reason', async () => {
    const h = await createHousehold({ applicants: ['Wren Examplewood'] });
    renderAt(`/households/${h.id}/record`);
    expect(await screen.findByRole('heading', { name: `Everything recorded about ${h.reference}` })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'People' })).toBeTruthy();
    expect(screen.getByText('Wren Examplewood')).toBeTruthy();
    expect(screen.getByText('ada.examplesson@example.com')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'History of changes' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: `Delete every record of ${h.reference}` }));
    expect((await screen.findAllByText(/Say why this household is being deleted/)).length).toBe(2);
    expect(await db().households.get(h.id)).toBeDefined();

    fireEvent.input(screen.getByLabelText('Why is this household being deleted now?'), { target: { value: 'Entered by mistake' } });
    fireEvent.click(screen.getByRole('button', { name: `Delete every record of ${h.reference}` }));
    expect(await screen.findByRole('heading', { name: `Household ${h.reference} deleted` })).toBeTruthy();
    expect(await db().households.get(h.id)).toBeUndefined();
  });
});
