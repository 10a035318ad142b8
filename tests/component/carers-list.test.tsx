import { fireEvent, render, screen } from '@testing-library/preact';
import { LocationProvider } from 'preact-iso';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { carersRepo, carerTables } from '../../src/data/repositories/carers';
import { asPerson } from '../../src/data/revisions';
import CarersPage from '../../src/ui/carers/CarersPage';
import { asFixture } from '../fixture-person';
import { household } from '../unit/fixtures';

/** `count` approved households on the register, named in the order the list sorts them. */
async function register(count: number): Promise<void> {
  const households = Array.from({ length: count }, (_, i) =>
    household({ id: `hh-l${i}`, reference: `H-${String(5000 + i)}`, stage: 'approved' }, { decision: { decidedOn: '2026-01-10', outcome: 'approve' } } as never),
  );
  await asFixture(async () => {
    await db().households.bulkAdd(households);
    await db().people.bulkAdd(households.map((h, i) => ({ id: `pl${i}`, householdId: h.id, role: 'applicant', name: `Lee Listfield${String(i).padStart(3, '0')}`, order: 0 }) as never));
  });
  await asPerson('Jo Worker', carerTables(), async () => {
    for (const h of households) await carersRepo.enrolApproved(h, 'Jo Worker');
  });
}

describe('the carer list', () => {
  it('shows the first 50 carer households with the count of all, and 50 more at a time', async () => {
    await register(62);
    history.replaceState(null, '', '/carers');
    render(
      <LocationProvider>
        <CarersPage />
      </LocationProvider>,
    );
    expect((await screen.findByRole('status')).textContent).toBe('62 carer households');
    expect(screen.getAllByRole('link', { name: /^H-50/ })).toHaveLength(50);
    expect(screen.getByText('Lee Listfield049')).toBeTruthy();
    expect(screen.queryByText('Lee Listfield050')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Show 12 more (12 not shown yet)' }));
    expect(await screen.findByText('Lee Listfield061')).toBeTruthy();
    expect(screen.getAllByRole('link', { name: /^H-50/ })).toHaveLength(62);
    expect(screen.queryByRole('button', { name: /more/ })).toBeNull();
  });
});
