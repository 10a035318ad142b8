import { describe, expect, it } from 'vitest';
import { db } from '../../src/data/db';
import { householdsRepo } from '../../src/data/repositories/households';
import { peopleTurningEighteen } from '../../src/data/repositories/turning-eighteen';
import { addDays, addMonths } from '../../src/domain/dates';
import type { LineState, Stage } from '../../src/domain/stages';
import { asFixture } from '../fixture-person';
import { ENQUIRY } from './vault-helpers';

const TODAY = '2026-11-20';
/** Made-up members who turn 18 in 30 days. */
const SEVENTEEN = addMonths(addDays(TODAY, 30), -18 * 12);

async function householdWithMember(stage: Stage, state: LineState, member: string, dateOfBirth: string | null = SEVENTEEN): Promise<string> {
  const h = await householdsRepo.createEnquiry({ ...ENQUIRY, applicants: [`Ada ${member}son`], email: undefined }, 'Jo Worker');
  await asFixture(async () => {
    await db().households.update(h.id, { stage, state });
    await db().people.add({ id: `member-${member}`, householdId: h.id, role: 'member', name: member, ...(dateOfBirth ? { dateOfBirth } : {}), order: 2 });
  });
  return h.id;
}

describe('who Today says needs adult checks', () => {
  it('names members of households being assessed, on hold or not, and no one else', async () => {
    await householdWithMember('application', 'active', 'Ivo');
    await householdWithMember('panel', 'onHold', 'Uma');
    await householdWithMember('stage2', 'active', 'Noa', null);
    await householdWithMember('enquiry', 'active', 'Eli');
    await householdWithMember('approved', 'active', 'Ari');
    await householdWithMember('stage1', 'withdrawn', 'Wyn');
    const moving = await householdWithMember('initialVisit', 'active', 'Tam');

    expect((await peopleTurningEighteen(TODAY)).map((p) => p.name).sort()).toEqual(['Ivo', 'Uma']);

    // A household that reaches application has its member named from then on.
    await asFixture(() => db().households.update(moving, { stage: 'application' }));
    expect((await peopleTurningEighteen(TODAY)).map((p) => p.name).sort()).toEqual(['Ivo', 'Tam', 'Uma']);
  });
});
