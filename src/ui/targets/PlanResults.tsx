import type { IsoDate } from '../../domain/dates';
import type { RecruitmentInputs, RecruitmentPlan } from '../../domain/recruitment';
import { formatNumber, planSentences, targetMarchYear } from '../../domain/target-sentences';
import { SummaryList } from '../components/SummaryList';
import { savingText } from './input-text';

/**
 * What the plan means, as sentences to paste into a board paper, and the key numbers behind
 * them. While a figure is wrong the last plan that worked stays, greyed, with a note.
 */
export function PlanResults(props: { inputs: RecruitmentInputs; plan: RecruitmentPlan; today: IsoDate; stale: boolean }) {
  const { inputs, plan, today, stale } = props;
  const sentences = planSentences(inputs, plan, today);
  return (
    <section class={`targets-results${stale ? ' targets-results--stale' : ''}`} aria-labelledby="targets-results-heading">
      <h2 id="targets-results-heading">What it takes</h2>
      <div role="status">
        {stale && (
          <p class="targets-results__note">
            <strong>These results are for the last figures that worked.</strong> Correct the figures marked as a problem to
            update them.
          </p>
        )}
      </div>
      <p class="targets-sentences">{sentences.join(' ')}</p>
      <SummaryList
        rows={[
          { key: 'Target', value: `${formatNumber(plan.targetInHousePlaces)} in-house places by March ${targetMarchYear(today, inputs.yearsToTarget)}` },
          { key: 'In-house places to add', value: `${formatNumber(plan.gapPlaces)}` },
          { key: 'Approvals needed', value: `${formatNumber(plan.approvalsPerYear)} households a year` },
          { key: 'Enquiries needed', value: `${formatNumber(plan.enquiriesPerYear)} a year` },
          { key: 'Yearly saving once the gap is closed', value: savingText(plan.yearlySavingAtTarget) },
        ]}
      />
    </section>
  );
}
