import type { Appointment, MoveKind, PanelRecommendation } from '../../domain/household';
import { stageIndex, STAGES, type LineState, type Stage } from '../../domain/stages';
import type { Random } from './random';
import type { Scenario } from './scenarios';

/**
 * A household's history as day offsets from its enquiry (day 0). Working in offsets keeps every
 * event in order; `generate` turns them into dates once it knows which offset is today.
 */
export interface Story {
  /** The offset that is today. Every move is at or before it. */
  now: number;
  moves: StoryMove[];
  dates: Partial<Record<StampedDate, number>>;
  trainingOn?: number;
  panel?: { panelOn?: number; papersSentOn?: number; recommendation?: PanelRecommendation; minutesReceivedOn?: number };
  decision?: {
    decidedOn?: number;
    outcome?: 'approve' | 'doNotApprove';
    qualifyingDeterminationOn?: number;
    review?: { route: 'representations' | 'irm'; on: number; panelOn?: number; recommendation?: PanelRecommendation };
  };
  temporaryApproval?: { startOn: number; extensionWeeks?: number };
  checks?: CheckPlan;
  holdUntil?: number;
  appointments: { kind: Appointment['kind']; on: number; note: string }[];
}

export type StampedDate =
  | 'repliedOn'
  | 'initialVisitOn'
  | 'applicationOn'
  | 'stage1StartedOn'
  | 'proceedDecisionOn'
  | 'stage2StartedOn'
  | 'reportStartedOn'
  | 'reportCompletedOn';

export interface StoryMove {
  kind: MoveKind;
  from: Stage;
  to: Stage;
  stateAfter: LineState;
  on: number;
  code?: string;
  holdUntil?: number;
  noticeOn?: number;
}

export interface CheckPlan {
  startedOn: number;
  /** Checks received up to this offset count; later ones are still outstanding. */
  until: number;
  /** Every check is back, the last on this offset. */
  allBackOn?: number;
  /** How many checks are still outstanding however long they have been out. */
  stuck: number;
}

/** Enquiry dates stay inside the last 18 months, with room for weekend adjustments. */
const MAX_SPAN_DAYS = 530;

/**
 * How many days ago temporary approval started, by pace: 16 weeks is 112 days (168 with the
 * 8-week extension the on-track household has), and "at risk" means ending within 14 days.
 */
const TEMPORARY_APPROVAL_AGE = { onTrack: [140, 148], atRisk: [100, 106], breached: [120, 130] } as const;

