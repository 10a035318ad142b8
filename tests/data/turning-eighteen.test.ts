import { describe, expect, it, vi } from 'vitest';
import { db } from '../../src/data/db';
import { householdsRepo } from '../../src/data/repositories/households';
import { lock, setFirstPasscode } from '../../src/data/crypto/vault';
import { peopleTurningEighteen } from '../../src/data/repositories/turning-eighteen';
import { lastPeopleTurningEighteen } from '../../src/data/repositories/turning-eighteen-last';
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

  it('names who turned 18 lately with no check of their own, and who turns 18 before a panel further off; no adult of long standing', async () => {
    const turned = addMonths(TODAY, -18 * 12 - 1);
    await householdWithMember('stage1', 'active', 'Rae', turned);
    const checked = await householdWithMember('stage1', 'active', 'Sol', turned);
    await householdWithMember('stage2', 'active', 'Old', addMonths(TODAY, -19 * 12));
    // Turns 18 in eight months: named only where the panel comes after that.
    const later = addMonths(TODAY, -18 * 12 + 8);
    const panelLater = await householdWithMember('stage2', 'active', 'Pip', later);
    await householdWithMember('stage2', 'active', 'Kai', later);
    // A panel recorded later than the birthday names them too; one recorded before it rules, whatever is booked after.
    const recordedLater = await householdWithMember('panel', 'active', 'Lou', later);
    const recordedSooner = await householdWithMember('panel', 'active', 'Max', later);
    await asFixture(async () => {
      await db().checks.add({ id: 'c-sol', householdId: checked, type: 'dbs', personId: 'member-Sol', label: 'Enhanced DBS: Sol', requestedOn: TODAY, awaitingSince: TODAY });
      await db().appointments.add({ id: 'a-pip', householdId: panelLater, kind: 'panel', on: addMonths(TODAY, 9) });
      await db().appointments.add({ id: 'a-max', householdId: recordedSooner, kind: 'panel', on: addMonths(TODAY, 9) });
      await db().households.update(recordedLater, { 'assessment.panel': { panelOn: addMonths(TODAY, 10) } });
      await db().households.update(recordedSooner, { 'assessment.panel': { panelOn: addMonths(TODAY, 7) } });
    });

    const named = await peopleTurningEighteen(TODAY);
    expect(named.map((p) => [p.name, p.turned])).toEqual([['Rae', true], expect.anything(), expect.anything()]);
    // Lou and Pip turn 18 the same day.
    expect(named.slice(1).map((p) => [p.name, p.turned]).sort()).toEqual([
      ['Lou', false],
      ['Pip', false],
    ]);
  });

  it('finds them however many members there are, read a chunk at a time, one household with more members than a chunk included', async () => {
    await householdWithMember('application', 'active', 'Ivo');
    const large = await householdWithMember('stage2', 'active', 'Uma');
    const filler = (householdId: string, count: number, dateOfBirth = SEVENTEEN) =>
      Array.from({ length: count }, (_, i) => ({ id: `${householdId}-m${i}`, householdId, role: 'member' as const, name: `Filler ${i}`, dateOfBirth, order: i }));
    await asFixture(() =>
      db().people.bulkAdd([
        // Members of households no longer on the books, sorting before, among and after the others.
        ...filler('0-gone', 1_100),
        ...filler('8-gone', 600),
        ...filler('z-gone', 40),
        // Adults of long standing in Uma's household, read before her: she comes in a later chunk.
        ...filler(large, 700, '1980-01-01'),
      ]),
    );

    expect((await peopleTurningEighteen(TODAY)).map((p) => p.name).sort()).toEqual(['Ivo', 'Uma']);
  });

  it('stops between its reads once the page showing it is left', async () => {
    await householdWithMember('application', 'active', 'Ivo');
    const left = new AbortController();
    const reads = vi.spyOn(db().people, 'where');
    left.abort();
    await expect(peopleTurningEighteen(TODAY, left.signal)).rejects.toThrow(/abort/i);
    expect(reads).not.toHaveBeenCalled();
  });

  it('keeps its last answer for that day until what it rests on is written, or the device locks or unlocks', async () => {
    const householdId = await householdWithMember('application', 'active', 'Ivo');
    expect(lastPeopleTurningEighteen(TODAY)).toBeUndefined();
    const names = (await peopleTurningEighteen(TODAY)).map((p) => p.name);
    expect(names).toEqual(['Ivo']);
    expect(lastPeopleTurningEighteen(TODAY)?.map((p) => p.name)).toEqual(names);
    expect(lastPeopleTurningEighteen(addDays(TODAY, 1))).toBeUndefined();

    // The device's own kept rows are no part of it.
    await db().vault.put({ key: 'anything kept', value: 1 });
    expect(lastPeopleTurningEighteen(TODAY)?.map((p) => p.name)).toEqual(names);

    for (const write of [
      () => asFixture(() => db().people.update('member-Ivo', { dateOfBirth: '1990-01-01' })),
      () => asFixture(() => db().households.update(householdId, { stage: 'stage1' })),
      () => asFixture(() => db().checks.add({ id: 'check-1', householdId, type: 'dbs', label: 'DBS' })),
      () => asFixture(() => db().appointments.add({ id: 'appointment-1', householdId, kind: 'panel', on: addDays(TODAY, 40) })),
      () => setFirstPasscode('staff-jo', 'blue kettle on'),
      // Locked with no write at all.
      async () => lock(),
    ]) {
      await peopleTurningEighteen(TODAY);
      expect(lastPeopleTurningEighteen(TODAY)).toBeDefined();
      await write();
      expect(lastPeopleTurningEighteen(TODAY)).toBeUndefined();
    }
  });

  it('keeps no answer read while what it rests on was written', async () => {
    await householdWithMember('application', 'active', 'Ivo');
    const reading = peopleTurningEighteen(TODAY);
    await asFixture(() => db().people.update('member-Ivo', { name: 'Ivo Renamed' }));
    await reading;
    expect(lastPeopleTurningEighteen(TODAY)).toBeUndefined();
  });
});
