import { checkSlots } from '../../domain/checks';
import { APPROVAL_TYPES, ENDING_LABELS, isEndingCode, type ApprovalType } from '../../domain/codes';
import { addDays, addMonths, dayOfWeek, type IsoDate } from '../../domain/dates';
import { isInPipeline } from '../../domain/household';
import type {
  Appointment,
  Assessment,
  Check,
  Household,
  HouseholdDetails,
  HouseholdEvent,
  Move,
  Person,
  StaffMember,
} from '../../domain/household';
import { DEFAULT_CHECK_TYPES, DEFAULT_LOCAL_TARGETS, type CheckType, type LocalTargets } from '../../domain/settings';
import { describeMove } from '../../domain/stage-rules';
import { householdDeadlines } from '../../domain/timescales';
import { storedDeadline } from '../../domain/stored-deadline';
import type { TermsOfApproval } from '../../domain/terms';
import { householdTokens } from '../../domain/search-keys';
import { makeContacts, type Members } from './contacts';
import { DEMO_STAFF_NAMES } from './names';
import { seededRandom, type Random } from './random';
import { SCENARIOS, type Scenario } from './scenarios';
import { tell, type CheckPlan, type Story, type StoryMove } from './story';

/** Every row "Load demo data" writes, as plain records ready for `bulkAdd`. */
export interface DemoData {
  households: Household[];
  details: HouseholdDetails[];
  people: Person[];
  checks: Check[];
  moves: Move[];
  appointments: Appointment[];
  events: HouseholdEvent[];
  staff: StaffMember[];
}

export interface DemoOptions {
  today: IsoDate;
  seed?: number;
  targets?: LocalTargets;
  checkTypes?: CheckType[];
}

export const DEMO_SEED = 20_240_601;
/** Demo staff are recognised by id, so "Remove demo data" never touches a real person's entry. */
export const DEMO_STAFF_ID_PREFIX = 'demo-staff-';
/** Demo references start "D-" so they can never take a real household's "H-" number. */
export const DEMO_REFERENCE_PREFIX = 'D-';

const MOVE_FIELDS: Record<Move['kind'], string[]> = {
  forward: ['stage', 'stageEnteredOn', 'lastMoveOn', 'assessment'],
  back: ['stage', 'stageEnteredOn', 'lastMoveOn'],
  hold: ['state', 'holdUntil', 'lastMoveOn'],
  resume: ['state', 'holdUntil', 'lastMoveOn'],
  withdraw: ['state', 'outcomeCode', 'lastMoveOn'],
  close: ['state', 'outcomeCode', 'lastMoveOn'],
  reopen: ['state', 'outcomeCode', 'lastMoveOn'],
  qualifyingDetermination: ['assessment', 'lastMoveOn'],
  representations: ['assessment', 'lastMoveOn'],
  independentReview: ['assessment', 'lastMoveOn'],
  reviewOutcome: ['assessment', 'lastMoveOn'],
  decision: ['stage', 'state', 'stageEnteredOn', 'lastMoveOn', 'assessment'],
};

const MAINSTREAM_APPROVALS = (Object.keys(APPROVAL_TYPES) as ApprovalType[]).filter((t) => t !== 'kinship');

/**
 * About 60 synthetic households across every stage and off-line state, dated relative to
 * `today`. Pure: the same seed and day always give the same records.
 */
export function generateDemoData({ today, seed = DEMO_SEED, targets = DEFAULT_LOCAL_TARGETS, checkTypes = DEFAULT_CHECK_TYPES }: DemoOptions): DemoData {
  const rng = seededRandom(seed);
  const staff: StaffMember[] = DEMO_STAFF_NAMES.map((name, i) => ({ id: `${DEMO_STAFF_ID_PREFIX}${i + 1}`, name, active: 1 }));
  const data: DemoData = { households: [], details: [], people: [], checks: [], moves: [], appointments: [], events: [], staff };
  const phoneSuffixes = rng.sample(Array.from({ length: 1000 }, (_, i) => i), SCENARIOS.length);
  SCENARIOS.forEach((scenario, i) => {
    addHousehold(data, { rng, scenario, index: i, phoneSuffix: phoneSuffixes[i]!, today, targets, checkTypes, staff });
  });
  // Checks wait only while their household is still in the pipeline (see `isInPipeline`).
  const inPipeline = new Set(data.households.filter(isInPipeline).map((h) => h.id));
  for (const check of data.checks) if (!inPipeline.has(check.householdId)) delete check.awaitingSince;
  return data;
}

