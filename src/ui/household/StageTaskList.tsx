import { checksOutstanding, checksOutstandingWords, type CheckRules } from '../../domain/checks';
import { formatDate, type IsoDate } from '../../domain/dates';
import type { Household, Move } from '../../domain/household';
import { forwardBlockers } from '../../domain/stage-rules';
import { LINE_STATE_LABELS, STAGES, STAGE_LABELS, isOpen, stageIndex, type Stage } from '../../domain/stages';
import type { HouseholdRecord } from '../../data/repositories/households';
import { Tag } from '../components/Tag';

/** The part of the page where the work of each stage is recorded. */
const STAGE_SECTION: Record<Stage, string> = {
  enquiry: '#people',
  initialVisit: '#people',
  application: '#people',
  stage1: '#checks',
  stage2: '#assessment',
  panel: '#assessment',
  decision: '#assessment',
  approved: '#assessment',
};

/** When the household last arrived at a stage: moves first, then the dates the assessment stamps. */
function reachedOn(stage: Stage, household: Household, moves: Move[]): IsoDate | undefined {
  const arrivals = moves.filter((m) => m.to === stage && m.from !== stage);
  const latest = arrivals[arrivals.length - 1];
  if (latest) return latest.on;
  const a = household.assessment;
  const stamped: Partial<Record<Stage, IsoDate | undefined>> = {
    enquiry: household.enquiryOn,
    initialVisit: a.initialVisitOn,
    application: a.applicationOn,
    stage1: a.stage1StartedOn,
    stage2: a.stage2StartedOn,
  };
  return stamped[stage];
}

interface Row {
  stage: Stage;
  status: preact.ComponentChildren;
  hints: string[];
  linked: boolean;
}

function rowFor(stage: Stage, record: HouseholdRecord, unraisedChecks: number, checkRules?: CheckRules): Row {
  const { household: h, checks, moves } = record;
  const i = stageIndex(stage);
  const current = stageIndex(h.stage);
  const reached = reachedOn(stage, h, moves);
  const reachedHint = reached ? [`Reached ${formatDate(reached)}`] : [];
  // Stage 2 may start while checks are still out: stage 1 is not complete until every check is done.
  const left = checksOutstanding(checks, unraisedChecks);
  const checksLeft = stage === 'stage1' && left.outstanding > 0 ? [checksOutstandingWords(left)] : [];
  if (i < current && checksLeft.length) {
    return { stage, status: <Tag tone="inProgress">Checks outstanding</Tag>, hints: [...reachedHint, ...checksLeft], linked: true };
  }
  if (i < current || (i === current && stage === 'approved')) {
    return { stage, status: 'Completed', hints: reachedHint, linked: true };
  }
  if (i === current) {
    if (h.state === 'active') {
      return { stage, status: <Tag tone="inProgress">In progress</Tag>, hints: [...reachedHint, ...checksLeft, ...forwardBlockers(h, checks, unraisedChecks, checkRules)], linked: true };
    }
    return { stage, status: <Tag tone={h.state}>{LINE_STATE_LABELS[h.state]}</Tag>, hints: [...reachedHint, ...checksLeft], linked: true };
  }
  return { stage, status: isOpen(h.state) ? 'Cannot start yet' : 'Not reached', hints: [], linked: false };
}

/** GOV.UK task list of the stages, enquiry to approval, with what stops the current one moving on. */
export function StageTaskList({ record, unraisedChecks, checkRules }: { record: HouseholdRecord; unraisedChecks: number; checkRules?: CheckRules }) {
  return (
    <section aria-labelledby="stages-heading">
      <h2 id="stages-heading">Stages</h2>
      <ul class="task-list">
        {STAGES.map((stage) => {
          const row = rowFor(stage, record, unraisedChecks, checkRules);
          const hintId = `stage-${stage}-hint`;
          const statusId = `stage-${stage}-status`;
          const describedBy = [row.hints.length ? hintId : '', statusId].filter(Boolean).join(' ');
          return (
            <li class={`task-list__item${row.linked ? '' : ' task-list__item--cannot-start'}`} key={stage}>
              <div class="task-list__name">
                {row.linked ? (
                  <a href={STAGE_SECTION[stage]} aria-describedby={describedBy}>
                    {STAGE_LABELS[stage]}
                  </a>
                ) : (
                  <span>{STAGE_LABELS[stage]}</span>
                )}
                {row.hints.length > 0 && (
                  <div class="task-list__hint" id={hintId}>
                    {row.hints.map((hint) => (
                      <div key={hint}>{hint}</div>
                    ))}
                  </div>
                )}
              </div>
              <div class="task-list__status" id={statusId}>
                {row.status}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
