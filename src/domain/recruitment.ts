/**
 * The recruitment-target calculator: how many households the service must approve each year to
 * reach a target in-house share of foster placements, how many enquiries that takes, how long
 * today's rate would take, and what closing the gap saves. Formulas are design.md's, exactly.
 */

export interface RecruitmentInputs {
  /** H: children in in-house foster placements now. */
  inHousePlaces: number;
  /** I: children in independent fostering agency placements now. */
  ifaPlaces: number;
  /** p: target in-house share, 0–1. */
  targetInHouseShare: number;
  /** g: yearly growth of total foster placement demand (0.02 = 2%). */
  demandGrowthPerYear: number;
  /** Y: years to reach the target. */
  yearsToTarget: number;
  /** c: places offered per newly approved household. */
  placesPerNewHousehold: number;
  /** u: share of approved places actually used, 0–1. */
  placeUtilisation: number;
  /** d: households deregistering per year. */
  deregistrationsPerYear: number;
  /** l: places lost per deregistering household. */
  placesLostPerDeregistration: number;
  /** r: households approved per enquiry, 0–1. */
  enquiryToApprovalRate: number;
  /** A: approvals per year at today's rate. */
  approvalsPerYearNow: number;
  /** wI: weekly cost of an IFA place, pounds. */
  weeklyCostIfa: number;
  /** wH: weekly cost of an in-house place, pounds. */
  weeklyCostInHouse: number;
}

export interface TrajectoryPoint {
  year: number;
  inHousePlaces: number;
  totalDemand: number;
  inHouseShare: number;
}

export interface RecruitmentPlan {
  totalDemand: number;
  targetInHousePlaces: number;
  gapPlaces: number;
  netNewHouseholds: number;
  replacementHouseholds: number;
  approvalsPerYear: number;
  enquiriesPerYear: number;
  yearlySavingAtTarget: number;
  /** 0 when the target is already met; null when today's rate does not reach it within 50 years. */
  yearsToTargetAtCurrentRate: number | null;
  /** At today's approval rate, year 0 (today) to at least year Y and the year the target is reached. */
  trajectory: TrajectoryPoint[];
  /** The same years at the required approval rate, for the chart's second line. */
  requiredTrajectory: TrajectoryPoint[];
}

export type RecruitmentErrors = Partial<Record<keyof RecruitmentInputs, string>>;

export type RecruitmentResult = { ok: true; plan: RecruitmentPlan } | { ok: false; errors: RecruitmentErrors };

/** The source documents' 2022/23 figures (design.md). */
export const DEFAULT_RECRUITMENT_INPUTS: RecruitmentInputs = {
  inHousePlaces: 284,
  ifaPlaces: 250,
  targetInHouseShare: 0.7,
  demandGrowthPerYear: 0,
  yearsToTarget: 3,
  placesPerNewHousehold: 27 / 18,
  placeUtilisation: 1,
  deregistrationsPerYear: 24,
  placesLostPerDeregistration: 142 / 175,
  enquiryToApprovalRate: 18 / 114,
  approvalsPerYearNow: 18,
  weeklyCostIfa: 1000,
  weeklyCostInHouse: 388,
};

export const HORIZON_YEARS = 50;

/**
 * Rounds up, but treats a value within floating-point noise of a whole number as that number:
 * 0.55 × 100 is 55 (not 56), and 33 ÷ (18/114) is 209 (not 210).
 */
export function ceilExact(x: number): number {
  const nearest = Math.round(x);
  if (Math.abs(x - nearest) <= 1e-9 * Math.max(1, Math.abs(x))) return nearest + 0;
  return Math.ceil(x) + 0;
}

/** Adding 0 turns -0 into 0, so nothing ever shows as "-0". */
function clean(x: number): number {
  return x + 0;
}

const LABELS: Record<keyof RecruitmentInputs, string> = {
  inHousePlaces: 'Children in in-house placements',
  ifaPlaces: 'Children in agency placements',
  targetInHouseShare: 'Target in-house share',
  demandGrowthPerYear: 'Yearly growth in demand',
  yearsToTarget: 'Years to reach the target',
  placesPerNewHousehold: 'Places per newly approved household',
  placeUtilisation: 'Share of approved places used',
  deregistrationsPerYear: 'Households leaving each year',
  placesLostPerDeregistration: 'Places lost per household leaving',
  enquiryToApprovalRate: 'Enquiries that end in approval',
  approvalsPerYearNow: 'Approvals a year at today’s rate',
  weeklyCostIfa: 'Weekly cost of an agency place',
  weeklyCostInHouse: 'Weekly cost of an in-house place',
};

