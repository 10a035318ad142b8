import { CLOSURE_CODES, isKeyOf, WITHDRAWAL_CODES, type HouseholdKind, type WithdrawalCode } from '../codes';
import type { IsoDate } from '../dates';
import { isInPipeline, type Household, type Move } from '../household';
import type { Stage } from '../stages';
import { approvedHousehold } from './annual-return';
import { inPeriod, type Period } from './financial-year';
import { splitByKind, type ByKind } from './kinds';

/**
 * Applications as Ofsted's annual return counts them: received, completed by outcome, and still
 * in progress at 31 March. An enquiry or initial visit that goes no further never became an
 * application, so it is the service's own ending and is counted apart.
 */

/** Ofsted's AW codes are for withdrawing from an application before panel considers it. */
const BEFORE_PANEL: readonly Stage[] = ['application', 'stage1', 'stage2', 'panel'];
const BEFORE_APPLICATION: readonly Stage[] = ['enquiry', 'initialVisit'];

type EndingMove = Pick<Move, 'householdId' | 'kind' | 'from' | 'on' | 'code'>;
type Kinds = ReadonlyMap<string, HouseholdKind>;

export function isOfstedWithdrawal(m: Pick<Move, 'kind' | 'from' | 'code'>): m is Pick<Move, 'kind' | 'from'> & { code: WithdrawalCode } {
  return m.kind === 'withdraw' && BEFORE_PANEL.includes(m.from) && isKeyOf(WITHDRAWAL_CODES, m.code);
}

export function isNotApprovedDecision(m: Pick<Move, 'kind' | 'code'>): boolean {
  return m.kind === 'decision' && m.code === 'doNotApprove';
}

function wentNoFurther(m: Pick<Move, 'kind' | 'from'>): boolean {
  return (m.kind === 'withdraw' || m.kind === 'close') && BEFORE_APPLICATION.includes(m.from);
}

/** A withdrawal or closure of an application that is none of Ofsted's outcomes: kept so nothing disappears. */
function endedOtherwise(m: EndingMove): boolean {
  return (m.kind === 'withdraw' || m.kind === 'close') && !wentNoFurther(m) && !isOfstedWithdrawal(m);
}

function withKind(moves: readonly EndingMove[], kinds: Kinds): { id: string; kind: HouseholdKind }[] {
  return moves.map((m) => ({ id: m.householdId, kind: kinds.get(m.householdId) ?? 'mainstream' }));
}

function split(moves: readonly EndingMove[], kinds: Kinds): ByKind {
  return splitByKind(withKind(moves, kinds));
}

export interface CompletedApplications {
  approved: ByKind;
  /** Every AW code, zeros included, in the order Ofsted lists them. */
  withdrawn: { code: WithdrawalCode; households: ByKind }[];
  withdrawnAll: ByKind;
  notApproved: ByKind;
  endedOtherwise: ByKind;
  total: ByKind;
}

/**
 * Applications that ended in the period: approved (from `approvals`, the households approved in
 * it), withdrawn before panel with an AW code, not approved after a qualifying determination, or
 * ended another way (closed by the service, or withdrawn after panel or with no AW code).
 */
export function completedApplications(
  moves: readonly EndingMove[],
  approvals: readonly { id: string; kind: HouseholdKind; approvedOn?: IsoDate }[],
  kinds: Kinds,
  period: Period,
): CompletedApplications {
  const inside = moves.filter((m) => inPeriod(m.on, period));
  const withdrawals = inside.filter(isOfstedWithdrawal);
  const approved = approvals.filter((h) => inPeriod(h.approvedOn, period));
  const notApproved = inside.filter(isNotApprovedDecision);
  const otherwise = inside.filter(endedOtherwise);
  return {
    approved: splitByKind(approved),
    withdrawn: (Object.keys(WITHDRAWAL_CODES) as WithdrawalCode[]).map((code) => ({ code, households: split(withdrawals.filter((m) => m.code === code), kinds) })),
    withdrawnAll: split(withdrawals, kinds),
    notApproved: split(notApproved, kinds),
    endedOtherwise: split(otherwise, kinds),
    total: splitByKind([...approved, ...withKind([...withdrawals, ...notApproved, ...otherwise], kinds)]),
  };
}

/** Where an application stood: when it was received and, once it ended (approved or not), when. */
export interface ApplicationSpan {
  id: string;
  kind: HouseholdKind;
  applicationOn?: IsoDate;
  endedOn?: IsoDate;
}

/** An approved household's application ended at approval; one withdrawn, closed or not approved at its last move. */
export function applicationSpan(h: Household): ApplicationSpan {
  const endedOn = isInPipeline(h) ? undefined : h.stage === 'approved' ? approvedHousehold(h).approvedOn : h.lastMoveOn;
  return { id: h.id, kind: h.kind, applicationOn: h.assessment.applicationOn, ...(endedOn ? { endedOn } : {}) };
}

/** Applications received on or before `at` and not yet ended at the end of that day. */
export function inProgressAt(applications: readonly ApplicationSpan[], at: IsoDate): ByKind {
  return splitByKind(applications.filter((a) => a.applicationOn !== undefined && a.applicationOn <= at && !(a.endedOn && a.endedOn <= at)));
}

export interface NoFurtherRow {
  /** A service closure code, "withdrew" for an enquirer who withdrew, or "none" for no code. */
  reason: string;
  label: string;
  households: ByKind;
}

/**
 * Enquiries and initial visits that ended in the period without an application, by the service's
 * closure code (zeros included), then enquirers who withdrew, then any closure with no code.
 */
export function enquiriesNoFurther(moves: readonly EndingMove[], kinds: Kinds, period: Period): NoFurtherRow[] {
  const inside = moves.filter((m) => inPeriod(m.on, period) && wentNoFurther(m));
  const closed = inside.filter((m) => m.kind === 'close');
  const rows: NoFurtherRow[] = [
    ...Object.entries(CLOSURE_CODES).map(([code, label]) => ({ reason: code, label, households: split(closed.filter((m) => m.code === code), kinds) })),
    { reason: 'withdrew', label: 'The enquirer withdrew', households: split(inside.filter((m) => m.kind === 'withdraw'), kinds) },
  ];
  const uncoded = closed.filter((m) => !isKeyOf(CLOSURE_CODES, m.code));
  if (uncoded.length) rows.push({ reason: 'none', label: 'No reason recorded', households: split(uncoded, kinds) });
  return rows;
}
