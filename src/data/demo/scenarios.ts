import type { EndingCode, HouseholdKind } from '../../domain/codes';
import type { LineState, Stage } from '../../domain/stages';
import type { TimescaleStatus } from '../../domain/timescales';

/**
 * The shape of each demo household. Fixed, so every stage, every off-line state and every
 * timescale status is always present; the seed varies names, contacts and exact dates.
 */
export interface Scenario {
  /** The stage reached, or the stage the household left the line at. */
  stage: Stage;
  state: LineState;
  /** For active households: how the next deadline should look today. */
  pace?: TimescaleStatus;
  kind?: HouseholdKind;
  /** On hold: the expected return date has already passed. */
  holdEnded?: boolean;
  /** Active, with an earlier spell on hold in its history. */
  wasOnHold?: boolean;
  /** Stage 1: every check is back and the decision to proceed is awaited. */
  checksBack?: boolean;
  /** Panel: a panel date is booked in the next fortnight. */
  panelBooked?: boolean;
  qualifyingDetermination?: boolean;
  /** After the qualifying determination: the route the applicant took. */
  review?: 'representations' | 'irm';
  /** Connected person: temporary approval extended by 8 weeks. */
  extension?: boolean;
  code?: EndingCode;
}

export const SCENARIOS: readonly Scenario[] = [
  { stage: 'enquiry', state: 'active', pace: 'atRisk' },
  { stage: 'enquiry', state: 'active', pace: 'atRisk' },
  { stage: 'enquiry', state: 'active', pace: 'atRisk' },
  { stage: 'enquiry', state: 'active', pace: 'breached' },
  { stage: 'enquiry', state: 'active', pace: 'breached' },

  { stage: 'initialVisit', state: 'active', pace: 'onTrack' },
  { stage: 'initialVisit', state: 'active', pace: 'onTrack' },
  { stage: 'initialVisit', state: 'active', pace: 'onTrack' },
  { stage: 'initialVisit', state: 'active', pace: 'onTrack' },
  { stage: 'initialVisit', state: 'active', pace: 'onTrack', kind: 'connected' },

  { stage: 'application', state: 'active', pace: 'onTrack' },
  { stage: 'application', state: 'active', pace: 'onTrack' },
  { stage: 'application', state: 'active', pace: 'onTrack' },
  { stage: 'application', state: 'active', pace: 'onTrack' },
  { stage: 'application', state: 'active', pace: 'atRisk', kind: 'connected' },

  { stage: 'stage1', state: 'active', pace: 'onTrack' },
  { stage: 'stage1', state: 'active', pace: 'onTrack' },
  { stage: 'stage1', state: 'active', pace: 'atRisk' },
  { stage: 'stage1', state: 'active', pace: 'atRisk', checksBack: true },
  { stage: 'stage1', state: 'active', pace: 'breached' },
  { stage: 'stage1', state: 'active', pace: 'breached', wasOnHold: true },
  { stage: 'stage1', state: 'active', pace: 'breached', checksBack: true },

  { stage: 'stage2', state: 'active', pace: 'onTrack' },
  { stage: 'stage2', state: 'active', pace: 'onTrack' },
  { stage: 'stage2', state: 'active', pace: 'onTrack', wasOnHold: true },
  { stage: 'stage2', state: 'active', pace: 'atRisk' },
  { stage: 'stage2', state: 'active', pace: 'breached' },
  { stage: 'stage2', state: 'active', pace: 'atRisk', kind: 'connected' },
  { stage: 'stage2', state: 'active', pace: 'onTrack', kind: 'connected', extension: true },

  { stage: 'panel', state: 'active', pace: 'onTrack', panelBooked: true },
  { stage: 'panel', state: 'active', pace: 'atRisk', panelBooked: true },
  { stage: 'panel', state: 'active', pace: 'breached', panelBooked: true },
  { stage: 'panel', state: 'active', pace: 'onTrack' },
  { stage: 'panel', state: 'active', pace: 'onTrack' },

  { stage: 'decision', state: 'active', pace: 'onTrack' },
  { stage: 'decision', state: 'active', pace: 'breached' },
  { stage: 'decision', state: 'active', pace: 'atRisk', qualifyingDetermination: true },

  { stage: 'approved', state: 'active' },
  { stage: 'approved', state: 'active' },
  { stage: 'approved', state: 'active' },
  { stage: 'approved', state: 'active' },
  { stage: 'approved', state: 'active' },
  { stage: 'approved', state: 'active', kind: 'connected' },
  { stage: 'approved', state: 'active', kind: 'connected', extension: true },

  { stage: 'initialVisit', state: 'onHold', holdEnded: true },
  { stage: 'application', state: 'onHold' },
  { stage: 'stage1', state: 'onHold' },
  { stage: 'stage2', state: 'onHold', holdEnded: true },

  { stage: 'enquiry', state: 'withdrawn', code: 'decidedNotToApply' },
  { stage: 'stage1', state: 'withdrawn', code: 'AW1' },
  { stage: 'stage2', state: 'withdrawn', code: 'AW2' },
  { stage: 'stage1', state: 'withdrawn', code: 'AW3' },
  { stage: 'application', state: 'withdrawn', code: 'AW4' },
  { stage: 'stage2', state: 'withdrawn', code: 'AW5' },

  { stage: 'enquiry', state: 'closed', code: 'notProgressed' },
  { stage: 'initialVisit', state: 'closed', code: 'lapsed' },
  { stage: 'stage1', state: 'closed', code: 'unsuitableStage1' },
  { stage: 'stage2', state: 'closed', code: 'counselledOut' },

  { stage: 'decision', state: 'notApproved', qualifyingDetermination: true, review: 'representations' },
  { stage: 'decision', state: 'notApproved', qualifyingDetermination: true },

  // Added after the first set, so the households above keep their references.
  { stage: 'panel', state: 'withdrawn', code: 'AW0' },
  { stage: 'initialVisit', state: 'withdrawn', code: 'decidedNotToApply' },
  { stage: 'decision', state: 'active', pace: 'onTrack', qualifyingDetermination: true, review: 'irm' },
];
