import type { ClosureCode, FosteringInterest, HouseholdKind, HowHeard, WithdrawalCode } from './codes';
import { daysBetween, isIsoDate, type IsoDate } from './dates';
import type { FieldChange } from './field-changes';
import type { Revised } from './revision';
import type { LineState, Stage } from './stages';
import type { StoredTermsOfApproval } from './terms';

/** An ISO instant (`Date.prototype.toISOString()`), for when something was written. */
export type Instant = string;

/**
 * The household as the indexes need it: stage, dates and ids, and no personal details.
 * Names, contact details and notes live in `HouseholdDetails` and `Person`, so they can be
 * encrypted at rest later without touching what the pipeline queries.
 */
export interface Household extends Revised {
  id: string;
  /** A short reference safe to read aloud or write on paper, e.g. "H-0042". */
  reference: string;
  kind: HouseholdKind;
  stage: Stage;
  state: LineState;
  enquiryOn: IsoDate;
  stageEnteredOn: IsoDate;
  /** The date of the latest move; a new move may not be dated before it. */
  lastMoveOn: IsoDate;
  workerId?: string;
  /** On hold: the date the household expects to pick up again. Absent in every other state. */
  holdUntil?: IsoDate;
  /** Withdrawn or closed: the Ofsted or service code. */
  outcomeCode?: WithdrawalCode | ClosureCode;
  assessment: Assessment;
  /** The earliest unmet deadline, kept up to date on every write so the Today page can use an index. */
  nextDeadlineOn?: IsoDate;
  nextDeadlineLabel?: string;
  /**
   * Normalised search and duplicate tokens (name words, postcode, email, phone digits). Derived
   * from the personal fields; when encryption at rest arrives they become keyed hashes.
   */
  searchKeys: string[];
  duplicateKeys: string[];
  /** 1 for synthetic demo households, so "Remove demo data" can find them by index. */
  isDemo: 0 | 1;
  createdAt: Instant;
  updatedAt: Instant;
}

/** Dates and outcomes the assessment collects along the way; all optional until reached. */
export interface Assessment {
  repliedOn?: IsoDate;
  initialVisitOn?: IsoDate;
  applicationOn?: IsoDate;
  stage1StartedOn?: IsoDate;
  /** Decision to proceed to stage 2 (local target: 10 working days after checks are back). */
  proceedDecisionOn?: IsoDate;
  stage2StartedOn?: IsoDate;
  assessorId?: string;
  /** Form F (mainstream) or Form C (connected person). */
  reportStartedOn?: IsoDate;
  reportCompletedOn?: IsoDate;
  training: TrainingAttendance[];
  panel?: PanelRecord;
  decision?: DecisionRecord;
  /** Read through `normaliseTerms` (domain/terms): older records hold a single type. */
  terms?: StoredTermsOfApproval;
  temporaryApproval?: TemporaryApproval;
}

export interface TrainingAttendance {
  course: string;
  attendedOn: IsoDate;
}

export type PanelRecommendation = 'approve' | 'doNotApprove';

export interface PanelRecord {
  panelOn?: IsoDate;
  papersSentOn?: IsoDate;
  recommendation?: PanelRecommendation;
  minutesReceivedOn?: IsoDate;
}

export type DecisionOutcome = 'approve' | 'doNotApprove' | 'qualifyingDetermination';

export interface DecisionRecord {
  /** The agency decision maker's final decision. */
  decidedOn?: IsoDate;
  outcome?: Exclude<DecisionOutcome, 'qualifyingDetermination'>;
  /** A qualifying determination starts the applicant's 28-day window. */
  qualifyingDeterminationOn?: IsoDate;
  /** An application to the Independent Review Mechanism after a qualifying determination. */
  irm?: { appliedOn: IsoDate; panelOn?: IsoDate; recommendation?: PanelRecommendation };
}

/** Connected-person temporary approval (Reg 24): 16 weeks, extendable once by up to 8 (Reg 25). */
export interface TemporaryApproval {
  startOn: IsoDate;
  /** Weeks added by the one extension; kept apart from its details, which older records lack. */
  extensionWeeks?: number;
  extension?: TemporaryApprovalExtension;
}

/** Reg 25: the nominated officer's decision to extend, after consulting the fostering panel. */
export interface TemporaryApprovalExtension {
  decidedOn: IsoDate;
  nominatedOfficer: string;
  reason: string;
  panelConsultedOn: IsoDate;
}

