import { useState } from 'preact/hooks';
import type { IsoDate } from '../../domain/dates';
import type { Household, MoveKind } from '../../domain/household';
import { decisionStep, decisionStepText } from '../../domain/decision-route';
import { availableMoves } from '../../domain/move-options';
import { describeMove } from '../../domain/stage-rules';
import { LINE_STATE_LABELS, STAGE_LABELS, nextStage, previousStage } from '../../domain/stages';
import { closeOnEscape } from '../components/close-on-escape';
import { SuccessBanner } from '../components/SuccessBanner';
import { useStoredDrafts } from '../components/use-form-draft';
import { MoveForm } from './MoveForm';

interface MoveAction {
  /** The button that opens the form. */
  label: string;
  /** The form's submit button. */
  submit: string;
}

function actionFor(kind: MoveKind, h: Pick<Household, 'stage'>): MoveAction {
  const next = nextStage(h.stage);
  const prev = previousStage(h.stage);
  switch (kind) {
    case 'forward':
      return { label: `Move to ${next ? STAGE_LABELS[next] : ''}`, submit: 'Save move' };
    case 'back':
      return { label: `Move back to ${prev ? STAGE_LABELS[prev] : ''}`, submit: 'Save move' };
    case 'hold':
      return { label: 'Put on hold', submit: 'Save move' };
    case 'resume':
      return { label: 'Take off hold', submit: 'Save move' };
    case 'withdraw':
      return { label: 'Withdraw', submit: 'Withdraw household' };
    case 'close':
      return { label: 'Close', submit: 'Close household' };
    case 'reopen':
      return { label: 'Reopen', submit: 'Reopen household' };
    case 'qualifyingDetermination':
      return { label: 'Record qualifying determination', submit: 'Save qualifying determination' };
    case 'representations':
      return { label: 'Record representations received', submit: 'Save representations' };
    case 'independentReview':
      return { label: 'Record IRM application', submit: 'Save IRM application' };
    case 'reviewOutcome':
      return { label: 'Record the recommendation after review', submit: 'Save recommendation' };
    case 'decision':
      return { label: 'Record decision', submit: 'Save decision' };
  }
}

function noMovesText(h: Household): string {
  if (h.stage === 'approved' && h.state === 'active') return 'This household is approved. It has left the recruitment pipeline.';
  if (h.state === 'notApproved') return 'This household was not approved after a qualifying determination. A new application starts with a new enquiry.';
  return `This household is ${LINE_STATE_LABELS[h.state].toLowerCase()}. It can no longer be moved.`;
}

/** The moves valid now, each opening its own small form; the outcome shows in a banner. */
export function MovePanel({
  household,
  today,
  onErrors,
  namedChild,
}: {
  household: Household;
  today: IsoDate;
  onErrors: (has: boolean) => void;
  namedChild?: string;
}) {
  const [open, setOpen] = useState<MoveKind | undefined>();
  const [reopened, setReopened] = useState(false);
  const [banner, setBanner] = useState<{ key: number; text: string } | undefined>();
  const kinds = availableMoves(household, today);

  // Cancel discards what was typed; Escape only closes, keeping it as the move's draft.
  const closeForm = () => {
    if (open) document.getElementById(`move-action-${open}`)?.focus();
    setOpen(undefined);
  };

  const openForm = (kind: MoveKind) => {
    setBanner(undefined);
    setReopened(false);
    setOpen(kind);
  };

  // A move half-typed on an earlier visit opens again, if that move is still possible.
  useStoredDrafts(`move:${household.id}:`, (drafts) => {
    const kind = kinds.find((k) => drafts.includes(k));
    if (!kind) return;
    setReopened(true);
    setOpen((now) => now ?? kind);
  });

  return (
    <section id="move" aria-labelledby="move-heading">
      <h2 id="move-heading">Move this household</h2>
      {banner && (
        <SuccessBanner key={banner.key} focus>
          {banner.text}
        </SuccessBanner>
      )}
      {household.stage === 'decision' && household.state === 'active' && <p id="decision-step">{decisionStepText(decisionStep(household.assessment, today))}</p>}
      {kinds.length === 0 ? (
        <p>{noMovesText(household)}</p>
      ) : (
        <div class="button-group">
          {kinds.map((kind) => (
            <button
              key={kind}
              id={`move-action-${kind}`}
              type="button"
              class={`button${kind === 'forward' || kind === 'decision' ? '' : ' button--secondary'}`}
              aria-expanded={open === kind}
              aria-controls={open === kind ? 'move-form' : undefined}
              onClick={() => openForm(kind)}
            >
              {actionFor(kind, household).label}
            </button>
          ))}
        </div>
      )}
      {open && kinds.includes(open) && (
        <div id="move-form" class="two-thirds" onKeyDown={closeOnEscape(closeForm)}>
          <MoveForm
            key={open}
            kind={open}
            wording={(from) => ({ title: actionFor(open, from).label, submit: actionFor(open, from).submit })}
            household={household}
            today={today}
            onErrors={onErrors}
            reopened={reopened}
            namedChild={namedChild}
            onCancel={closeForm}
            onDone={(move) => {
              setOpen(undefined);
              setBanner({ key: Date.now(), text: describeMove(move) });
            }}
          />
        </div>
      )}
    </section>
  );
}
