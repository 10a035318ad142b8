import type { RecruitmentInputs, RecruitmentPlan, TrajectoryPoint } from '../../domain/recruitment';
import { placesPerHousehold, sensitivity, type SensitivityCase, type TargetAssumptions } from '../../domain/target-assumptions';
import { formatNumber, formatShare, targetMarchYear } from '../../domain/target-sentences';
import type { IsoDate } from '../../domain/dates';
import { SummaryList } from '../components/SummaryList';

const CASES: Record<SensitivityCase, string> = {
  lowerConversion: 'Conversion 2 points lower',
  asEntered: 'As entered',
  higherConversion: 'Conversion 2 points higher',
  placesLikeToday: 'New households fill the places today’s do',
};

function kinshipText(assumptions: TargetAssumptions): string {
  const k = formatNumber(assumptions.kinshipPlaces);
  return assumptions.leaveOutKinship
    ? `Kinship placements are left out: the ${k} children with kinship carers are not counted, so the target share is of mainstream in-house and agency placements only.`
    : `Kinship placements are counted in: the ${k} children with kinship carers are part of the in-house placements, as the 54/46 split counts them.`;
}

function leadTimeText(inputs: RecruitmentInputs, assumptions: TargetAssumptions, withLeadTime: TrajectoryPoint[], today: IsoDate): string {
  const months = formatNumber(assumptions.leadTimeMonths, 1);
  const last = withLeadTime.at(-1)!;
  return (
    `A household takes about ${months} months from enquiry to approval, so the chart counts approvals above today’s rate only from ` +
    `${months} months from now; households already enquiring keep today’s rate until then. On that line the in-house share by March ` +
    `${targetMarchYear(today, inputs.yearsToTarget)} is ${formatShare(last.inHouseShare)}, against the target of ${formatShare(inputs.targetInHouseShare)}.`
  );
}

/**
 * What the plan takes for granted, said plainly: kinship in or out, the places each new household
 * fills beside what today's households fill, the lead time, and how the answer moves with conversion.
 */
export function Assumptions(props: {
  inputs: RecruitmentInputs;
  assumptions: TargetAssumptions;
  plan: RecruitmentPlan;
  withLeadTime: TrajectoryPoint[];
  today: IsoDate;
  stale: boolean;
}) {
  const { inputs, assumptions } = props;
  const places = placesPerHousehold(inputs);
  const rows = sensitivity(inputs);
  return (
    <section class={`targets-assumptions${props.stale ? ' targets-results--stale' : ''}`} aria-labelledby="targets-assumptions-heading">
      <h2 id="targets-assumptions-heading">What the plan assumes</h2>
      <p>{kinshipText(assumptions)}</p>
      <SummaryList
        rows={[
          { key: 'Places filled per household today', value: formatNumber(places.today, 2) },
          { key: 'Places assumed per new household', value: formatNumber(places.perNewHousehold, 2) },
        ]}
      />
      <p class="targets-explain">
        Today’s figure is the places lost per household leaving; the new households’ is the places per newly approved household times
        the share of approved places used.
      </p>
      {places.newAboveToday && (
        <div class="warning-text">
          <strong>
            Each new household is assumed to fill more places than your households do today. If new households fill only what today’s do,
            the last row of the table below applies.
          </strong>
        </div>
      )}
      <p>{leadTimeText(inputs, assumptions, props.withLeadTime, props.today)}</p>
      <div class="table-wrap">
        <table class="table table--stack">
          <caption>How the answer moves with conversion and places per household</caption>
          <thead>
            <tr>
              <th scope="col">Case</th>
              <th scope="col" class="numeric">Conversion</th>
              <th scope="col" class="numeric">Places per new household</th>
              <th scope="col" class="numeric">Approvals a year</th>
              <th scope="col" class="numeric">Enquiries a year</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.case}>
                <th scope="row">{CASES[row.case]}</th>
                <td class="numeric" data-label="Conversion">{formatShare(row.conversion)}</td>
                <td class="numeric" data-label="Places per new household">{formatNumber(row.placesPerNewHousehold, 2)}</td>
                {'unavailable' in row.result ? (
                  <td colSpan={2}>{row.result.unavailable}</td>
                ) : (
                  <>
                    <td class="numeric" data-label="Approvals a year">{formatNumber(row.result.approvalsPerYear)}</td>
                    <td class="numeric" data-label="Enquiries a year">{formatNumber(row.result.enquiriesPerYear)}</td>
                  </>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