interface HouseholdInput {
  rng: Random;
  scenario: Scenario;
  index: number;
  phoneSuffix: number;
  today: IsoDate;
  targets: LocalTargets;
  checkTypes: CheckType[];
  staff: StaffMember[];
}

function membersFor(index: number): Members {
  if (index === 17) return 'turningEighteen';
  if (index % 8 === 2) return 'adultChild';
  if (index % 13 === 6) return 'child';
  return 'none';
}

/** Sends a past date off a weekend to the Friday before, a future one to the Monday after. */
function onWeekday(iso: IsoDate, past: boolean): IsoDate {
  const day = dayOfWeek(iso);
  if (day === 6) return addDays(iso, past ? -1 : 2);
  if (day === 0) return addDays(iso, past ? -2 : 1);
  return iso;
}

function addHousehold(data: DemoData, input: HouseholdInput): void {
  const { rng, scenario: sc, index, today, staff } = input;
  const id = `demo-h${String(index + 1).padStart(3, '0')}`;
  const reference = `${DEMO_REFERENCE_PREFIX}${String(index + 1).padStart(4, '0')}`;
  const kind = sc.kind ?? 'mainstream';
  const story = tell(rng, sc);
  // Weekend dates move back in the past and forward in the future: order is kept and no past date passes today.
  const date = (o: number): IsoDate => onWeekday(addDays(today, o - story.now), o <= story.now);
  let seq = 0;
  const instant = (on: IsoDate) => {
    const minutes = 9 * 60 + 5 * seq++;
    return `${on}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00.000Z`;
  };

  const { people, details } = makeContacts(rng, id, kind, membersFor(index), input.phoneSuffix, today);
  // An enquiry that came in today has no worker yet; the last demo staff member is the decision maker.
  const worker = story.now > 0 || sc.stage !== 'enquiry' ? rng.pick(staff.slice(0, 4)) : undefined;
  const assessor = story.dates.stage2StartedOn !== undefined ? rng.pick(staff.slice(0, 4)) : undefined;
  const decisionMaker = staff[staff.length - 1]!;

  const enquiryOn = date(0);
  const createdAt = instant(enquiryOn);
  data.events.push({
    id: `${id}-e0`,
    householdId: id,
    at: createdAt,
    by: worker?.name ?? staff[0]!.name,
    type: 'enquiry',
    summary: `Enquiry recorded (${reference})`,
    fields: Object.keys(details).concat('applicants'),
  });

  const moves = story.moves.map((m, k) => toMove(m, k, id, date, instant, m.kind === 'decision' || m.kind === 'qualifyingDetermination' ? decisionMaker : worker ?? staff[0]!));
  for (const [k, move] of moves.entries()) {
    data.events.push({ id: `${id}-e${k + 1}`, householdId: id, at: move.at, by: move.by, type: 'move', summary: describeMove(move), fields: MOVE_FIELDS[move.kind] });
  }

  const assessment = toAssessment(story, date, kind, rng, sc, decisionMaker, details.namedChild);
  if (assessor) assessment.assessorId = assessor.id;
  const checks = story.checks ? toChecks(story.checks, { id, people, date, rng, types: input.checkTypes, concern: sc.code === 'unsuitableStage1' }) : [];

  let stageEnteredOn = enquiryOn;
  for (const m of moves) if (m.to !== m.from) stageEnteredOn = m.on;
  const last = moves[moves.length - 1];
  const household: Household = {
    id,
    reference,
    kind,
    stage: sc.stage,
    state: sc.state,
    enquiryOn,
    stageEnteredOn,
    lastMoveOn: last?.on ?? enquiryOn,
    ...(worker ? { workerId: worker.id } : {}),
    ...(sc.state === 'onHold' && story.holdUntil !== undefined ? { holdUntil: date(story.holdUntil) } : {}),
    ...((sc.state === 'withdrawn' || sc.state === 'closed') && sc.code ? { outcomeCode: sc.code } : {}),
    ...(sc.state === 'notApproved' ? { outcomeCode: 'notApprovedAfterQd' as const } : {}),
    assessment,
    ...householdTokens(details, people),
    isDemo: 1,
    createdAt,
    updatedAt: last?.at ?? createdAt,
  };
  const deadlines = householdDeadlines(household, checks, input.targets, moves);
  // A new row: a field with no value is left out rather than stored as undefined.
  Object.assign(household, Object.fromEntries(Object.entries(storedDeadline(household, deadlines)).filter(([, v]) => v !== undefined)));

  data.households.push(household);
  data.details.push(details);
  data.people.push(...people);
  data.checks.push(...checks);
  data.moves.push(...moves);
  data.appointments.push(
    ...story.appointments.map((a, k): Appointment => ({ id: `${id}-a${k + 1}`, householdId: id, kind: a.kind, on: date(a.on), note: a.note })),
  );
}

