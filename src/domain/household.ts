import type { EndingCode, FosteringInterest, HouseholdKind, HowHeard } from './codes';
import { daysBetween, isIsoDate, type IsoDate } from './dates';
import type { FieldChange } from './field-changes';
import type { Revised } from './revision';
import type { LineState, Stage } from './stages';
import type { StoredTermsOfApproval, TermsOfApproval } from './terms';

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
  /** Withdrawn, closed or not approved: the Ofsted or service code. */
  outcomeCode?: EndingCode;
  assessment: Assessment;
  /** The date approval ended (resignation, termination, transfer, death); recorded once approved carers are kept. */
  deregisteredOn?: IsoDate;
  /** The earliest unmet deadline, kept up to date on every write so the Today page can use an index. */
  nextDeadlineOn?: IsoDate;
  nextDeadlineLabel?: string;
  /** The first day any open deadline is at risk (`firstAtRiskOn`); not indexed, worked out with the next deadline. */
  nextDeadlineAtRiskOn?: IsoDate;
  /** Indexed for Today's lists, worked out with the next deadline (see `todayKeys`); from version 11. */
  atRiskKeys?: [IsoDate, IsoDate][];
  temporaryApprovalDueOn?: IsoDate;
  /**
   * Normalised search and duplicate tokens (name words, postcode, email, phone digits). Derived
   * from the personal fields; when encryption at rest arrives they become keyed hashes.
   */
  searchKeys: string[];
  /** The name words of `searchKeys` alone: the vocabulary a search forgiving a typo checks. */
  nameKeys: string[];
  duplicateKeys: string[];
  /**
   * Copies of what a list row, board card or link shows ("Ann Sample and Bo Sample", the postcode),
   * kept with the tokens so a page of 25 households is one read. Absent on rows from before version 8.
   */
  listNames?: string;
  listPostcode?: string;
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
  /** Who chaired the panel that made the recommendation. */
  chair?: string;
  recommendation?: PanelRecommendation;
  /** The terms the panel recommended, when it recommended approval. */
  recommendedTerms?: TermsOfApproval;
  /** The final (agreed) minutes: the decision maker decides on them, so nothing is decided before. */
  minutesReceivedOn?: IsoDate;
}

export type DecisionOutcome = 'approve' | 'doNotApprove';

/** The agency decision maker (FSR reg 27), named on every determination. */
export interface DecisionMaker {
  name: string;
  role: string;
}

/** What the decision maker is minded to do in a qualifying determination. */
export type MindedTo = 'notApprove' | 'otherTerms';

/**
 * A qualifying determination (FSR reg 27(4)): the decision maker is minded not to approve, or to
 * approve on terms other than those the panel recommended. The applicant then has 28 days to make
 * representations to the service or to apply to the Independent Review Mechanism.
 */
export interface QualifyingDetermination {
  on: IsoDate;
  mindedTo: MindedTo;
  reasons: string;
  maker: DecisionMaker;
  /** Minded to approve on other terms: those terms. */
  proposedTerms?: TermsOfApproval;
}

/** Representations to the service, or an application to the IRM, and the panel that heard it. */
export interface ReviewRoute {
  /** Representations received, or the IRM application made. */
  on: IsoDate;
  /** The date the fostering panel (representations) or the IRM panel reconsidered the case. */
  panelOn?: IsoDate;
  recommendation?: PanelRecommendation;
}

export interface DecisionRecord {
  /** The agency decision maker's final decision. */
  decidedOn?: IsoDate;
  outcome?: DecisionOutcome;
  maker?: DecisionMaker;
  qualifying?: QualifyingDetermination;
  /** The date of the qualifying determination, kept beside `qualifying` for older records and indexes' readers. */
  qualifyingDeterminationOn?: IsoDate;
  representations?: ReviewRoute;
  irm?: ReviewRoute;
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

type HouseholdOrdered = Pick<Person, 'name' | 'order'> & { role: string };

/** Applicants first, then household members, each in the order they were added. */
export function byHouseholdOrder(a: HouseholdOrdered, b: HouseholdOrdered): number {
  if (a.role !== b.role) return a.role === 'applicant' ? -1 : 1;
  return (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) || a.name.localeCompare(b.name);
}

export type CheckOutcome = 'clear' | 'informationToConsider' | 'concern' | 'specifiedOffence';

export interface Check extends Revised {
  id: string;
  householdId: string;
  /** Key into the check types setting. */
  type: string;
  /** The person a per-person check is for (an applicant, an adult or a child). */
  personId?: string;
  /** Distinguishes repeated checks of one type: "Personal reference 2". */
  label: string;
  requestedOn?: IsoDate;
  receivedOn?: IsoDate;
  outcome?: CheckOutcome;
  expiresOn?: IsoDate;
  /** How a concern was considered before panel; a concern without one holds up panel. */
  concernNote?: string;
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
  | 'reopen'
  | 'qualifyingDetermination'
  | 'representations'
  | 'independentReview'
  | 'reviewOutcome'
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
  /** Unsuitable at stage 1: the date of the written notice to the applicants (FSR reg 26(2)). */
  noticeOn?: IsoDate;
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
  /**
   * The hash chain the entry is linked into (see audit-chain.ts): `<householdId> <digest id>`, one
   * per household and device, so entries merged in from another device keep their own chain.
   * Absent on entries written before chains were kept.
   */
  chain?: string;
  chainSeq?: number;
  chainPrev?: string;
  chainHash?: string;
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