export function validateRecruitmentInputs(inputs: RecruitmentInputs): RecruitmentErrors {
  const errors: RecruitmentErrors = {};
  const finite = (k: keyof RecruitmentInputs) => {
    const v = inputs[k];
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      errors[k] = `${LABELS[k]} must be a number`;
      return undefined;
    }
    return v;
  };
  // Upper limits far beyond any English council keep every product finite.
  const count = (k: keyof RecruitmentInputs, max = 100_000) => {
    const v = finite(k);
    if (v !== undefined && v < 0) errors[k] = `${LABELS[k]} must be 0 or more`;
    else if (v !== undefined && v > max) errors[k] = `${LABELS[k]} must be ${max.toLocaleString('en-GB')} or less`;
  };
  // Lower limits keep divisions finite: a share of 0.1% or places of 0.1 is already far outside practice.
  const share = (k: keyof RecruitmentInputs) => {
    const v = finite(k);
    if (v !== undefined && (v <= 0 || v > 1)) errors[k] = `${LABELS[k]} must be more than 0% and no more than 100%`;
    else if (v !== undefined && v < 0.001) errors[k] = `${LABELS[k]} must be at least 0.1%`;
  };
  const positive = (k: keyof RecruitmentInputs, max: number) => {
    const v = finite(k);
    if (v !== undefined && v <= 0) errors[k] = `${LABELS[k]} must be more than 0`;
    else if (v !== undefined && v < 0.1) errors[k] = `${LABELS[k]} must be at least 0.1`;
    else if (v !== undefined && v > max) errors[k] = `${LABELS[k]} must be ${max} or less`;
  };

  // Children are counted whole: a fraction of one made the share of an almost-empty service infinite.
  const children = (k: keyof RecruitmentInputs) => {
    count(k);
    if (!errors[k] && !Number.isInteger(inputs[k])) errors[k] = `${LABELS[k]} must be a whole number`;
  };

  children('inHousePlaces');
  children('ifaPlaces');
  share('targetInHouseShare');
  const g = finite('demandGrowthPerYear');
  if (g !== undefined && (g < -0.5 || g > 0.5)) errors.demandGrowthPerYear = `${LABELS.demandGrowthPerYear} must be between -50% and 50%`;
  const y = finite('yearsToTarget');
  if (y !== undefined && (!Number.isInteger(y) || y < 1 || y > HORIZON_YEARS)) {
    errors.yearsToTarget = `${LABELS.yearsToTarget} must be a whole number from 1 to ${HORIZON_YEARS}`;
  }
  positive('placesPerNewHousehold', 20);
  share('placeUtilisation');
  count('deregistrationsPerYear');
  count('placesLostPerDeregistration', 20);
  share('enquiryToApprovalRate');
  count('approvalsPerYearNow');
  count('weeklyCostIfa');
  count('weeklyCostInHouse');
  if (!errors.inHousePlaces && !errors.ifaPlaces && inputs.inHousePlaces + inputs.ifaPlaces === 0) {
    errors.inHousePlaces = 'Enter the children in in-house or agency placements: both cannot be 0';
  }
  return errors;
}

function trajectory(inputs: RecruitmentInputs, approvalsPerYear: number, years: number): TrajectoryPoint[] {
  const { placesPerNewHousehold: c, placeUtilisation: u, deregistrationsPerYear: d, placesLostPerDeregistration: l } = inputs;
  let h = inputs.inHousePlaces;
  let t = inputs.inHousePlaces + inputs.ifaPlaces;
  const points: TrajectoryPoint[] = [];
  for (let year = 0; year <= years; year++) {
    if (year > 0) {
      // Places cannot fall below none, whatever the leaving rate.
      h = Math.max(0, h + approvalsPerYear * c * u - d * l);
      t = t * (1 + inputs.demandGrowthPerYear);
    }
    points.push({ year, inHousePlaces: clean(h), totalDemand: clean(t), inHouseShare: clean(t > 0 ? h / t : 0) });
  }
  return points;
}

/** The first year the share reaches the target, allowing for floating-point noise. */
function firstYearAtTarget(points: TrajectoryPoint[], p: number): number | null {
  const hit = points.find((pt) => pt.inHouseShare >= p - 1e-12);
  return hit ? hit.year : null;
}

export function planRecruitment(inputs: RecruitmentInputs): RecruitmentResult {
  const errors = validateRecruitmentInputs(inputs);
  if (Object.keys(errors).length) return { ok: false, errors };

  const {
    inHousePlaces: H,
    ifaPlaces: I,
    targetInHouseShare: p,
    demandGrowthPerYear: g,
    yearsToTarget: Y,
    placesPerNewHousehold: c,
    placeUtilisation: u,
    deregistrationsPerYear: d,
    placesLostPerDeregistration: l,
    enquiryToApprovalRate: r,
    weeklyCostIfa: wI,
    weeklyCostInHouse: wH,
  } = inputs;

  const totalDemand = (H + I) * (1 + g) ** Y;
  const targetInHousePlaces = ceilExact(p * totalDemand);
  const gapPlaces = Math.max(0, targetInHousePlaces - H);
  const lostOverPeriod = d * l * Y;
  const netNewHouseholds = ceilExact(gapPlaces / (c * u));
  const replacementHouseholds = ceilExact(lostOverPeriod / (c * u));
  const approvalsPerYear = ceilExact((gapPlaces + lostOverPeriod) / (c * u * Y));
  const enquiriesPerYear = ceilExact(approvalsPerYear / r);
  const yearlySavingAtTarget = clean(Math.round(gapPlaces * (wI - wH) * 52));

  const atTodaysRate = trajectory(inputs, inputs.approvalsPerYearNow, HORIZON_YEARS);
  const reached = firstYearAtTarget(atTodaysRate, p);
  const lastYear = Math.max(Y, reached ?? Y);
  return {
    ok: true,
    plan: {
      totalDemand: clean(totalDemand),
      targetInHousePlaces,
      gapPlaces,
      netNewHouseholds,
      replacementHouseholds,
      approvalsPerYear,
      enquiriesPerYear,
      yearlySavingAtTarget,
      yearsToTargetAtCurrentRate: reached,
      trajectory: atTodaysRate.slice(0, lastYear + 1),
      requiredTrajectory: trajectory(inputs, approvalsPerYear, lastYear),
    },
  };
}
