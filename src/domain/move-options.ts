import type { Household, MoveKind } from './household';
import { isOpen, previousStage } from './stages';

/**
 * The moves worth offering a household now. `planMove` still checks each one (a forward move can
 * be offered and then refused with what is missing), so this only keeps impossible ones off screen.
 */
export function availableMoves(h: Pick<Household, 'stage' | 'state' | 'assessment'>): MoveKind[] {
  if (!isOpen(h.state) || h.stage === 'approved') return [];
  if (h.state === 'onHold') return ['resume', 'withdraw', 'close'];
  const moves: MoveKind[] = [];
  if (h.stage === 'decision') {
    if (!h.assessment.decision?.qualifyingDeterminationOn) moves.push('qualifyingDetermination');
    moves.push('decision');
  } else {
    moves.push('forward');
  }
  if (previousStage(h.stage)) moves.push('back');
  moves.push('hold', 'withdraw', 'close');
  return moves;
}