/** Walks a household through the stages its scenario reaches, then places today to suit its state and pace. */
export function tell(rng: Random, sc: Scenario): Story {
  const s: Story = { now: 0, moves: [], dates: {}, appointments: [] };
  const kinship = sc.kind === 'connected';
  // Connected-person assessments run faster: the child is already living with the household.
  const span = (min: number, max: number, fast = false) => (fast && kinship ? rng.int(Math.round(min / 2), Math.round(max / 2)) : rng.int(min, max));
  let stage: Stage = 'enquiry';
  let o = 0;

  const move = (kind: MoveKind, to: Stage, stateAfter: LineState, on: number, extra: Partial<StoryMove> = {}) => {
    s.moves.push({ kind, from: stage, to, stateAfter, on, ...extra });
    stage = to;
  };
  const forward = (to: Stage, on: number) => {
    move('forward', to, 'active', on);
    if (to === 'initialVisit') s.dates.initialVisitOn = on;
    if (to === 'application') s.dates.applicationOn = on;
    if (to === 'stage1') s.dates.stage1StartedOn = on;
    if (to === 'stage2') s.dates.stage2StartedOn = s.dates.proceedDecisionOn = on;
    o = on;
  };
  const recommendation: PanelRecommendation = sc.state === 'notApproved' ? 'doNotApprove' : 'approve';

  /** Everything that happens while a stage runs its full course, ending with the move out of it. */
  const complete = (st: Stage) => {
    const e = o;
    switch (st) {
      case 'enquiry':
        s.dates.repliedOn = e + rng.int(0, 1);
        return forward('initialVisit', e + rng.int(2, 12));
      case 'initialVisit':
        return forward('application', e + rng.int(7, 35));
      case 'application':
        return forward('stage1', e + rng.int(3, 14));
      case 'stage1': {
        const back = e + span(25, 60, true);
        s.checks = { startedOn: e, until: back, allBackOn: back, stuck: 0 };
        s.trainingOn = e + rng.int(10, 24);
        return forward('stage2', back + rng.int(2, 12));
      }
      case 'stage2': {
        s.dates.reportStartedOn = e + span(20, 40, true);
        const done = e + span(70, 120, true);
        s.dates.reportCompletedOn = done;
        return forward('panel', done + rng.int(0, 3));
      }
      case 'panel': {
        const panelOn = e + rng.int(10, 30);
        s.panel = { panelOn, papersSentOn: panelOn - rng.int(7, 10), recommendation, minutesReceivedOn: panelOn + rng.int(3, 8) };
        return forward('decision', panelOn);
      }
      case 'decision': {
        const decidedOn = s.panel!.minutesReceivedOn! + rng.int(2, 6);
        s.decision = { decidedOn, outcome: 'approve' };
        move('decision', 'approved', 'active', decidedOn, { code: 'approve' });
        o = decidedOn;
        return;
      }
    }
  };

  /** What happens in a stage before `until` when the household is still in it (or leaves it then). */
  const partial = (st: Stage, until: number) => {
    const e = o;
    if (st === 'enquiry' && e + 1 <= until) s.dates.repliedOn = e + rng.int(0, 1);
    if (st === 'stage1') {
      s.checks = { startedOn: e, until, stuck: 0 };
      const training = e + rng.int(10, 24);
      if (training <= until) s.trainingOn = training;
    }
    if (st === 'stage2') {
      const started = e + span(20, 40, true);
      if (started <= until) s.dates.reportStartedOn = started;
    }
  };

  const leaveAt = sc.state === 'notApproved' ? 'decision' : sc.stage === 'approved' ? 'approved' : sc.stage;
  for (const st of STAGES.slice(0, stageIndex(leaveAt))) complete(st);

  if (sc.stage === 'approved') {
    s.now = o + slack(rng, o);
  } else if (sc.state === 'notApproved') {
    const minutes = o + rng.int(3, 8);
    s.panel = { ...s.panel, minutesReceivedOn: minutes };
    // Never a refusal without a qualifying determination (FSR reg 27): its 28 days pass, or its route ends, first.
    const qd = minutes + rng.int(2, 5);
    s.decision = { qualifyingDeterminationOn: qd };
    move('qualifyingDetermination', 'decision', 'active', qd, { code: 'notApprove' });
    let decidedOn = qd + rng.int(31, 38);
    if (sc.review) {
      const heard = reviewRoute(rng, s, sc.review, qd, move);
      decidedOn = heard + rng.int(3, 7);
    }
    s.decision = { ...s.decision, decidedOn, outcome: 'doNotApprove' };
    move('decision', 'decision', 'notApproved', decidedOn, { code: 'doNotApprove' });
    s.now = decidedOn + slack(rng, decidedOn);
  } else if (sc.state === 'withdrawn' || sc.state === 'closed') {
    const exit = o + exitAfter(rng, sc.stage, kinship);
    partial(sc.stage, exit);
    // Unsuitable at stage 1 is told to the applicants in writing, with reasons, by the day it is recorded.
    const notice = sc.code === 'unsuitableStage1' ? { noticeOn: exit - rng.int(0, 2) } : {};
    move(sc.state === 'withdrawn' ? 'withdraw' : 'close', sc.stage, sc.state, exit, { code: sc.code, ...notice });
    s.now = exit + slack(rng, exit);
  } else if (sc.state === 'onHold') {
    const hold = o + rng.int(3, 20);
    partial(sc.stage, hold);
    if (sc.holdEnded) {
      s.holdUntil = hold + rng.int(21, 60);
      s.now = s.holdUntil + rng.int(3, 30);
    } else {
      s.now = hold + rng.int(5, 40);
      s.holdUntil = s.now + rng.int(7, 60);
    }
    move('hold', sc.stage, 'onHold', hold, { holdUntil: s.holdUntil });
  } else {
    dwell(rng, sc, s, o, partial, move);
  }
  if (kinship) temporaryApproval(rng, sc, s);
  return s;
}

type PartialFn = (st: Stage, until: number) => void;

/** Representations or an IRM application inside the 28 days, then the panel that hears it; returns that panel's day. */
function reviewRoute(rng: Random, s: Story, route: 'representations' | 'irm', qd: number, move: MoveFn): number {
  const on = qd + rng.int(5, 20);
  const panelOn = on + rng.int(14, 35);
  s.decision = { ...s.decision, review: { route, on, panelOn, recommendation: 'doNotApprove' } };
  move(route === 'irm' ? 'independentReview' : 'representations', 'decision', 'active', on);
  move('reviewOutcome', 'decision', 'active', panelOn, { code: 'doNotApprove' });
  return panelOn;
}
type MoveFn = (kind: MoveKind, to: Stage, stateAfter: LineState, on: number, extra?: Partial<StoryMove>) => void;

