import { eighteenNotice, knownPanelDate, type EighteenNotice } from '../../domain/checks';
import type { IsoDate } from '../../domain/dates';
import type { Household, Person } from '../../domain/household';
import type { LineState, Stage } from '../../domain/stages';
import { db } from '../db';
import { summarise, type HouseholdSummary } from './pipeline';

export interface PersonTurningEighteen extends EighteenNotice {
  personId: string;
  name: string;
  household: HouseholdSummary;
}

/** From application to the decision, while checks are gathered and must stand at panel. */
const ASSESSED: Stage[] = ['application', 'stage1', 'stage2', 'panel', 'decision'];
const OPEN: LineState[] = ['active', 'onHold'];

/**
 * Household members of households being assessed who turn 18 soon, or turned 18 lately with no
 * checks of their own, soonest first. Reads only the members of households at those stages: each
 * stage's households by its own index range, then their members by role. One stage at a time:
 * the notice is not urgent, and asked all at once, thousands of households' keys held the storage
 * for a page opened straight after Today (a request of the next page waits behind each one asked).
 */
export async function peopleTurningEighteen(today: IsoDate): Promise<PersonTurningEighteen[]> {
  const d = db();
  const members: Person[] = [];
  for (const state of OPEN) {
    for (const stage of ASSESSED) {
      const ids = await d.households.where('[state+stage]').equals([state, stage]).primaryKeys();
      if (ids.length === 0) continue;
      const found = await d.people.where('[role+householdId]').anyOf(ids.map((id) => ['member', id])).toArray();
      members.push(...found.filter((p) => p.dateOfBirth));
    }
  }
  if (members.length === 0) return [];
  const householdIds = [...new Set(members.map((p) => p.householdId))];
  const [households, checks, appointments] = await Promise.all([
    d.households.bulkGet(householdIds),
    d.checks.where('householdId').anyOf(householdIds).toArray(),
    d.appointments.where('householdId').anyOf(householdIds).toArray(),
  ]);
  const byId = new Map(households.filter((h): h is Household => h !== undefined).map((h) => [h.id, h]));
  const panelOn = (h: Household) => knownPanelDate(h, appointments.filter((a) => a.householdId === h.id), today);
  const named = new Set(checks.map((c) => c.personId).filter(Boolean));
  const found = members.flatMap((p) => {
    const h = byId.get(p.householdId);
    const notice = h && eighteenNotice(p, today, panelOn(h), named.has(p.id));
    return notice && h ? [{ person: p, household: h, notice }] : [];
  });
  const summaries = new Map((await summarise([...new Set(found.map((f) => f.household))], today)).map((s) => [s.id, s]));
  return found
    .map(({ person, household, notice }) => ({ ...notice, personId: person.id, name: person.name, household: summaries.get(household.id)! }))
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}
