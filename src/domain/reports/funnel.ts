import type { HouseholdKind } from '../codes';
import { daysBetween, type IsoDate } from '../dates';
import type { Household, Move } from '../household';
import { median, percent } from './arithmetic';
import { enquiringHouseholds } from './enquiries';
import { financialYear, inPeriod, quarter, QUARTERS, type Period } from './financial-year';

/**
 * The recruitment funnel counts what happened in a period, as the annual return does: enquiries
 * received, initial visits made, applications received and households approved in it. Conversion
 * compares a step with the one before it in the same period (the source's 18 approvals from 114
 * enquiries in 2022/23), so it is a rate of flow, not one cohort followed through. Enquiries count
 * each household once in a period, as Ofsted does.
 */
export const FUNNEL_STEPS = ['enquiries', 'initialVisits', 'applications', 'approvals'] as const;
export type FunnelStep = (typeof FUNNEL_STEPS)[number];

export const FUNNEL_STEP_LABELS: Record<FunnelStep, string> = {
  enquiries: 'Enquiries',
  initialVisits: 'Initial visits',
  applications: 'Applications',
  approvals: 'Approvals',
};

/** The dates a household reached each step, as far as it got. */
export interface FunnelHousehold {
  id: string;
  kind: HouseholdKind;
  /** The duplicate rules' keys, so people who enquire twice count once. */
  duplicateKeys: readonly string[];
  enquiryOn: IsoDate;
  initialVisitOn?: IsoDate;
  applicationOn?: IsoDate;
  approvedOn?: IsoDate;
}

export const MEDIANS = ['enquiryToApplication', 'applicationToApproval', 'enquiryToApproval'] as const;
export type MedianKey = (typeof MEDIANS)[number];

export const MEDIAN_LABELS: Record<MedianKey, string> = {
  enquiryToApplication: 'Enquiry to application',
  applicationToApproval: 'Application to approval',
  enquiryToApproval: 'Enquiry to approval',
};

export interface FunnelPeriod {
  period: Period;
  /** The households behind each count, so a manager can open the number. */
  households: Record<FunnelStep, string[]>;
  /** Whole percent of each step reached from the step before it (index 0 is initial visits from enquiries). */
  conversions: (number | undefined)[];
  /** Enquiries to approvals in the same period, whole percent. */
  overallConversion: number | undefined;
  /** Median days, over the households that reached the later step in this period. */
  medians: Record<MedianKey, number | undefined>;
}

export interface Funnel {
  year: FunnelPeriod;
  quarters: FunnelPeriod[];
  /** The whole year for mainstream and for connected-person households apart. */
  kinds: Record<HouseholdKind, FunnelPeriod>;
}

/** Reads a household's step dates; approval from the decision, or from the decision move if the record lacks it. */
export function funnelHousehold(h: Household, moves: readonly Move[]): FunnelHousehold {
  const decision = h.assessment.decision;
  const approvalMove = moves.find((m) => m.householdId === h.id && m.kind === 'decision' && m.code === 'approve');
  return {
    id: h.id,
    kind: h.kind,
    duplicateKeys: h.duplicateKeys,
    enquiryOn: h.enquiryOn,
    initialVisitOn: h.assessment.initialVisitOn,
    applicationOn: h.assessment.applicationOn,
    approvedOn: decision?.outcome === 'approve' && decision.decidedOn ? decision.decidedOn : approvalMove?.on,
  };
}

function stepDate(h: FunnelHousehold, step: FunnelStep): IsoDate | undefined {
  switch (step) {
    case 'enquiries':
      return h.enquiryOn;
    case 'initialVisits':
      return h.initialVisitOn;
    case 'applications':
      return h.applicationOn;
    case 'approvals':
      return h.approvedOn;
  }
}

/** Day counts from `from` to `to` for households whose `to` is in the period; backdated pairs are left out. */
function spans(households: readonly FunnelHousehold[], period: Period, from: FunnelStep, to: FunnelStep): number[] {
  return households.flatMap((h) => {
    const start = stepDate(h, from);
    const end = stepDate(h, to);
    if (!start || !inPeriod(end, period) || end < start) return [];
    return [daysBetween(start, end)];
  });
}

/**
 * One period's funnel, for every household or for one kind. People who enquired twice count once
 * across both kinds, under the kind of their first record, so mainstream and connected add up to
 * the total.
 */
export function funnelForPeriod(all: readonly FunnelHousehold[], period: Period, only?: HouseholdKind): FunnelPeriod {
  const ofKind = (h: FunnelHousehold) => only === undefined || (only === 'connected') === (h.kind === 'connected');
  const households = all.filter(ofKind);
  const ids = Object.fromEntries(
    FUNNEL_STEPS.map((step) => [
      step,
      (step === 'enquiries' ? enquiringHouseholds(all, period).filter(ofKind) : households.filter((h) => inPeriod(stepDate(h, step), period))).map((h) => h.id),
    ]),
  ) as Record<FunnelStep, string[]>;
  const count = (step: FunnelStep) => ids[step].length;
  return {
    period,
    households: ids,
    conversions: FUNNEL_STEPS.slice(1).map((step, i) => percent(count(step), count(FUNNEL_STEPS[i]!))),
    overallConversion: percent(count('approvals'), count('enquiries')),
    medians: {
      enquiryToApplication: median(spans(households, period, 'enquiries', 'applications')),
      applicationToApproval: median(spans(households, period, 'applications', 'approvals')),
      enquiryToApproval: median(spans(households, period, 'enquiries', 'approvals')),
    },
  };
}

/** The funnel for financial year `start`, each of its quarters, and the year by kind of household. */
export function funnel(households: readonly FunnelHousehold[], start: number): Funnel {
  const year = financialYear(start);
  return {
    year: funnelForPeriod(households, year),
    quarters: QUARTERS.map((q) => funnelForPeriod(households, quarter(start, q))),
    kinds: {
      mainstream: funnelForPeriod(households, year, 'mainstream'),
      connected: funnelForPeriod(households, year, 'connected'),
    },
  };
}
