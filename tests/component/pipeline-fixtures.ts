import { db } from '../../src/data/db';
import { householdsRepo } from '../../src/data/repositories/households';
import { addDays, todayIso, type IsoDate } from '../../src/domain/dates';
import type { Enquiry } from '../../src/domain/validation/enquiry';
import { moveFrom } from '../../src/domain/stale-rule';
import { asFixture } from '../fixture-person';

export const today = todayIso();

/** A synthetic household; phone numbers from Ofcom's drama range. */
export function enquiry(overrides: Partial<Enquiry> = {}): Enquiry {
  return {
    applicants: ['Rowan Samplewood'],
    email: 'rowan@example.org',
    phone: '07700900123',
    postcode: 'BS1 4DJ',
    howHeard: 'website',
    interests: ['notSure'],
    enquiryOn: today,
    kind: 'mainstream',
    ...overrides,
  };
}

export function create(overrides: Partial<Enquiry> = {}, workerId?: string) {
  return householdsRepo.createEnquiry(enquiry(overrides), 'Jo Worker', { workerId });
}

/** Moves a household forward through `steps` stages, one day apart, ending on or before today. */
export async function forward(id: string, steps: number, from: IsoDate = addDays(today, -steps)) {
  for (let i = 1; i <= steps; i++) {
    const result = await householdsRepo.move(id, { from: moveFrom((await householdsRepo.get(id))!), kind: 'forward', on: addDays(from, i) }, 'Jo Worker', today);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
  }
}

/** Pushes the stored next deadline far enough away that the household is on track. */
export function putOnTrack(id: string) {
  return asFixture(async () => db().households.update(id, { nextDeadlineOn: addDays(today, 60), nextDeadlineLabel: 'Initial visit' }));
}

/**
 * Preact schedules effects with a 100 ms timer fallback; wait it out before the test file ends so
 * it does not fire after jsdom has gone.
 */
export function settleEffects() {
  return new Promise((resolve) => setTimeout(resolve, 150));
}