/** Personal details of a household, kept apart from the indexed row. */
export interface HouseholdDetails extends Revised {
  householdId: string;
  email?: string;
  phone?: string;
  postcode: string;
  address?: string;
  howHeard: HowHeard;
  interests: FosteringInterest[];
  enquiryNotes?: string;
  /** Connected person: the child the household came forward for. */
  namedChild?: string;
}

export type PersonRole = 'applicant' | 'member';

export interface Person extends Revised {
  id: string;
  householdId: string;
  role: PersonRole;
  name: string;
  dateOfBirth?: IsoDate;
  relationship?: string;
  /** Order of entry, so the first applicant stays first. */
  order?: number;
}

/** Applicants first, then household members, each in the order they were added. */
export function byHouseholdOrder(a: Person, b: Person): number {
  if (a.role !== b.role) return a.role === 'applicant' ? -1 : 1;
  return (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) || a.name.localeCompare(b.name);
}

export type CheckOutcome = 'clear' | 'informationToConsider' | 'concern';

export interface Check extends Revised {
  id: string;
  householdId: string;
  /** Key into the check types setting. */
  type: string;
  /** The adult a per-person check is for (DBS). */
  personId?: string;
  /** Distinguishes repeated checks of one type: "Personal reference 2". */
  label: string;
  requestedOn?: IsoDate;
  receivedOn?: IsoDate;
  outcome?: CheckOutcome;
  expiresOn?: IsoDate;
  /** Optional checks the worker has marked as not needed for this household. */
  notNeeded?: boolean;
  /**
   * Set while requested and not yet received, and only while the household is in the pipeline
   * (`isInPipeline`), so "outstanding over 4 weeks" is an index range with nothing to filter.
   */
  awaitingSince?: IsoDate;
}

export type MoveKind =
  | 'forward'
  | 'back'
  | 'hold'
  | 'resume'
  | 'withdraw'
  | 'close'
  | 'qualifyingDetermination'
  | 'decision';

/** A move along (or off) the line. Moves are never edited or deleted: history is never overwritten. */
export interface Move {
  id: string;
  householdId: string;
  kind: MoveKind;
  from: Stage;
  to: Stage;
  stateAfter: LineState;
  on: IsoDate;
  reason?: string;
  code?: string;
  holdUntil?: IsoDate;
  by: string;
  at: Instant;
}

/** A planned visit, panel or decision meeting: an appointment, not a move, so it may be in the future. */
export interface Appointment extends Revised {
  id: string;
  householdId: string;
  kind: 'initialVisit' | 'panel' | 'decision' | 'assessmentVisit' | 'other';
  on: IsoDate;
  note?: string;
}

/** One audit entry: who changed what, when. The timeline reads these. */
export interface HouseholdEvent {
  id: string;
  householdId: string;
  at: Instant;
  by: string;
  type: string;
  summary: string;
  /** The fields changed, kept for events written before `changes` existed and for their readers. */
  fields: string[];
  /** Each changed field's old and new value, where the write knew them. */
  changes?: FieldChange[];
}

/** A case note on a household: free text, so personal, kept out of every index but its keys. */
export interface Note {
  id: string;
  householdId: string;
  at: Instant;
  by: string;
  text: string;
}

export interface StaffMember extends Revised {
  id: string;
  name: string;
  active: 0 | 1;
}

/**
 * Still on the way to approval: active or on hold, not yet approved. Only such households carry
 * `nextDeadlineOn`, and only their checks carry `awaitingSince`, so Today and the board can count
 * from the indexes alone.
 */
export function isInPipeline(h: Pick<Household, 'state' | 'stage'>): boolean {
  return (h.state === 'active' || h.state === 'onHold') && h.stage !== 'approved';
}

/**
 * Whole days the household has been in its current stage, or undefined once it has left the line
 * (withdrawn, closed, not approved: the count would otherwise keep growing) or if the date is bad.
 */
export function daysInStage(h: Pick<Household, 'state' | 'stageEnteredOn'>, today: IsoDate): number | undefined {
  if ((h.state !== 'active' && h.state !== 'onHold') || !isIsoDate(h.stageEnteredOn)) return undefined;
  return Math.max(0, daysBetween(h.stageEnteredOn, today));
}

export function emptyAssessment(): Assessment {
  return { training: [] };
}
