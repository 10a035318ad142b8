import Dexie from 'dexie';
import type { HouseholdKind } from '../../domain/codes';
import type { IsoDate } from '../../domain/dates';
import type { Check, Household, Move } from '../../domain/household';
import type { LocalTargets } from '../../domain/settings';
import { approvedHousehold, type ApprovedHousehold } from '../../domain/reports/annual-return';
import { applicationSpan, type ApplicationSpan } from '../../domain/reports/applications';
import { financialYear } from '../../domain/reports/financial-year';
import { funnelHousehold, type FunnelHousehold } from '../../domain/reports/funnel';
import { endingsFrom, type Ending } from '../../domain/reports/withdrawals';
import { db } from '../db';
import { summarise, type HouseholdSummary } from './pipeline';
import { settingsRepo } from './settings';

/** What a financial year's reports are worked out from: plain inputs for the domain. */
export interface ReportYearInputs {
  funnel: FunnelHousehold[];
  endings: Ending[];
  /** Households whose timescales may have been settled in the year, with their checks. */
  timescales: { household: Household; checks: Check[]; moves: Move[] }[];
  targets: LocalTargets;
  /** Every household approved by the year's end (31 March), for the annual return. */
  approved: ApprovedHousehold[];
  /** Every move dated in the year, for the return's outcomes. */
  moves: Move[];
  /** Mainstream or connected person, for every household with a move in the year. */
  kinds: Map<string, HouseholdKind>;
  /** Applications that may still have been in progress at 31 March: open now, or ended after it. */
  applications: ApplicationSpan[];
}

/** Households listed behind one number: a page of them, and how many there are in all. */
export interface HouseholdsBehind {
  rows: HouseholdSummary[];
  total: number;
}

/** The moves that start or end a hold: all a deadline needs of a household's history. */
const HOLD_KINDS = new Set<Move['kind']>(['hold', 'resume', 'withdraw', 'close']);

function groupBy<T extends { householdId: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.householdId);
    if (list) list.push(r);
    else out.set(r.householdId, [r]);
  }
  return out;
}

/** At most this many households are listed behind a number; the rest are counted. */
export const BEHIND_LIMIT = 50;

export const reportsRepo = {
  /**
   * Reads only what the year touched, by index ranges: households that enquired in it, every move
   * dated in it (visits, applications, decisions, withdrawals) and households approved in it. For
   * timescales, households still open today are added too: a deadline can pass with no move made.
   * For applications in progress at 31 March, households that ended after it are read as well.
   */
  async yearInputs(start: number): Promise<ReportYearInputs> {
    const { from, to } = financialYear(start);
    const d = db();
    const openNow = (state: Household['state']) =>
      d.households.where('[state+stage]').between([state, Dexie.minKey], [state, Dexie.maxKey]).toArray();
    const [enquired, moves, approved, active, onHold, targets, approvedByYearEnd, approvedLater, endedLater] = await Promise.all([
      d.households.where('enquiryOn').between(from, to, true, true).toArray(),
      d.moves.where('on').between(from, to, true, true).toArray(),
      d.households.where('[stage+stageEnteredOn]').between(['approved', from], ['approved', to], true, true).toArray(),
      openNow('active'),
      openNow('onHold'),
      settingsRepo.localTargets(),
      d.households.where('[stage+stageEnteredOn]').between(['approved', Dexie.minKey], ['approved', to], true, true).toArray(),
      d.households.where('[stage+stageEnteredOn]').between(['approved', to], ['approved', Dexie.maxKey], false, true).toArray(),
      d.moves
        .where('on')
        .above(to)
        .filter((m) => m.kind === 'withdraw' || m.kind === 'close' || m.kind === 'decision')
        .toArray(),
    ]);
    const byId = new Map<string, Household>();
    for (const h of [...enquired, ...approved]) byId.set(h.id, h);
    const open = [...active, ...onHold].filter((h) => h.enquiryOn <= to);
    const missing = [...new Set(moves.map((m) => m.householdId))].filter((id) => !byId.has(id));
    for (const h of await d.households.bulkGet(missing)) if (h) byId.set(h.id, h);
    const movesOf = new Map<string, Move[]>();
    for (const m of moves) movesOf.set(m.householdId, [...(movesOf.get(m.householdId) ?? []), m]);
    const timed = new Map(byId);
    for (const h of open) timed.set(h.id, h);
    const applied = new Map([...timed, ...approvedLater.map((h) => [h.id, h] as const)]);
    const endedIds = [...new Set(endedLater.map((m) => m.householdId))].filter((id) => !applied.has(id));
    for (const h of await d.households.bulkGet(endedIds)) if (h) applied.set(h.id, h);
    // A household approved or ended since the year closed was on the line in it, with no move there.
    for (const [id, h] of applied) timed.set(id, h);
    const [checks, timedMoves] = await Promise.all([
      d.checks.where('householdId').anyOf([...timed.keys()]).toArray(),
      d.moves.where('householdId').anyOf([...timed.keys()]).toArray(),
    ]);
    const checksOf = groupBy(checks);
    const holdsOf = groupBy(timedMoves.filter((m) => HOLD_KINDS.has(m.kind)));
    return {
      funnel: [...byId.values()].map((h) => funnelHousehold(h, movesOf.get(h.id) ?? [])),
      endings: endingsFrom(moves),
      timescales: [...timed.values()].map((household) => ({ household, checks: checksOf.get(household.id) ?? [], moves: holdsOf.get(household.id) ?? [] })),
      targets,
      approved: approvedByYearEnd.map(approvedHousehold),
      moves,
      kinds: new Map([...byId.values()].map((h) => [h.id, h.kind])),
      applications: [...applied.values()].filter((h) => h.enquiryOn <= to).map(applicationSpan),
    };
  },

  /** The earliest enquiry on this device, to offer the years that have data. */
  async earliestEnquiry(): Promise<IsoDate | undefined> {
    return (await db().households.orderBy('enquiryOn').first())?.enquiryOn;
  },

  /** Reference and names of the households behind a count, oldest enquiry first. */
  async householdsBehind(ids: readonly string[], today: IsoDate): Promise<HouseholdsBehind> {
    const found = (await db().households.bulkGet([...new Set(ids)])).filter((h): h is Household => h !== undefined);
    found.sort((a, b) => a.enquiryOn.localeCompare(b.enquiryOn) || a.reference.localeCompare(b.reference));
    return { rows: await summarise(found.slice(0, BEHIND_LIMIT), today), total: found.length };
  },
};
