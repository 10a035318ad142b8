import Dexie, { type IndexableType } from 'dexie';
import { eighteenNotice, isAdult, knownPanelDate, mayHaveEighteenNotice, type EighteenNotice } from '../../domain/checks';
import type { IsoDate } from '../../domain/dates';
import type { Appointment, Household, Person } from '../../domain/household';
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

/** Rows per read: each read a short one, so a page opened meanwhile has its reads answered between them. */
const CHUNK = 200;

/**
 * Household members a notice could name, a chunk at a time along the role index. A chunk may end
 * within a household: the next starts at that household again, and reads past who was read of it.
 */
async function membersWhoMayTurnEighteen(today: IsoDate, signal?: AbortSignal): Promise<Person[]> {
  const found: Person[] = [];
  let from: IndexableType = Dexie.minKey;
  let read = new Set<string>();
  for (;;) {
    signal?.throwIfAborted();
    const limit = CHUNK + read.size;
    const rows: Person[] = await db().people.where('[role+householdId]').between(['member', from], ['member', Dexie.maxKey], true, true).limit(limit).toArray();
    found.push(...rows.filter((p) => !read.has(p.id) && mayHaveEighteenNotice(p, today)));
    if (rows.length < limit) return found;
    const last = rows.at(-1)!.householdId;
    read = new Set(rows.filter((p) => p.householdId === last).map((p) => p.id));
    from = last;
  }
}

/** The households, a chunk at a time, for the same reason. */
async function householdsOf(ids: string[], signal?: AbortSignal): Promise<(Household | undefined)[]> {
  const found: (Household | undefined)[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    signal?.throwIfAborted();
    found.push(...(await db().households.bulkGet(ids.slice(i, i + CHUNK))));
  }
  return found;
}

/**
 * Household members of households being assessed who turn 18 soon, or turned 18 lately with no
 * checks of their own, soonest first. Reads the household members by role and keeps those a notice
 * could name (not an adult of long standing); then reads only their households, and the checks only
 * of households where someone has already turned 18, the one case a check changes. Every read is
 * short: this runs as a person may tap on from Today, and the next page's reads wait behind any
 * long one; and `signal` stops it between reads once Today is left. Reading each member's household
 * and the checks of them all at once (12,000 checks at 10,000 households, a third with members)
 * held the list opened from Today for 700 ms.
 */
export async function peopleTurningEighteen(today: IsoDate, signal?: AbortSignal): Promise<PersonTurningEighteen[]> {
  const d = db();
  const members = await membersWhoMayTurnEighteen(today, signal);
  if (members.length === 0) return [];
  const assessed = (await householdsOf([...new Set(members.map((p) => p.householdId))], signal)).filter(
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
