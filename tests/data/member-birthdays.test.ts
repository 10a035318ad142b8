import { describe, expect, it, vi } from 'vitest';
import { setFirstPasscode } from '../../src/data/crypto/vault';
import { db } from '../../src/data/db';
import { MEMBER_BIRTHDAYS_KEY, MEMBER_BIRTHDAYS_PART_KEY, MEMBER_BIRTHDAYS_READING_KEY } from '../../src/data/member-birthdays';
import { householdsRepo } from '../../src/data/repositories/households';
import { memberBirthdays } from '../../src/data/repositories/member-birthdays';
import { peopleRepo } from '../../src/data/repositories/people';
import { peopleTurningEighteen } from '../../src/data/repositories/turning-eighteen';
import { addDays, addMonths } from '../../src/domain/dates';
import { asFixture } from '../fixture-person';
import { ENQUIRY, rawDatabaseText, rawPut } from './vault-helpers';

const TODAY = '2026-11-20';
/** Made-up members who turn 18 in 30 days. */
const SEVENTEEN = addMonths(addDays(TODAY, 30), -18 * 12);
const JO = 'staff-jo';

async function assessedHousehold(): Promise<string> {
  const h = await householdsRepo.createEnquiry({ ...ENQUIRY, email: undefined }, 'Jo Worker');
  await asFixture(() => db().households.update(h.id, { stage: 'stage1' }));
  return h.id;
}

/** Until the read that kept them has written them: it is not waited for. */
async function kept(): Promise<unknown> {
  await vi.waitFor(async () => expect(await db().vault.get(MEMBER_BIRTHDAYS_KEY)).toBeDefined());
  return (await db().vault.get(MEMBER_BIRTHDAYS_KEY))!.value;
}

const sorted = (birthdays: { id: string; dateOfBirth: string }[]) => birthdays.map((b) => [b.id, b.dateOfBirth]).sort();

/** Made-up members, three to a household: a read's chunk of 200 ends within a household. */
const MEMBERS = Array.from({ length: 450 }, (_, i) => ({
  id: `member-${String(i).padStart(3, '0')}`,
  householdId: `household-${String(Math.floor(i / 3)).padStart(3, '0')}`,
  role: 'member' as const,
  name: `Kit Examplewood ${i}`,
  dateOfBirth: addDays('2000-01-01', i),
  order: (i % 3) + 2,
}));

/** Counts the reads of people along an index; the first, as Today is left while it runs. */
function leftDuringFirstRead(left: AbortController) {
  const people = db().people;
  const where = people.where.bind(people);
  return vi.spyOn(people, 'where').mockImplementationOnce((index) => {
    left.abort();
    return where(index);
  });
}

/** Until the part a read stopped part way keeps is written: it is not waited for. */
async function keptPart(): Promise<unknown> {
  await vi.waitFor(async () => expect(await db().vault.get(MEMBER_BIRTHDAYS_PART_KEY)).toBeDefined());
  return (await db().vault.get(MEMBER_BIRTHDAYS_PART_KEY))!.value;
}

