import { endingCodesFor } from './codes';
import type { IsoDate } from './dates';
import { decisionStep } from './decision-route';
import type { Household, MoveKind } from './household';
import { isOpen, previousStage } from './stages';

/** After panel, the step of the decision route says what can be recorded next (FSR reg 27). */
function decisionMoves(h: Pick<Household, 'assessment'>, today: IsoDate): MoveKind[] {
  const step = decisionStep(h.assessment, today);
  switch (step.step) {
    case 'readyToDecide':
      return ['decision', 'qualifyingDetermination'];
    case 'window':
      return ['representations', 'independentReview'];
    case 'awaitingReview':
      return ['reviewOutcome'];
    case 'decisionDue':
      return ['decision'];
    default:
      return [];
  }
}

/**
 * The moves worth offering a household now. `planMove` still checks each one (a forward move can
 * be offered and then refused with what is missing), so this only keeps impossible ones off screen.
 */
export function availableMoves(h: Pick<Household, 'stage' | 'state' | 'assessment'>, today: IsoDate): MoveKind[] {
  if (h.state === 'withdrawn' || h.state === 'closed') return ['reopen'];
  if (!isOpen(h.state) || h.stage === 'approved') return [];
  const endings = (['withdraw', 'close'] as const).filter((kind) => endingCodesFor(kind, h.stage).length > 0);
  if (h.state === 'onHold') return ['resume', ...endings];
  const moves: MoveKind[] = h.stage === 'decision' ? decisionMoves(h, today) : ['forward'];
  if (previousStage(h.stage)) moves.push('back');
  moves.push('hold', ...endings);
  return moves;
}
