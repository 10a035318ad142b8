import { todayIso, type IsoDate } from '../../domain/dates';
import type { Household, Person } from '../../domain/household';
import { isCheckDone } from '../../domain/checks';
import { PERSON_FIELD_ORDER, PERSON_ROLES, personForm, validatePerson, type PersonField, type PersonInput } from '../../domain/person-edit';
import { fieldChanges } from '../../domain/field-changes';
import { audit } from '../audit';
import { db, newId, nowInstant } from '../db';
import { asPerson } from '../revisions';
import { refuseIfStale } from '../stale';
import { householdTokens } from '../../domain/search-keys';
import { householdTables, refreshDeadline } from './households';
import { draftsRepo } from './drafts';
import { refreshCarerNames } from './carer-summary';

export type PersonWriteResult = { ok: true; person: Person } | { ok: false; errors: Partial<Record<PersonField | 'form', string>> };

/** After a change to who is in the household: fresh search and duplicate tokens, the next deadline, and a carer household's names. */
async function refreshHousehold(household: Household): Promise<void> {
  const [details, people] = await Promise.all([
    db().householdDetails.get(household.id),
    db().people.where('householdId').equals(household.id).toArray(),
  ]);
  const tokens = details ? householdTokens(details, people) : {};
  const updated = { ...household, ...tokens, updatedAt: nowInstant() };
  await db().households.put(updated);
  await refreshDeadline(updated);
  await refreshCarerNames(household.id);
}

async function applicantsOtherThan(householdId: string, personId?: string): Promise<number> {
  const people = await db().people.where('householdId').equals(householdId).toArray();
  return people.filter((p) => p.role === 'applicant' && p.id !== personId).length;
}

/** Drops keys whose value is undefined, so a cleared field is removed from the row rather than stored empty. */
function withoutEmpty<T extends object>(row: T): T {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined)) as T;
}

export const peopleRepo = {
  /** Adds an applicant or household member; the rules are checked again here so no caller can skip them. */
  async addPerson(householdId: string, input: PersonInput, by: string, today: IsoDate = todayIso()): Promise<PersonWriteResult> {
    return asPerson(by, householdTables(), async () => {
      const household = await db().households.get(householdId);
      if (!household) return { ok: false as const, errors: { form: 'This household no longer exists' } };
      const result = validatePerson(personForm(input), today, await applicantsOtherThan(householdId));
      if (!result.ok) return result;
      const person: Person = withoutEmpty({ id: newId(), householdId, ...result.person });
      await db().people.add(person);
      await audit(householdId, by, 'people', `${PERSON_ROLES[person.role]} added: ${person.name}`, ['people']);
      await refreshHousehold(household);
      return { ok: true as const, person };
    });
  },

  /** Refused with a `StaleWriteError` when a field the form shows changed since `baseRev`. */
  async updatePerson(id: string, input: PersonInput, baseRev: string, by: string, today: IsoDate = todayIso()): Promise<PersonWriteResult> {
    return asPerson(by, householdTables(), async () => {
      const before = await db().people.get(id);
      const household = before && (await db().households.get(before.householdId));
      if (!before || !household) return { ok: false as const, errors: { form: 'This person is no longer in the household' } };
      refuseIfStale(before, baseRev, PERSON_FIELD_ORDER);
      const result = validatePerson(personForm(input), today, await applicantsOtherThan(before.householdId, id));
      if (!result.ok) return result;
      const person: Person = withoutEmpty({ ...before, ...result.person });
      const changes = fieldChanges(before, person, 'people.');
      if (changes.length === 0) return { ok: true as const, person: before };
      await db().people.put(person);
      await audit(before.householdId, by, 'people', `Details of ${person.name} changed`, changes);
      await refreshHousehold(household);
      return { ok: true as const, person };
    });
  },

  /**
   * Removes someone who has left the household. The last applicant cannot be removed. Their own
   * checks still in progress go with them; received ones stay as the record of what was seen.
   */
  async removePerson(id: string, by: string): Promise<{ ok: true } | { ok: false; error: string }> {
    let gone: string[] = [];
    const result = await asPerson(by, householdTables(), async () => {
      const person = await db().people.get(id);
      const household = person && (await db().households.get(person.householdId));
      if (!person || !household) return { ok: false as const, error: 'This person is no longer in the household' };
      if (person.role === 'applicant' && (await applicantsOtherThan(person.householdId, id)) === 0) {
        return { ok: false as const, error: 'A household needs at least one applicant: the last applicant cannot be removed' };
      }
      const theirChecks = await db().checks.where('householdId').equals(person.householdId).filter((c) => c.personId === id).toArray();
      const dropped = theirChecks.filter((c) => !isCheckDone(c));
      await db().checks.bulkDelete(dropped.map((c) => c.id));
      await db().people.delete(id);
      gone = [id, ...dropped.map((c) => c.id)];
      const also = dropped.length ? `; ${dropped.length === 1 ? 'their check in progress was' : `their ${dropped.length} checks in progress were`} removed` : '';
      await audit(person.householdId, by, 'people', `${PERSON_ROLES[person.role]} removed: ${person.name}${also}`, ['people']);
      await refreshHousehold(household);
      return { ok: true as const };
    });
    await draftsRepo.forgetRecords(gone);
    return result;
  },
};
