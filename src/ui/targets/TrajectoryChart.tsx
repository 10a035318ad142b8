import type { IsoDate } from '../../domain/dates';
import type { RecruitmentInputs, RecruitmentPlan, TrajectoryPoint } from '../../domain/recruitment';
import { financialYearFromToday, formatShare } from '../../domain/target-sentences';

/**
 * The required rate is a plan to the target year; run on past it, it would climb beyond any
 * sense (and beyond 100%), so the line and the table stop there.
 */
export function requiredLine(inputs: RecruitmentInputs, plan: RecruitmentPlan): TrajectoryPoint[] {
  return plan.requiredTrajectory.slice(0, inputs.yearsToTarget + 1);
}

const WIDTH = 640;
const HEIGHT = 340;
const LEFT = 56;
/** Room on the right for the lines' direct labels. */
const RIGHT = 150;
const TOP = 16;
const BOTTOM = 40;
const PLOT_W = WIDTH - LEFT - RIGHT;
const PLOT_H = HEIGHT - TOP - BOTTOM;
const LABEL_GAP = 20;
/** "At the required rate" in 15 px bold Arial, with a little to spare. */
const REQUIRED_LABEL_WIDTH = 165;

/** Pushes labels apart so lines ending close together keep readable labels. */
function spread(ys: number[]): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y);
  for (let n = 1; n < order.length; n++) order[n]!.y = Math.max(order[n]!.y, order[n - 1]!.y + LABEL_GAP);
  const overflow = order.at(-1)!.y - (TOP + PLOT_H);
  if (overflow > 0) for (const o of order) o.y -= overflow;
  const out = [...ys];
  for (const o of order) out[o.i] = o.y;
  return out;
}

function describe(inputs: RecruitmentInputs, plan: RecruitmentPlan, today: IsoDate): string {
  const first = plan.trajectory[0]!;
  const last = plan.trajectory.at(-1)!;
  const required = requiredLine(inputs, plan).at(-1)!;
  return (
    `Target ${formatShare(inputs.targetInHouseShare)}. At today’s rate the in-house share goes from ${formatShare(first.inHouseShare)} ` +
    `today to ${formatShare(last.inHouseShare)} in ${financialYearFromToday(today, last.year)}; at the required rate it is ` +
    `${formatShare(required.inHouseShare)} in ${financialYearFromToday(today, required.year)}. ` +
    'The table that follows gives every year.'
  );
}

/**
 * The in-house share by year at today's rate and at the required rate, with the target line.
 * Plain SVG: lines differ by dash pattern and carry their own labels, so colour is never the only
 * cue, and the table beside it holds the same numbers.
 */
export function TrajectoryChart({ inputs, plan, today }: { inputs: RecruitmentInputs; plan: RecruitmentPlan; today: IsoDate }) {
  const lastYear = plan.trajectory.at(-1)!.year;
  const required = requiredLine(inputs, plan);
  const shares = [...plan.trajectory, ...required].map((p) => p.inHouseShare);
  const top = Math.max(1, Math.ceil(Math.max(...shares, inputs.targetInHouseShare) * 4) / 4);
  const x = (year: number) => LEFT + (year / lastYear) * PLOT_W;
  const y = (share: number) => TOP + PLOT_H * (1 - share / top);
  const path = (points: TrajectoryPoint[]) => points.map((p) => `${x(p.year).toFixed(1)},${y(p.inHouseShare).toFixed(1)}`).join(' ');
  const gridShares = Array.from({ length: Math.round(top * 4) + 1 }, (_, i) => i / 4);
  // A financial year ("2029/30") needs about 55 of the plot's 434 units: six gaps at most.
  const step = Math.max(1, Math.ceil(lastYear / 6));
  const ticks = Array.from({ length: Math.floor(lastYear / step) + 1 }, (_, i) => i * step);
  const requiredEnd = required.at(-1)!;
  const requiredAtEdge = requiredEnd.year === lastYear;
  const [todayLabel, targetLabel, edgeLabel] = spread([
    y(plan.trajectory.at(-1)!.inHouseShare),
    y(inputs.targetInHouseShare),
    ...(requiredAtEdge ? [y(requiredEnd.inHouseShare)] : []),
  ]);
  const labelX = LEFT + PLOT_W + 8;
  // Short of the edge, the required line is labelled just above its end: to the right if it fits.
  const fitsRight = x(requiredEnd.year) + 6 + REQUIRED_LABEL_WIDTH <= LEFT + PLOT_W;

  return (
    <figure class="targets-chart">
      <figcaption id="targets-chart-caption">In-house share of foster placements by year, at today’s rate and at the required rate</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby="targets-chart-caption" aria-describedby="targets-chart-desc">
        <desc id="targets-chart-desc">{describe(inputs, plan, today)}</desc>
        <g class="targets-chart__grid">
          {gridShares.map((s) => (
            <g key={s}>
              <line x1={LEFT} x2={LEFT + PLOT_W} y1={y(s)} y2={y(s)} />
              <text x={LEFT - 8} y={y(s) + 5} text-anchor="end">
                {formatShare(s)}
              </text>
            </g>
          ))}
          {ticks.map((k) => (
            <text key={k} x={x(k)} y={TOP + PLOT_H + 24} text-anchor="middle">
              {financialYearFromToday(today, k)}
            </text>
          ))}
        </g>
        <line
          class="targets-chart__target"
          x1={LEFT}
          x2={LEFT + PLOT_W}
          y1={y(inputs.targetInHouseShare)}
          y2={y(inputs.targetInHouseShare)}
        />
        <polyline class="targets-chart__today" points={path(plan.trajectory)} />
        <polyline class="targets-chart__required" points={path(required)} />
        <text class="targets-chart__label targets-chart__label--today" x={labelX} y={todayLabel! + 5}>
          At today’s rate
        </text>
        <text
          class="targets-chart__label targets-chart__label--required"
          x={requiredAtEdge ? labelX : x(requiredEnd.year) + (fitsRight ? 6 : -6)}
          y={requiredAtEdge ? edgeLabel! + 5 : Math.max(TOP + 12, y(requiredEnd.inHouseShare) - 10)}
          text-anchor={requiredAtEdge || fitsRight ? 'start' : 'end'}
        >
          At the required rate
        </text>
        <text class="targets-chart__label targets-chart__label--target" x={labelX} y={targetLabel! + 5}>
          Target {formatShare(inputs.targetInHouseShare)}
        </text>
      </svg>
    </figure>
  );
}
