import { FUNNEL_STEP_LABELS, FUNNEL_STEPS, type FunnelPeriod } from '../../domain/reports/funnel';

const WIDTH = 480;
const LABEL_W = 130;
const VALUE_W = 50;
const BAR_H = 36;
const GAP = 14;

/**
 * The year's four steps as horizontal bars. Each bar carries its label and number as text, so
 * nothing depends on colour, and the table beside it holds the same counts by quarter.
 */
export function FunnelChart({ year }: { year: FunnelPeriod }) {
  const counts = FUNNEL_STEPS.map((s) => year.households[s].length);
  const most = Math.max(1, ...counts);
  const plot = WIDTH - LABEL_W - VALUE_W;
  const height = FUNNEL_STEPS.length * (BAR_H + GAP);
  const summary = FUNNEL_STEPS.map((s, i) => `${FUNNEL_STEP_LABELS[s]} ${counts[i]}`).join(', ');
  return (
    <figure class="reports-chart">
      <figcaption id="funnel-chart-caption">The funnel for the whole of {year.period.label}</figcaption>
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-labelledby="funnel-chart-caption" aria-describedby="funnel-chart-desc">
        <desc id="funnel-chart-desc">{summary}. The table gives each quarter.</desc>
        {FUNNEL_STEPS.map((step, i) => {
          const y = i * (BAR_H + GAP);
          const w = (counts[i]! / most) * plot;
          return (
            <g key={step}>
              <text class="reports-chart__label" x={0} y={y + BAR_H / 2 + 6}>
                {FUNNEL_STEP_LABELS[step]}
              </text>
              <rect class="reports-chart__bar" x={LABEL_W} y={y} width={w} height={BAR_H} />
              <text class="reports-chart__value" x={LABEL_W + w + 8} y={y + BAR_H / 2 + 6}>
                {counts[i]}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
