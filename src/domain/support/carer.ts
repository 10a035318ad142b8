import type { Household, Instant } from '../household';
import type { IsoDate } from '../dates';
import type { Revised } from '../revision';
import { normaliseTerms, type TermsOfApproval } from '../stored-terms';
import type { DeregistrationRoute, ExitInterview } from './deregistration';
import type { PlacementFacts } from './places';
import type { ExtraReviewCall } from './reviews';
import type { SupportSummary } from './summary';

/**
 * An approved household on the service's register: what the supervising social worker sees. It
 * keeps the household's id, so the pipeline record and the carer page are the same household.
 */
export interface CarerHousehold extends Revised {
  householdId: string;
  reference: string;
  approvedOn: IsoDate;
  /** The terms in force: the decision's, then as changed at review. */
  terms?: TermsOfApproval;
  /** Connected person (kinship) approval: TSD standards are due in 18 months rather than 12. */
  connected: boolean;
  tierId?: string;
  supervisingWorkerId?: string;
  tsdCompletedOn?: IsoDate;
  /** An allegation or significant change since the last review, bringing the next one forward. */
  extraReview?: ExtraReviewCall;
  /** 1 while approved; 0 once deregistered (the household keeps its whole history). */
  onRegister: 0 | 1;
  leftOn?: IsoDate;
  /**
   * Worked out from the household's visits, reviews and placements by every write that changes
   * them; missing on rows written before it was kept, which are worked out when read.
   */
  supportSummary?: SupportSummary;
  isDemo: 0 | 1;
  updatedAt: Instant;
}

/** Written once and never changed: who wrote it and when. */
interface Logged {
  id: string;
  householdId: string;
  by: string;
  at: Instant;
}

export interface SupervisionVisit extends Logged {
  on: IsoDate;
  kind: 'planned' | 'unannounced';
  note: string;
}

export const VISIT_KINDS = { planned: 'Planned', unannounced: 'Unannounced' } as const;

export type ReviewOutcome = 'continue' | 'changeTerms' | 'endApproval';
export const REVIEW_OUTCOMES: Record<ReviewOutcome, string> = {
  continue: 'Approval continues on the same terms',
  changeTerms: 'Approval continues on changed terms',
  endApproval: 'Approval to end',
};

export interface CarerReview extends Logged {
  on: IsoDate;
  toPanel: boolean;
  outcome: ReviewOutcome;
  /** The terms after a change of terms. */
  newTerms?: TermsOfApproval;
  /** Whether the carers agree with the outcome; reducing terms or ending approval against their wishes is a qualifying determination. */
  carersAgree: boolean;
  /** The qualifying determination's date, when one was needed: the 28-day representations/IRM window runs from it. */
  qualifyingOn?: IsoDate;
  note: string;
}

export interface TrainingRecord extends Logged {
  course: string;
  on: IsoDate;
  hours: number;
  provider: string;
}

export interface TierChange extends Logged {
  on: IsoDate;
  /** Undefined when the tier is taken away. */
  tierId?: string;
  fromTierId?: string;
  reason: string;
}

export interface Placement extends Revised, PlacementFacts {
  id: string;
  householdId: string;
  updatedAt: Instant;
}

export interface Deregistration extends Revised {
  householdId: string;
  route: DeregistrationRoute;
  /** Notice received (resignation) or the date of the event. */
  noticeOn: IsoDate;
  /** An earlier date agreed with a resigning household. */
  agreedOn?: IsoDate;
  effectiveOn: IsoDate;
  reason: string;
  exitInterview: ExitInterview;
  note: string;
  by: string;
  at: Instant;
}

/**
 * The carer household an approval makes, with nothing typed again: approval date and terms from the
 * decision. Undefined for a household that is not approved.
 */
export function carerFromApproval(h: Household, at: Instant): CarerHousehold | undefined {
  const decision = h.assessment.decision;
  if (h.stage !== 'approved' || decision?.outcome !== 'approve') return undefined;
  const approvedOn = decision.decidedOn ?? h.stageEnteredOn;
  const terms = normaliseTerms(h.assessment.terms);
  return {
    householdId: h.id,
    reference: h.reference,
    approvedOn,
    ...(terms ? { terms } : {}),
    connected: h.kind === 'connected',
    onRegister: h.deregisteredOn ? 0 : 1,
    ...(h.deregisteredOn ? { leftOn: h.deregisteredOn } : {}),
    isDemo: h.isDemo,
    updatedAt: at,
  };
}
