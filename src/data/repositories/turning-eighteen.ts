import type { Table } from 'dexie';
import { eighteenNotice, eighteenNoticeHorizon, isAdult, knownPanelDate, mayHaveEighteenNotice, type EighteenNotice } from '../../domain/checks';
import type { IsoDate } from '../../domain/dates';
import type { Appointment, Household, Person } from '../../domain/household';
import type { LineState, Stage } from '../../domain/stages';
import { db } from '../db';
import { memberBirthdays } from './member-birthdays';
import { summarise, type HouseholdSummary } from './pipeline';
import { remembered } from './turning-eighteen-last';

export interface PersonTurningEighteen extends EighteenNotice {
  personId: string;
  name: string;
  household: HouseholdSummary;
}

/** From application to the decision, while checks are gathered and must stand at panel. */
const ASSESSED: Stage[] = ['application', 'stage1', 'stage2', 'panel', 'decision'];
const OPEN: LineState[] = ['active', 'onHold'];

/** Rows per read: each read a short one, so a page opened meanwhile has its reads answered between them. */
const CHUNK = 200;

/**
 * Households whose panel may fall after `horizon`: a panel recorded after it, or a panel meeting
 * booked after it. Two short index reads; few households are ever that far from panel.
 */
async function householdsWithPanelAfter(horizon: IsoDate): Promise<Set<string>> {
  const d = db();
  const [recorded, booked] = await Promise.all([
    d.households.where('assessment.panel.panelOn').above(horizon).primaryKeys(),
    d.appointments.where('on').above(horizon).filter((a) => a.kind === 'panel').toArray(),
  ]);
  return new Set([...recorded, ...booked.map((a) => a.householdId)]);
}

/** Rows by id, a chunk at a time (see `CHUNK`). */
async function inChunks<T>(table: Table<T, string>, ids: string[], signal?: AbortSignal): Promise<(T | undefined)[]> {
  const found: (T | undefined)[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    signal?.throwIfAborted();
    found.push(...(await table.bulkGet(ids.slice(i, i + CHUNK))));
  }
  return found;
}

/**
 * Household members of households being assessed who turn 18 soon, or turned 18 lately with no
 * checks of their own, soonest first. Starts from every member's date of birth (one kept row, see
 * member-birthdays.ts) and keeps those a notice could name: not an adult of long standing, nor
 * someone turning 18 after the three-month horizon unless their household's panel may be later
 * still. Then reads only those people and their households, and the checks only of households where
 * someone has already turned 18, the one case a check changes. This runs as a person may tap on
 * from Today, and the next page's reads wait behind any long one: reading every member and their
 * households here, even in short reads, held the list opened from Today past 100 ms at 10,000
 * households. `signal` stops it between reads once Today is left.
 */
export function peopleTurningEighteen(today: IsoDate, signal?: AbortSignal): Promise<PersonTurningEighteen[]> {
  return remembered(today, () => find(today, signal));
}

async function find(today: IsoDate, signal?: AbortSignal): Promise<PersonTurningEighteen[]> {
  const d = db();
  const horizon = eighteenNoticeHorizon(today);
  const panelLater = await householdsWithPanelAfter(horizon);
  const mayHave = mayHaveEighteenNotice(today);
  const may = (p: Pick<Person, 'dateOfBirth' | 'householdId'>) => mayHave(p, panelLater.has(p.householdId));
  const ids = (await memberBirthdays(signal)).filter(may).map((b) => b.id);
  if (ids.length === 0) return [];
  // The people themselves, for their names and as they are now.
  const members = (await inChunks(d.people, ids, signal)).filter((p): p is Person => p?.role === 'member' && may(p));
  const assessed = (await inChunks(d.households, [...new Set(members.map((p) => p.householdId))], signal)).filter(
    (h): h is Household => h !== undefined && OPEN.includes(h.state) && ASSESSED.includes(h.stage),
  );
  const byId = new Map(assessed.map((h) => [h.id, h]));
  const candidates = members.filter((p) => byId.has(p.householdId));
  if (candidates.length === 0) return [];
  signal?.throwIfAborted();
  const turnedIn = [...new Set(candidates.filter((p) => isAdult(p, today)).map((p) => p.householdId))];
  const [checks, appointments] = await Promise.all([
    turnedIn.length > 0 ? d.checks.where('householdId').anyOf(turnedIn).toArray() : [],
    d.appointments.where('householdId').anyOf([...new Set(candidates.map((p) => p.householdId))]).toArray(),
  ]);
  const appointmentsOf = new Map<string, Appointment[]>();
  for (const a of appointments) {
    const theirs = appointmentsOf.get(a.householdId);
    if (theirs) theirs.push(a);
    else appointmentsOf.set(a.householdId, [a]);
  }
  const panelOn = (h: Household) => knownPanelDate(h, appointmentsOf.get(h.id) ?? [], today);
  const named = new Set(checks.map((c) => c.personId).filter(Boolean));
  const found = candidates.flatMap((p) => {
    const h = byId.get(p.householdId)!;
    const notice = eighteenNotice(p, today, panelOn(h), named.has(p.id));
    return notice ? [{ person: p, household: h, notice }] : [];
  });
  const summaries = new Map((await summarise([...new Set(found.map((f) => f.household))], today)).map((s) => [s.id, s]));
  return found
    .map(({ person, household, notice }) => ({ ...notice, personId: person.id, name: person.name, household: summaries.get(household.id)! }))
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}
