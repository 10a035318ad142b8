import { screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { carersRepo, carerTables } from '../../src/data/repositories/carers';
import { asPerson } from '../../src/data/revisions';
import { addDays, todayIso } from '../../src/domain/dates';
import { asFixture } from '../fixture-person';
import { household } from '../unit/fixtures';
import { renderCarer } from './carer-page-helpers';

const TODAY = todayIso();
const ID = 'hh-tt1';

async function onTier(tierId: string, approvedOn: string): Promise<void> {
  const h = household({ id: ID, reference: 'H-0311', stage: 'approved' }, { decision: { decidedOn: approvedOn, outcome: 'approve' } });
  await asFixture(() => db().households.add(h));
  await asPerson('Jo Worker', carerTables(), () => carersRepo.enrolApproved(h, 'Jo Worker'));
  await carersRepo.setTier(ID, { tierId, on: approvedOn, reason: 'Experienced carers' }, (await db().carers.get(ID))!.revision!.rev, 'Jo Worker');
}

const tierSection = async () => within(await screen.findByRole('region', { name: 'Tier' }, { timeout: 5000 }));
const training = (hours: number) => ({ course: 'Managing behaviour', on: addDays(TODAY, -20), hours, provider: 'Made-up Training Ltd' });

describe("a carer household's training hours against its tier", () => {
  it('says the household is short of the hours its tier asks for, until enough are logged', async () => {
    await onTier('tier2', addDays(TODAY, -500));
    await carersRepo.addTraining(ID, training(6), 'Jo Worker');
    renderCarer(ID);
    const tier = await tierSection();
    expect((await tier.findByText(/^Training in the last 12 months/)).textContent).toBe('Training in the last 12 months: 6 of 18 hours. Short of the tier’s hours');

    await carersRepo.addTraining(ID, training(12), 'Jo Worker');
    await waitFor(() => expect(tier.getByText(/^Training in the last 12 months/).textContent).toBe('Training in the last 12 months: 18 of 18 hours.'), { timeout: 5000 });
  });

  it('does not count a household short in its first year, when its training is the TSD standards', async () => {
    await onTier('tier3', addDays(TODAY, -100));
    renderCarer(ID);
    const tier = await tierSection();
    expect((await tier.findByText(/^Training in the last 12 months/)).textContent).toBe('Training in the last 12 months: 0 of 24 hours. Counted from the first anniversary of approval.');
    expect(tier.queryByText('Short of the tier’s hours')).toBeNull();
  });
});
