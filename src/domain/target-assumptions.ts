/**
 * What the recruitment calculator assumes, made visible: kinship placements in or out of the
 * in-house share, places per new household beside what today's households fill, how the answer
 * moves with conversion, and the lead time before new approvals arrive. The design's formulas in
 * recruitment.ts stay as they are; these functions feed them and read their results.
 */
import { DEFAULT_NEEDS, type NeedPlacements } from './need-categories';
import { planRecruitment, type RecruitmentInputs, type RecruitmentPlan, type TrajectoryPoint } from './recruitment';

export interface TargetAssumptions {
  /** K: of the in-house placements, children placed with connected-person (kinship) carers. */
  kinshipPlaces: number;
  /** Months from enquiry to approval: approvals above today's rate arrive only after this. */
  leadTimeMonths: number;
  /**
   * Kinship placements are for a named child and are not recruited, so a service may leave them
   * out: H becomes H − K and the target share is of mainstream and agency placements alone.
   */
  leaveOutKinship: boolean;
  needs: NeedPlacements;
}

export type CalculatorInputs = RecruitmentInputs & TargetAssumptions;

/** 142 children lived with kinship carers in 2023 (source documents, paragraph 41); 9 months is the national benchmark's 273–281 days. */
export const DEFAULT_ASSUMPTIONS: TargetAssumptions = {
  kinshipPlaces: 142,
  leadTimeMonths: 9,
  leaveOutKinship: false,
  needs: DEFAULT_NEEDS,
};

export const MAX_LEAD_TIME_MONTHS = 60;

export type AssumptionErrors = Partial<Record<'kinshipPlaces' | 'leadTimeMonths', string>>;

/** A scenario saved, or a link made, before these assumptions existed gets their defaults. */
export function withAssumptions(inputs: RecruitmentInputs & Partial<TargetAssumptions>): CalculatorInputs {
  return { ...DEFAULT_ASSUMPTIONS, ...inputs };
}

export function validateAssumptions(inputs: CalculatorInputs): AssumptionErrors {
  const errors: AssumptionErrors = {};
  const k = inputs.kinshipPlaces;
  if (!Number.isFinite(k)) errors.kinshipPlaces = 'Children with kinship carers must be a number';
  else if (k < 0) errors.kinshipPlaces = 'Children with kinship carers must be 0 or more';
  // Only checked against H when it is taken from H: otherwise a smaller H typed alone would need K changed too.
  else if (inputs.leaveOutKinship && Number.isFinite(inputs.inHousePlaces) && k > inputs.inHousePlaces) {
    errors.kinshipPlaces = `Children with kinship carers cannot be more than the ${inputs.inHousePlaces.toLocaleString('en-GB')} children in in-house placements`;
  } else if (inputs.leaveOutKinship && inputs.inHousePlaces - k + inputs.ifaPlaces === 0) {
    errors.kinshipPlaces = 'Leaving kinship placements out leaves no placements to plan for: enter mainstream or agency placements';
  }
  const m = inputs.leadTimeMonths;
  if (!Number.isFinite(m)) errors.leadTimeMonths = 'Time from enquiry to approval must be a number';
  else if (m < 0 || m > MAX_LEAD_TIME_MONTHS) errors.leadTimeMonths = `Time from enquiry to approval must be from 0 to ${MAX_LEAD_TIME_MONTHS} months`;
  return errors;
}

/** The design's inputs as the calculator takes them, kinship left out of H when the switch says so. */
export function recruitmentInputsFor(inputs: CalculatorInputs): RecruitmentInputs {
  const { kinshipPlaces, leadTimeMonths: _lead, leaveOutKinship, needs: _needs, ...recruitment } = inputs;
  return leaveOutKinship ? { ...recruitment, inHousePlaces: recruitment.inHousePlaces - kinshipPlaces + 0 } : recruitment;
}

export interface PlacesPerHousehold {
  /** l: places today's in-house households fill each, as the figure for leavers says. */
  today: number;
  /** c × u: places each newly approved household is assumed to fill. */
  perNewHousehold: number;
  newAboveToday: boolean;
}

export function placesPerHousehold(inputs: RecruitmentInputs): PlacesPerHousehold {
  const today = inputs.placesLostPerDeregistration;
  const perNewHousehold = inputs.placesPerNewHousehold * inputs.placeUtilisation;
  return { today, perNewHousehold, newAboveToday: perNewHousehold > today + 1e-9 };
}

export type SensitivityCase = 'lowerConversion' | 'asEntered' | 'higherConversion' | 'placesLikeToday';

export interface SensitivityRow {
  case: SensitivityCase;
  conversion: number;
  placesPerNewHousehold: number;
  result: { approvalsPerYear: number; enquiriesPerYear: number } | { unavailable: string };
}

/** Conversion moves by 2 percentage points either side of the figure entered. */
export const CONVERSION_STEP = 0.02;

/**
 * The plan again with conversion 2 points lower and higher, and with each new household filling
 * the places today's households fill (c × u = l, by setting c = l / u).
 */
export function sensitivity(inputs: RecruitmentInputs): SensitivityRow[] {
  const r = inputs.enquiryToApprovalRate;
  const cases: [SensitivityCase, RecruitmentInputs, string][] = [
    ['lowerConversion', { ...inputs, enquiryToApprovalRate: r - CONVERSION_STEP }, 'Conversion would be too low to plan with'],
    ['asEntered', inputs, 'The figures entered give no plan'],
    ['higherConversion', { ...inputs, enquiryToApprovalRate: r + CONVERSION_STEP }, 'Conversion would be over 100%'],
    [
      'placesLikeToday',
      { ...inputs, placesPerNewHousehold: inputs.placesLostPerDeregistration / inputs.placeUtilisation },
      'Today’s households fill too few places each to plan with',
    ],
  ];
  return cases.map(([name, varied, unavailable]) => {
    const result = planRecruitment(varied);
    return {
      case: name,
      conversion: varied.enquiryToApprovalRate,
      placesPerNewHousehold: varied.placesPerNewHousehold * varied.placeUtilisation,
      result: result.ok ? { approvalsPerYear: result.plan.approvalsPerYear, enquiriesPerYear: result.plan.enquiriesPerYear } : { unavailable },
    };
  });
}

/**
 * The required rate's line, year 0 to the target year, with the lead time: approvals above
 * today's rate start only once the first extra enquiries could be approved. Year k runs from k − 1
 * to k years from today, so its share of the extra approvals is the part of it after the lead time.
 * Today's rate needs no delay: those households are already in the pipeline.
 */
export function requiredLineWithLeadTime(inputs: RecruitmentInputs, plan: RecruitmentPlan, leadTimeMonths: number): TrajectoryPoint[] {
  const { placesPerNewHousehold: c, placeUtilisation: u, deregistrationsPerYear: d, placesLostPerDeregistration: l } = inputs;
  const leadYears = leadTimeMonths / 12;
  const extra = plan.approvalsPerYear - inputs.approvalsPerYearNow;
  let h = inputs.inHousePlaces;
  let t = inputs.inHousePlaces + inputs.ifaPlaces;
  const points: TrajectoryPoint[] = [];
  for (let year = 0; year <= inputs.yearsToTarget; year++) {
    if (year > 0) {
      const approvals = inputs.approvalsPerYearNow + extra * Math.min(1, Math.max(0, year - leadYears));
      h = Math.max(0, h + approvals * c * u - d * l);
      t = t * (1 + inputs.demandGrowthPerYear);
    }
    points.push({ year, inHousePlaces: h + 0, totalDemand: t + 0, inHouseShare: t > 0 ? h / t + 0 : 0 });
  }
  return points;
}