function toMove(m: StoryMove, k: number, householdId: string, date: (o: number) => IsoDate, instant: (on: IsoDate) => string, by: StaffMember): Move {
  const on = date(m.on);
  const reason =
    m.kind === 'close' && m.code === 'unsuitableStage1'
      ? UNSUITABLE_REASONS
      : (m.kind === 'withdraw' || m.kind === 'close') && isEndingCode(m.code)
        ? ENDING_LABELS[m.code]
        : m.kind === 'hold'
          ? 'Asked to pause for family reasons'
          : m.kind === 'qualifyingDetermination'
            ? QD_REASONS
            : undefined;
  return {
    id: `${householdId}-m${k + 1}`,
    householdId,
    kind: m.kind,
    from: m.from,
    to: m.to,
    stateAfter: m.stateAfter,
    on,
    ...(m.code ? { code: m.code } : {}),
    ...(reason ? { reason } : {}),
    ...(m.holdUntil !== undefined ? { holdUntil: date(m.holdUntil) } : {}),
    ...(m.noticeOn !== undefined ? { noticeOn: date(m.noticeOn) } : {}),
    by: by.name,
    at: instant(on),
  };
}

const UNSUITABLE_REASONS = 'A local authority check raised a concern about the safety of children in the home; the applicants were told in writing.';
const QD_REASONS = 'The assessment did not show that the household could meet the needs of children in care safely over time.';
const DECISION_MAKER_ROLE = 'Head of Service, agency decision maker';
const PANEL_CHAIR = 'Independent panel chair';

function toAssessment(
  story: Story,
  date: (o: number) => IsoDate,
  kind: Household['kind'],
  rng: Random,
  sc: Scenario,
  decisionMaker: StaffMember,
  namedChild: string | undefined,
): Assessment {
  const a: Assessment = { training: [] };
  for (const [key, o] of Object.entries(story.dates) as [keyof Story['dates'], number][]) a[key] = date(o);
  if (story.trainingOn !== undefined) {
    a.training.push({ course: kind === 'connected' ? 'Kinship carer preparation' : 'Skills to Foster', attendedOn: date(story.trainingOn) });
  }
  if (story.panel) {
    const p = story.panel;
    a.panel = {
      ...(p.panelOn !== undefined ? { panelOn: date(p.panelOn) } : {}),
      ...(p.papersSentOn !== undefined ? { papersSentOn: date(p.papersSentOn) } : {}),
      ...(p.recommendation ? { recommendation: p.recommendation } : {}),
      ...(p.minutesReceivedOn !== undefined ? { minutesReceivedOn: date(p.minutesReceivedOn) } : {}),
      ...(p.recommendation ? { chair: PANEL_CHAIR } : {}),
    };
    if (p.recommendation === 'approve') a.panel.recommendedTerms = terms(rng, kind, namedChild);
  }
  const maker = { name: decisionMaker.name, role: DECISION_MAKER_ROLE };
  if (story.decision) {
    const d = story.decision;
    const qdOn = d.qualifyingDeterminationOn !== undefined ? date(d.qualifyingDeterminationOn) : undefined;
    const review = d.review && {
      on: date(d.review.on),
      ...(d.review.panelOn !== undefined ? { panelOn: date(d.review.panelOn) } : {}),
      ...(d.review.recommendation ? { recommendation: d.review.recommendation } : {}),
    };
    a.decision = {
      ...(d.decidedOn !== undefined ? { decidedOn: date(d.decidedOn), maker } : {}),
      ...(d.outcome ? { outcome: d.outcome } : {}),
      ...(qdOn ? { qualifyingDeterminationOn: qdOn, qualifying: { on: qdOn, mindedTo: 'notApprove' as const, reasons: QD_REASONS, maker } } : {}),
      ...(review ? { [d.review!.route]: review } : {}),
    };
  }
  if (story.temporaryApproval) {
    const t = story.temporaryApproval;
    a.temporaryApproval = { startOn: date(t.startOn) };
    if (t.extensionWeeks) {
      // Reg 25: decided by the nominated officer in the 15th week, the panel consulted a week before.
      a.temporaryApproval.extensionWeeks = t.extensionWeeks;
      a.temporaryApproval.extension = {
        decidedOn: date(t.startOn + 7 * 15),
        nominatedOfficer: 'Head of Service (demo)',
        reason: 'The Form C assessment needs more time: the second reference is awaited',
        panelConsultedOn: date(t.startOn + 7 * 14),
      };
    }
  }
  // The decision maker approved on the terms the panel recommended.
  if (sc.stage === 'approved') a.terms = a.panel?.recommendedTerms ?? terms(rng, kind, namedChild);
  return a;
}

