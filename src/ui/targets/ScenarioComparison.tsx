import type { ComponentChildren } from 'preact';
import type { TargetPlanRow } from '../../data/db';
import { todayIso } from '../../domain/dates';
import { HORIZON_YEARS, planRecruitment, type RecruitmentPlan } from '../../domain/recruitment';
import { recruitmentInputsFor, withAssumptions, type CalculatorInputs } from '../../domain/target-assumptions';
import { formatNumber, yearFromToday } from '../../domain/target-sentences';
import { TARGET_INPUTS } from '../../domain/targets-form';
import { inputText, savingText } from './input-text';

interface Column {
  row: TargetPlanRow & { inputs: CalculatorInputs };
  plan: RecruitmentPlan | undefined;
}

function reachedText({ row, plan }: Column & { plan: RecruitmentPlan }): string {
  const years = plan.yearsToTargetAtCurrentRate;
  if (years === null) return `Not within ${HORIZON_YEARS} years`;
  return years === 0 ? 'Already reached' : String(yearFromToday(todayIso(new Date(row.savedAt)), years));
}

const RESULTS: { label: string; value: (c: Column & { plan: RecruitmentPlan }) => string }[] = [
  { label: 'Target date', value: (c) => `March ${c.row.targetYear}` },
  { label: 'In-house places to add', value: (c) => formatNumber(c.plan.gapPlaces) },
  { label: 'Households to grow', value: (c) => formatNumber(c.plan.netNewHouseholds) },
  { label: 'Households to replace leavers', value: (c) => formatNumber(c.plan.replacementHouseholds) },
  { label: 'Approvals needed a year', value: (c) => formatNumber(c.plan.approvalsPerYear) },
  { label: 'Enquiries needed a year', value: (c) => formatNumber(c.plan.enquiriesPerYear) },
  { label: 'Target reached at today’s rate', value: reachedText },
  { label: 'Yearly saving once the gap is closed', value: (c) => savingText(c.plan.yearlySavingAtTarget) },
];

function Row({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      {children}
    </tr>
  );
}

/** Two or three saved scenarios side by side: every figure, then every result. */
export function ScenarioComparison({ rows }: { rows: TargetPlanRow[] }) {
  const columns: Column[] = rows.map((row) => {
    // Scenarios saved before the assumptions existed get their defaults.
    const inputs = withAssumptions(row.inputs);
    const result = planRecruitment(recruitmentInputsFor(inputs));
    return { row: { ...row, inputs }, plan: result.ok ? result.plan : undefined };
  });
  const span = columns.length + 1;
  return (
    <div class="table-wrap">
      <table class="table targets-comparison">
        <caption>Comparing {columns.length} scenarios</caption>
        <thead>
          <tr>
            <td />
            {columns.map((c) => (
              <th scope="col" key={c.row.id}>
                {c.row.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="colgroup" colSpan={span} class="targets-comparison__group">
              Figures
            </th>
          </tr>
          {TARGET_INPUTS.map((input) => (
            <Row key={input.key} label={input.label}>
              {columns.map((c) => (
                <td key={c.row.id}>{inputText(input.key, c.row.inputs[input.key])}</td>
              ))}
            </Row>
          ))}
          <tr>
            <th scope="colgroup" colSpan={span} class="targets-comparison__group">
              Results
            </th>
          </tr>
          {RESULTS.map((r) => (
            <Row key={r.label} label={r.label}>
              {columns.map((c) => (
                <td key={c.row.id}>{c.plan ? r.value({ row: c.row, plan: c.plan }) : 'These figures no longer give a plan'}</td>
              ))}
            </Row>
          ))}
        </tbody>
      </table>
    </div>
  );
}
