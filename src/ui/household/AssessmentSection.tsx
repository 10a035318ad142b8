import type { IsoDate } from '../../domain/dates';
import type { HouseholdRecord } from '../../data/repositories/households';
import { AssessmentDecision } from './AssessmentDecision';
import { AssessmentPanel } from './AssessmentPanel';
import { AssessmentStage2 } from './AssessmentStage2';
import { AssessmentTemporaryApproval } from './AssessmentTemporaryApproval';
import { AssessmentTraining } from './AssessmentTraining';

/** Preparation training, stage 2, panel and decision; connected-person households also show temporary approval. */
export function AssessmentSection({ record, today }: { record: HouseholdRecord; today: IsoDate }) {
  const { household, details } = record;
  return (
    <section id="assessment" aria-labelledby="assessment-heading">
      <h2 id="assessment-heading">Assessment</h2>
      {household.kind === 'connected' && <AssessmentTemporaryApproval household={household} namedChild={details.namedChild} today={today} />}
      <AssessmentTraining household={household} today={today} />
      <AssessmentStage2 household={household} today={today} />
      <AssessmentPanel household={household} today={today} namedChild={details.namedChild} />
      <AssessmentDecision household={household} />
    </section>
  );
}