function terms(rng: Random, kind: Household['kind'], namedChild: string | undefined): TermsOfApproval {
  const ageFrom = rng.int(0, 10);
  const numberOfChildren = kind === 'connected' ? 1 : rng.int(1, 3);
  return {
    types: kind === 'connected' ? ['kinship'] : [rng.pick(MAINSTREAM_APPROVALS)],
    ...(kind === 'connected' && namedChild ? { namedChild } : {}),
    ageFrom,
    ageTo: rng.int(Math.max(ageFrom + 2, 5), 18),
    numberOfChildren,
    siblingGroups: numberOfChildren > 1 && rng.chance(0.6),
  };
}

interface CheckInput {
  id: string;
  people: Person[];
  date: (o: number) => IsoDate;
  rng: Random;
  types: CheckType[];
  /** Closed as unsuitable at stage 1: one check came back with a concern. */
  concern: boolean;
}

const CONCERN_NOTE = 'Considered with the team manager at stage 1; the household was told in writing why the assessment ends.';
/** Long enough that no demo household reaches panel with a check run out. */
const DEMO_EXPIRY_MONTHS = 24;

/** A type with a validity period derives its expiry; other expiring checks get a date well past any demo panel. */
function demoExpiry(type: CheckType, receivedOn: IsoDate): Pick<Check, 'expiresOn'> {
  return type.hasExpiry && !type.validityMonths ? { expiresOn: addMonths(receivedOn, DEMO_EXPIRY_MONTHS) } : {};
}

function toChecks(plan: CheckPlan, { id, people, date, rng, types, concern }: CheckInput): Check[] {
  const byKey = new Map(types.map((t) => [t.key, t]));
  let stuck = plan.stuck;
  let concernLeft = concern;
  const checks: Check[] = [];
  for (const [k, slot] of checkSlots(types, people, date(plan.startedOn)).entries()) {
    const type = byKey.get(slot.type)!;
    const base = { id: `${id}-c${String(k + 1).padStart(2, '0')}`, householdId: id, type: slot.type, label: slot.label, ...(slot.personId ? { personId: slot.personId } : {}) };
    if (!type.required && rng.chance(0.5)) {
      checks.push({ ...base, notNeeded: true });
      continue;
    }
    const requested = Math.min(plan.startedOn + rng.int(0, 5), plan.until);
    let received: number | undefined = requested + rng.int(7, 50);
    if (plan.allBackOn !== undefined) received = Math.min(received, plan.allBackOn);
    else if (concernLeft) received = Math.min(requested + 7, plan.until);
    else if (received > plan.until) received = undefined;
    else if (stuck > 0 && type.required) {
      stuck -= 1;
      received = undefined;
    }
    const requestedOn = date(requested);
    if (received === undefined) {
      checks.push({ ...base, requestedOn, awaitingSince: requestedOn });
      continue;
    }
    const receivedOn = date(received);
    const outcome = concernLeft ? 'concern' : rng.chance(0.12) ? 'informationToConsider' : 'clear';
    checks.push({
      ...base,
      requestedOn,
      receivedOn,
      outcome,
      ...(concernLeft ? { concernNote: CONCERN_NOTE } : {}),
      ...demoExpiry(type, receivedOn),
    });
    concernLeft = false;
  }
  // The last check back sets the date the household's checks were complete.
  const lastBack = checks.filter((c) => c.receivedOn).at(-1);
  if (plan.allBackOn !== undefined && lastBack) {
    lastBack.receivedOn = date(plan.allBackOn);
    const type = byKey.get(lastBack.type)!;
    Object.assign(lastBack, demoExpiry(type, lastBack.receivedOn));
  }
  return checks;
}