/** An active household in its current stage, placed so its next deadline matches the pace. */
function dwell(rng: Random, sc: Scenario, s: Story, e: number, partial: PartialFn, move: MoveFn): void {
  const pace = sc.pace ?? 'onTrack';
  const pick = (ranges: Record<typeof pace, [number, number]>) => rng.int(...ranges[pace]);
  switch (sc.stage) {
    case 'enquiry':
      if (pace === 'breached') {
        s.now = e + rng.int(8, 40);
        if (rng.chance(0.5)) s.dates.repliedOn = e + rng.int(3, 6);
      } else {
        s.now = e + rng.int(0, 2);
        if (s.now > e) s.dates.repliedOn = e + 1;
        s.appointments.push({ kind: 'initialVisit', on: s.now + rng.int(1, 4), note: 'Initial visit at home' });
      }
      return;
    case 'stage1':
      if (sc.checksBack) {
        const back = e + rng.int(25, 45);
        s.checks = { startedOn: e, until: back, allBackOn: back, stuck: 0 };
        s.trainingOn = e + rng.int(10, 24);
        s.now = back + (pace === 'breached' ? rng.int(18, 30) : rng.int(2, 5));
      } else {
        s.now = e + pick({ onTrack: [10, 40], atRisk: [47, 55], breached: [66, 110] });
        partial('stage1', s.now);
        s.checks!.stuck = pace === 'breached' ? 2 : pace === 'atRisk' ? 1 : 0;
      }
      break;
    case 'stage2':
      s.now = e + pick({ onTrack: [10, 95], atRisk: [106, 114], breached: [126, 160] });
      if (sc.wasOnHold) s.now = Math.max(s.now, e + 25);
      partial('stage2', s.now);
      break;
    case 'panel':
      s.now = e + rng.int(2, 20);
      if (sc.panelBooked) {
        const panelOn = s.now + pick({ onTrack: [8, 14], atRisk: [11, 14], breached: [2, 4] });
        s.panel = { panelOn, ...(pace === 'onTrack' ? { papersSentOn: s.now - rng.int(0, 1) } : {}) };
        s.appointments.push({ kind: 'panel', on: panelOn, note: 'Fostering panel' });
      }
      break;
    case 'decision': {
      const minutes = e + rng.int(3, 8);
      s.panel = { ...s.panel, recommendation: sc.qualifyingDetermination ? 'doNotApprove' : 'approve', minutesReceivedOn: minutes };
      if (sc.qualifyingDetermination) {
        const qd = minutes + rng.int(2, 5);
        s.decision = { qualifyingDeterminationOn: qd };
        move('qualifyingDetermination', 'decision', 'active', qd, { code: 'notApprove' });
        s.now = qd + rng.int(16, 22);
        if (sc.review === 'irm') {
          // Applied to the IRM inside the 28 days; its panel has not met yet.
          const applied = qd + rng.int(6, 18);
          s.decision.review = { route: 'irm', on: applied };
          move('independentReview', 'decision', 'active', applied);
          s.now = applied + rng.int(20, 40);
        }
      } else {
        s.now = minutes + (pace === 'breached' ? rng.int(12, 20) : rng.int(0, 2));
        s.appointments.push({ kind: 'decision', on: s.now + rng.int(1, 3), note: 'Agency decision maker' });
      }
      break;
    }
    default:
      s.now = e + rng.int(3, 30);
  }
  if (sc.wasOnHold && s.now - e >= 20) {
    const hold = e + rng.int(2, 5);
    const resume = Math.min(hold + rng.int(14, 30), s.now - 2);
    move('hold', sc.stage, 'onHold', hold, { holdUntil: resume });
    move('resume', sc.stage, 'active', resume);
  }
}

/** Connected-person temporary approval (Reg 24), placed so its end date falls where the pace wants it. */
function temporaryApproval(rng: Random, sc: Scenario, s: Story): void {
  const visit = s.dates.initialVisitOn ?? 0;
  if (sc.stage === 'approved') {
    s.temporaryApproval = { startOn: s.dates.applicationOn ?? visit, ...(sc.extension ? { extensionWeeks: 8 } : {}) };
    return;
  }
  if (sc.state !== 'active' || !s.dates.applicationOn) return;
  const [min, max] = TEMPORARY_APPROVAL_AGE[sc.pace ?? 'onTrack'];
  const age = rng.int(min, max);
  // The placement cannot start before the household came forward: stretch today if needed.
  s.now = Math.max(s.now, visit + age);
  s.temporaryApproval = { startOn: s.now - age, ...(sc.extension ? { extensionWeeks: 8 } : {}) };
}

function exitAfter(rng: Random, stage: Stage, kinship: boolean): number {
  const ranges: Partial<Record<Stage, [number, number]>> = {
    enquiry: [1, 20],
    initialVisit: [5, 30],
    application: [3, 14],
    stage1: [20, 50],
    stage2: kinship ? [10, 40] : [20, 90],
  };
  return rng.int(...(ranges[stage] ?? [1, 10]));
}

/** Time since a household's last event, spreading finished households over the 18 months. */
function slack(rng: Random, end: number): number {
  return rng.int(0, Math.max(0, MAX_SPAN_DAYS - end));
}
