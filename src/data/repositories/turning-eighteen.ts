import Dexie from 'dexie';
import { eighteenNotice, knownPanelDate, type EighteenNotice } from '../../domain/checks';
import type { IsoDate } from '../../domain/dates';
import type { Household } from '../../domain/household';
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
 * checks of their own, soonest first. Reads the household members by role first, in one range,
 * then only their households, and keeps those being assessed. The other way round read the keys
 * of every household being assessed (8,784 of 10,000 in the bench), which held the storage for
 * about 100 ms just as a person taps on from Today, the next page's reads waiting behind it.
 */
export async function peopleTurningEighteen(today: IsoDate): Promise<PersonTurningEighteen[]> {
  const d = db();
  const withBirthday = (await d.people.where('[role+householdId]').between(['member', Dexie.minKey], ['member', Dexie.maxKey]).toArray()).filter((p) => p.dateOfBirth);
  if (withBirthday.length === 0) return [];
  const assessed = (await d.households.bulkGet([...new Set(withBirthday.map((p) => p.householdId))])).filter(
    (h): h is Household => h !== undefined && OPEN.includes(h.state) && ASSESSED.includes(h.stage),
  );
  const assessedIds = new Set(assessed.map((h) => h.id));
  const members = withBirthday.filter((p) => assessedIds.has(p.householdId));
  if (members.length === 0) return [];
  const householdIds = [...assessedIds];
  const [checks, appointments] = await Promise.all([
    d.checks.where('householdId').anyOf(householdIds).toArray(),
    d.appointments.where('householdId').anyOf(householdIds).toArray(),
  ]);
  const byId = new Map(assessed.map((h) => [h.id, h]));
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
