/**
 * The recruitment plan as plain sentences a manager can paste into a board paper.
 *
 * Years are counted from the day the plan is made ("today"), because the calculator's year k is
 * k years of approvals and leavers after today:
 * - the target date is the end of the financial year (April to March) in which today + Y years
 *   falls, so the sentence says "by March …": councils budget and report by financial year.
 *   Today 22 November 2025, Y = 3: 22 November 2028 falls in 2028/29, so "by March 2029";
 * - the year today's rate reaches the target is the calendar year of today + k years.
 *   Today 22 November 2025, reached after 12 years: "reached in 2037".
 */
import type { IsoDate } from './dates';
import { financialYearLabel } from './reports/financial-year';
import { HORIZON_YEARS, type RecruitmentInputs, type RecruitmentPlan } from './recruitment';

function yearAndMonth(today: IsoDate): [number, number] {
  const [year, month] = today.split('-').map(Number) as [number, number];
  return [year, month];
}

/** The year of the March that ends the financial year `years` years from today. */
export function targetMarchYear(today: IsoDate, years: number): number {
  const [year, month] = yearAndMonth(today);
  return year + years + (month >= 4 ? 1 : 0);
}

/**
 * The financial year `years` years from today, "2029/30": the trajectory's rows and the chart are
 * labelled by it, so the target row is the year whose March the sentence names.
 */
export function financialYearFromToday(today: IsoDate, years: number): string {
  return financialYearLabel(targetMarchYear(today, years) - 1);
}

/** The calendar year `years` years from today, for "reached in". */
export function yearFromToday(today: IsoDate, years: number): number {
  return yearAndMonth(today)[0] + years;
}

/** 0.7 → "70%", 0.158 → "15.8%": one decimal place at most. */
export function formatShare(share: number): string {
  return `${formatNumber(share * 100, 1)}%`;
}

/** Rounds to at most `decimals` places, with thousands separators, never "-0". */
export function formatNumber(value: number, decimals = 0): string {
  const factor = 10 ** decimals;
  const rounded = Math.round(value * factor) / factor + 0;
  return rounded.toLocaleString('en-GB', { maximumFractionDigits: decimals });
}

/** Money as a board paper rounds it: "£2.9m", "£286,000", "£612". */
export function formatMoney(pounds: number): string {
  const abs = Math.abs(pounds);
  const thousands = Math.round(abs / 1000) * 1000;
  if (thousands >= 1_000_000) return `£${formatNumber(abs / 1_000_000, 1)}m`;
  if (abs >= 1000) return `£${formatNumber(thousands)}`;
  return `£${formatNumber(abs)}`;
}

function households(n: number): string {
  return `${formatNumber(n)} household${n === 1 ? '' : 's'}`;
}

function approvals(n: number): string {
  return `${formatNumber(n)} approval${n === 1 ? '' : 's'}`;
}

function approvalsSentence(target: string, by: string, years: number, plan: RecruitmentPlan): string {
  const yearly = `${households(plan.approvalsPerYear)} a year`;
  if (plan.gapPlaces > 0) {
    const replace = plan.replacementHouseholds > 0 ? `${formatNumber(plan.replacementHouseholds)} to replace those who leave` : 'none to replace leavers';
    // The split is over the whole period, not per year: say so, or a board reads 60 + 39 as yearly.
    const over = years === 1 ? 'over the year' : `over the ${formatNumber(years)} years`;
    return `To reach ${target} in-house by ${by} the service needs to approve ${yearly}: ${over}, ${formatNumber(plan.netNewHouseholds)} to grow and ${replace}.`;
  }
  if (plan.approvalsPerYear > 0) {
    return `The service already has enough in-house places for ${target} by ${by}; it needs to approve ${yearly} to replace those who leave.`;
  }
  return `The service already has enough in-house places for ${target} by ${by}, and no households are expected to leave, so no approvals are needed.`;
}

function trajectorySentence(target: string, today: IsoDate, inputs: RecruitmentInputs, plan: RecruitmentPlan): string {
  const reached = plan.yearsToTargetAtCurrentRate;
  if (reached === 0) return `The in-house share is already ${target} or more today.`;
  const atTodaysRate = `At today’s ${approvals(inputs.approvalsPerYearNow)} a year`;
  if (reached === null) return `${atTodaysRate}, ${target} is not reached within ${HORIZON_YEARS} years.`;
  return `${atTodaysRate}, ${target} is reached in ${yearFromToday(today, reached)}.`;
}

function savingSentence(plan: RecruitmentPlan): string | undefined {
  if (plan.gapPlaces === 0) return undefined;
  const saving = plan.yearlySavingAtTarget;
  if (saving > 0) return `Closing the gap saves about ${formatMoney(saving)} a year.`;
  if (saving < 0) return `Closing the gap costs about ${formatMoney(saving)} a year more, as an in-house place costs more than an agency place here.`;
  return 'Closing the gap saves nothing, as an in-house place costs the same as an agency place here.';
}

/** The plan's sentences in reading order; each is a whole sentence ending in a full stop. */
export function planSentences(inputs: RecruitmentInputs, plan: RecruitmentPlan, today: IsoDate): string[] {
  const target = formatShare(inputs.targetInHouseShare);
  const by = `March ${targetMarchYear(today, inputs.yearsToTarget)}`;
  const sentences = [approvalsSentence(target, by, inputs.yearsToTarget, plan)];
  if (plan.approvalsPerYear > 0) {
    const n = plan.enquiriesPerYear;
    sentences.push(`At today’s conversion that takes about ${formatNumber(n)} ${n === 1 ? 'enquiry' : 'enquiries'} a year.`);
  }
  sentences.push(trajectorySentence(target, today, inputs, plan));
  const saving = savingSentence(plan);
  if (saving) sentences.push(saving);
  return sentences;
}
