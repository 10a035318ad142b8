import { CLOSURE_CODES, isKeyOf, SERVICE_WITHDRAWAL_CODES, WITHDRAWAL_CODES } from '../codes';
import type { IsoDate } from '../dates';
import type { Move } from '../household';
import { PIPELINE_STAGES, type Stage } from '../stages';
import { inPeriod, type Period } from './financial-year';

/**
 * An application that ended off the line: the applicant withdrew (Ofsted's AW codes) or the service
 * closed it (the service's own codes). The stage is the one it left at.
 */
export interface Ending {
  householdId: string;
  on: IsoDate;
  kind: 'withdraw' | 'close';
  stage: Stage;
  code?: string;
}

export function endingsFrom(moves: readonly Move[]): Ending[] {
  return moves.flatMap((m) =>
    m.kind === 'withdraw' || m.kind === 'close' ? [{ householdId: m.householdId, on: m.on, kind: m.kind, stage: m.from, code: m.code }] : [],
  );
}

export interface EndingsByStage {
  stage: Stage;
  withdrawn: string[];
  closed: string[];
}

/** Every stage an application can end at, in line order, with the households that ended there. */
export function endingsByStage(endings: readonly Ending[], period: Period): EndingsByStage[] {
  const inside = endings.filter((e) => inPeriod(e.on, period));
  return PIPELINE_STAGES.map((stage) => ({
    stage,
    withdrawn: inside.filter((e) => e.stage === stage && e.kind === 'withdraw').map((e) => e.householdId),
    closed: inside.filter((e) => e.stage === stage && e.kind === 'close').map((e) => e.householdId),
  }));
}

export type ReasonGroup = 'withdrawal' | 'serviceWithdrawal' | 'closure' | 'none';

export interface EndingsByReason {
  /** The Ofsted or service code; "none" when the record has no code. */
  code: string;
  label: string;
  group: ReasonGroup;
  households: string[];
}

export const NO_CODE = 'none';

/**
 * Every Ofsted withdrawal code, the service's own withdrawal and closure codes, zeros included so the year's return
 * shows each code, then any ending recorded without one.
 */
export function endingsByReason(endings: readonly Ending[], period: Period): EndingsByReason[] {
  const inside = endings.filter((e) => inPeriod(e.on, period));
  const of = (kind: Ending['kind'], code: string) => inside.filter((e) => e.kind === kind && e.code === code).map((e) => e.householdId);
  const rows: EndingsByReason[] = [
    ...Object.entries(WITHDRAWAL_CODES).map(([code, label]) => ({ code, label, group: 'withdrawal' as const, households: of('withdraw', code) })),
    ...Object.entries(SERVICE_WITHDRAWAL_CODES).map(([code, label]) => ({ code, label, group: 'serviceWithdrawal' as const, households: of('withdraw', code) })),
    ...Object.entries(CLOSURE_CODES).map(([code, label]) => ({ code, label, group: 'closure' as const, households: of('close', code) })),
  ];
  const withdrawalCodes = { ...WITHDRAWAL_CODES, ...SERVICE_WITHDRAWAL_CODES };
  const uncoded = inside.filter((e) => !(e.kind === 'withdraw' ? isKeyOf(withdrawalCodes, e.code) : isKeyOf(CLOSURE_CODES, e.code)));
  if (uncoded.length) {
    rows.push({ code: NO_CODE, label: 'No reason recorded', group: 'none', households: uncoded.map((e) => e.householdId) });
  }
  return rows;
}