describe("the members' kept birthdays behind Today's adult checks notice", () => {
  it('are read once, then opened from the kept row until a member is added, changed or removed', async () => {
    const householdId = await assessedHousehold();
    const kit = await peopleRepo.addPerson(householdId, { role: 'member', name: 'Kit Examplewood', dateOfBirth: SEVENTEEN }, 'Jo Worker', TODAY);
    if (!kit.ok) throw new Error('not added');

    // The enquiry's two applicants are no members.
    expect(sorted(await memberBirthdays())).toEqual([[kit.person.id, SEVENTEEN]]);
    await kept();
    const reads = vi.spyOn(db().people, 'where');
    expect(sorted(await memberBirthdays())).toEqual([[kit.person.id, SEVENTEEN]]);
    // The row and the newest household change, and no person read at all.
    expect(reads).not.toHaveBeenCalled();
    reads.mockRestore();

    // A new member drops the row in the same write; the next read finds them.
    const pip = await peopleRepo.addPerson(householdId, { role: 'member', name: 'Pip Examplewood', dateOfBirth: '2012-04-01' }, 'Jo Worker', TODAY);
    if (!pip.ok) throw new Error('not added');
    expect(await db().vault.get(MEMBER_BIRTHDAYS_KEY)).toBeUndefined();
    expect(sorted(await memberBirthdays())).toEqual([[kit.person.id, SEVENTEEN], [pip.person.id, '2012-04-01']].sort());
    await kept();

    // A corrected date of birth.
    const changed = await peopleRepo.updatePerson(pip.person.id, { role: 'member', name: 'Pip Examplewood', dateOfBirth: '2010-01-05' }, pip.person.revision!.rev, 'Jo Worker', TODAY);
    expect(changed.ok).toBe(true);
    expect(sorted(await memberBirthdays())).toEqual([[kit.person.id, SEVENTEEN], [pip.person.id, '2010-01-05']].sort());
    await kept();

    // A member removed, and Today names no one.
    expect((await peopleTurningEighteen(TODAY)).map((p) => p.name)).toEqual(['Kit Examplewood']);
    await peopleRepo.removePerson(kit.person.id, 'Jo Worker');
    expect(sorted(await memberBirthdays())).toEqual([[pip.person.id, '2010-01-05']]);
    expect(await peopleTurningEighteen(TODAY)).toEqual([]);
  });

  it('keep nothing read while people were written, and are read again when another app has added or changed a member', async () => {
    const householdId = await assessedHousehold();
    await peopleRepo.addPerson(householdId, { role: 'member', name: 'Kit Examplewood', dateOfBirth: SEVENTEEN }, 'Jo Worker', TODAY);

    // A write to people drops the mark a read sets as it begins...
    await db().vault.put({ key: MEMBER_BIRTHDAYS_READING_KEY, value: 'a read under way' });
    const lee = await peopleRepo.addPerson(householdId, { role: 'member', name: 'Lee Examplewood', dateOfBirth: '1990-01-01' }, 'Jo Worker', TODAY);
    if (!lee.ok) throw new Error('not added');
    expect(await db().vault.get(MEMBER_BIRTHDAYS_READING_KEY)).toBeUndefined();
    // ...and a read whose mark has gone by the time it ends is not kept.
    await memberBirthdays();
    await db().vault.delete(MEMBER_BIRTHDAYS_READING_KEY);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(await db().vault.get(MEMBER_BIRTHDAYS_KEY)).toBeUndefined();

    await memberBirthdays();
    await kept();
    // A tab still on an older app writes a member below this layer, leaving the row in place, and
    // their household with its change's time, as every app's people writes do.
    const olderAppWrites = async (person: Record<string, unknown>, at: string) => {
      await rawPut('people', person);
      await rawPut('households', { ...(await db().households.get(householdId))!, updatedAt: at });
    };
    await olderAppWrites({ id: 'member-raw', householdId, role: 'member', name: 'Ray Examplewood', dateOfBirth: SEVENTEEN, order: 4 }, '2099-01-01T00:00:00.000Z');
    expect(await db().vault.get(MEMBER_BIRTHDAYS_KEY)).toBeDefined();
    expect((await peopleTurningEighteen(TODAY)).map((p) => p.name).sort()).toEqual(['Kit Examplewood', 'Ray Examplewood']);

    // A date of birth corrected there, with as many members as before, is found too: Lee, kept as
    // an adult of long standing, turns out to turn 18 soon.
    await kept();
    await olderAppWrites({ ...lee.person, dateOfBirth: SEVENTEEN }, '2099-01-02T00:00:00.000Z');
    expect((await peopleTurningEighteen(TODAY)).map((p) => p.name).sort()).toEqual(['Kit Examplewood', 'Lee Examplewood', 'Ray Examplewood']);
  });

  it('go on from where a read stopped as Today was left, reading no member twice', async () => {
    await asFixture(() => db().people.bulkAdd(MEMBERS));
    const everyone = sorted(MEMBERS);
    const left = new AbortController();
    const reads = leftDuringFirstRead(left);
    await expect(memberBirthdays(left.signal)).rejects.toThrow();
    expect(await keptPart()).toMatchObject({ next: { from: 'household-066', read: ['member-198', 'member-199'] } });
    // Nothing a tab still on the last release, which knows no part, would take for them all.
    expect(await db().vault.get(MEMBER_BIRTHDAYS_KEY)).toBeUndefined();

    // The next visit reads the rest, two chunks where a whole read takes three, and keeps them all.
    expect(sorted(await memberBirthdays())).toEqual(everyone);
    expect(reads).toHaveBeenCalledTimes(3);
    await kept();
    expect(await db().vault.get(MEMBER_BIRTHDAYS_PART_KEY)).toBeUndefined();
    expect(sorted(await memberBirthdays())).toEqual(everyone);
    expect(reads).toHaveBeenCalledTimes(3);
  });

  it('start again when a member is written after a read stopped part way', async () => {
    await asFixture(() => db().people.bulkAdd(MEMBERS));
    const left = new AbortController();
    leftDuringFirstRead(left);
    await expect(memberBirthdays(left.signal)).rejects.toThrow();
    await keptPart();

    // A date of birth before where the read stopped, corrected: the part read kept the old one.
    const householdId = await assessedHousehold();
    const kit = await peopleRepo.addPerson(householdId, { role: 'member', name: 'Kit Examplewood', dateOfBirth: SEVENTEEN }, 'Jo Worker', TODAY);
    if (!kit.ok) throw new Error('not added');
    await asFixture(() => db().people.update('member-000', { dateOfBirth: '1999-12-31' }));
    expect(await db().vault.get(MEMBER_BIRTHDAYS_PART_KEY)).toBeUndefined();
    const now = MEMBERS.map((m) => (m.id === 'member-000' ? { ...m, dateOfBirth: '1999-12-31' } : m));
    expect(sorted(await memberBirthdays())).toEqual(sorted([...now, { id: kit.person.id, dateOfBirth: SEVENTEEN }]));
  });

  it('are sealed once a passcode is set: no date of birth in clear on the disk', async () => {
    const householdId = await assessedHousehold();
    await peopleRepo.addPerson(householdId, { role: 'member', name: 'Kit Examplewood', dateOfBirth: SEVENTEEN }, 'Jo Worker', TODAY);
    await memberBirthdays();
    await kept();
    expect(await rawDatabaseText()).toContain(SEVENTEEN);

    await setFirstPasscode(JO, 'blue kettle on');
    // Sealing the people in place dropped the clear row.
    expect((await peopleTurningEighteen(TODAY)).map((p) => p.name)).toEqual(['Kit Examplewood']);
    await kept();
    expect(await rawDatabaseText()).not.toContain(SEVENTEEN);
    expect((await peopleTurningEighteen(TODAY)).map((p) => p.name)).toEqual(['Kit Examplewood']);

    // A read stopped part way keeps what it read sealed too.
    await asFixture(() => db().people.bulkAdd(MEMBERS));
    const left = new AbortController();
    leftDuringFirstRead(left);
    await expect(memberBirthdays(left.signal)).rejects.toThrow();
    await keptPart();
    expect(await rawDatabaseText()).not.toContain(MEMBERS[0]!.dateOfBirth);
    expect(await memberBirthdays()).toHaveLength(MEMBERS.length + 1);
  });
});
