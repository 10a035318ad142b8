import type { IsoDate } from '../../domain/dates';
import type { RecruitmentInputs, RecruitmentPlan, TrajectoryPoint } from '../../domain/recruitment';
import { financialYearFromToday, formatNumber, formatShare } from '../../domain/target-sentences';
import { requiredLine } from './TrajectoryChart';

function Cell({ point, label }: { point: TrajectoryPoint | undefined; label: string }) {
  if (!point) {
    return (
      <td class="numeric" data-label={label}>
        <span aria-hidden="true">–</span>
        <span class="visually-hidden">After the target year</span>
      </td>
    );
  }
  return (
    <td class="numeric" data-label={label}>
      {formatShare(point.inHouseShare)}
      <span class="table__hint">{formatNumber(point.inHousePlaces)} places</span>
    </td>
  );
}

function yearLabel(year: number, inputs: RecruitmentInputs, plan: RecruitmentPlan, today: IsoDate): string {
  const notes = [
    year === 0 && 'today',
    year === inputs.yearsToTarget && 'target year',
    year > 0 && year === plan.yearsToTargetAtCurrentRate && 'reached at today’s rate',
  ].filter(Boolean);
  return `${financialYearFromToday(today, year)}${notes.length ? ` (${notes.join(', ')})` : ''}`;
}

/** The chart's numbers, one row per year, for anyone who cannot or would rather not read the chart. */
export function TrajectoryTable({ inputs, plan, today }: { inputs: RecruitmentInputs; plan: RecruitmentPlan; today: IsoDate }) {
  const required = requiredLine(inputs, plan);
  return (
    <div class="table-wrap targets-trajectory-table">
      <table class="table table--stack">
        <caption>In-house share by year</caption>
        <thead>
          <tr>
            <th scope="col">Financial year</th>
            <th scope="col" class="numeric">At today’s rate</th>
            <th scope="col" class="numeric">At the required rate</th>
            <th scope="col" class="numeric">Foster placements needed</th>
          </tr>
        </thead>
        <tbody>
          {plan.trajectory.map((point, i) => (
            <tr key={point.year} class={point.year === inputs.yearsToTarget ? 'table__row--target' : undefined}>
              <th scope="row">{yearLabel(point.year, inputs, plan, today)}</th>
              <Cell point={point} label="At today’s rate" />
              <Cell point={required[i]} label="At the required rate" />
              <td class="numeric" data-label="Foster placements needed">{formatNumber(point.totalDemand)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
