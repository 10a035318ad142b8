/**
 * "Use our own figures": the calculator's inputs from this service's records of the last 12
 * months instead of the source documents' 2022/23 figures. A figure from too few households
 * would swing the plan on one family's choices, so below a minimum the default is kept and the
 * page says why.
 */
import { validateRecruitmentInputs, DEFAULT_RECRUITMENT_INPUTS, type RecruitmentInputs } from './recruitment';
import { MAX_LEAD_TIME_MONTHS } from './target-assumptions';

/** Counts from the app's records over the last 12 months. */
export interface LastYearRecords {
  /** Mainstream households approved in the last 12 months; connected-person ones are counted apart. */
  approvals: number;
  /** Connected-person (kinship) households approved in the last 12 months: approved for a named child, not recruited. */
  kinshipApprovals: number;
  /** Days from enquiry to approval of each mainstream household approved in the last 12 months. */
  daysToApproval: number[];
  /** Of those, how many have terms of approval recorded. */
  approvalsWithTerms: number;
  /** Places (number of children) in those terms of approval, added up. */
  placesApproved: number;
  /** Mainstream enquiries received in the last 12 months. */
  enquiries: number;
  /** In-house places in use today, once placements are recorded with the carer households. */
  placesInUse?: number;
  /** The register of approved carer households over the last 12 months, once it is kept. */
  register?: {
    /** Households on the register when the 12 months began. */
    atStart: number;
    /** Households that left the register in the 12 months. */
    deregistrations: number;
    /** Places in the terms of approval of those households. */
    placesLost: number;
  };
}

export type OwnFigureKey =
  | 'inHousePlaces'
  | 'approvalsPerYearNow'
  | 'placesPerNewHousehold'
  | 'enquiryToApprovalRate'
  | 'deregistrationsPerYear'
  | 'placesLostPerDeregistration'
  | 'leadTimeMonths';

export type OwnFigure =
  | { source: 'records'; value: number; basis: string }
  | { source: 'default'; reason: string };

export type OwnFigures = Record<OwnFigureKey, OwnFigure>;

/** Fewer approvals than this in 12 months and the approval-based figures keep their defaults. */
export const MIN_APPROVALS = 5;

const NOT_RECORDED = 'Not recorded in this app yet, so the default is kept.';

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A figure the calculator would refuse (say 0 places per household) is no better than none. */
function checked(key: keyof RecruitmentInputs & OwnFigureKey, value: number, basis: string, otherwise: string): OwnFigure {
  const errors = validateRecruitmentInputs({ ...DEFAULT_RECRUITMENT_INPUTS, [key]: value } as RecruitmentInputs);
  return errors[key] ? { source: 'default', reason: otherwise } : { source: 'records', value, basis };
}

/** The middle value; the mean of the middle two for an even count. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const DAYS_PER_MONTH = 365.25 / 12;

function leadTime(daysToApproval: readonly number[]): OwnFigure {
  const usable = daysToApproval.filter((d) => Number.isFinite(d) && d >= 0);
  if (usable.length < MIN_APPROVALS) {
    return {
      source: 'default',
      reason: `Only ${plural(usable.length, 'mainstream household')} approved in the last 12 months with an enquiry date; at least ${MIN_APPROVALS} are needed, so the default of 9 months is kept.`,
    };
  }
  const days = median(usable);
  const months = Math.min(days / DAYS_PER_MONTH, MAX_LEAD_TIME_MONTHS);
  return {
    source: 'records',
    value: months,
    basis: `The median of ${plural(usable.length, 'mainstream household')} approved in the last 12 months: ${Math.round(days)} days from enquiry to approval.`,
  };
}

/**
 * Households leaving in the last 12 months, once the register was big enough 12 months ago for
 * the count to be more than a newly kept register's gap.
 */
function deregistrations(register: LastYearRecords['register']): OwnFigure {
  if (!register) return { source: 'default', reason: NOT_RECORDED };
  if (register.atStart < MIN_APPROVALS) {
    return {
      source: 'default',
      reason: `Only ${plural(register.atStart, 'carer household')} on the register 12 months ago; at least ${MIN_APPROVALS} are needed, so the default is kept.`,
    };
  }
  return checked(
    'deregistrationsPerYear',
    register.deregistrations,
    `${plural(register.deregistrations, 'household')} left the register in the last 12 months, of ${register.atStart} on it 12 months ago.`,
    'The deregistrations recorded are not a usable figure, so the default is kept.',
  );
}

function placesLost(register: LastYearRecords['register']): OwnFigure {
  if (!register) return { source: 'default', reason: NOT_RECORDED };
  if (register.deregistrations < MIN_APPROVALS) {
    return {
      source: 'default',
      reason: `Only ${plural(register.deregistrations, 'household')} left the register in the last 12 months; at least ${MIN_APPROVALS} are needed, so the default is kept.`,
    };
  }
  return checked(
    'placesLostPerDeregistration',
    register.placesLost / register.deregistrations,
    `${plural(register.placesLost, 'place')} in the terms of approval of ${plural(register.deregistrations, 'household')} that left the register in the last 12 months.`,
    'The places of the households that left are not a usable figure, so the default is kept.',
  );
}

export function ownFigures(records: LastYearRecords): OwnFigures {
  const { approvals, kinshipApprovals, approvalsWithTerms, placesApproved, enquiries, placesInUse, register } = records;
  const approved = plural(approvals, 'mainstream household');
  const kinshipApart = kinshipApprovals > 0 ? ` ${plural(kinshipApprovals, 'connected-person household')} approved as well, counted apart.` : '';
  const tooFew = (what: string) =>
    `Only ${approved} approved in the last 12 months ${what}; at least ${MIN_APPROVALS} are needed, so the default is kept.`;

  const approvalsPerYearNow: OwnFigure =
    approvals >= MIN_APPROVALS
      ? { source: 'records', value: approvals, basis: `${approved} approved in the last 12 months.${kinshipApart}` }
      : { source: 'default', reason: tooFew('in this app') };

  const placesPerNewHousehold: OwnFigure =
    approvalsWithTerms >= MIN_APPROVALS
      ? checked(
          'placesPerNewHousehold',
          placesApproved / approvalsWithTerms,
          `${plural(placesApproved, 'place')} in the terms of approval of ${plural(approvalsWithTerms, 'mainstream household')} approved in the last 12 months.`,
          'The terms of approval recorded give no usable places per household, so the default is kept.',
        )
      : {
          source: 'default',
          reason: `Only ${plural(approvalsWithTerms, 'household')} approved in the last 12 months with terms of approval recorded; at least ${MIN_APPROVALS} are needed, so the default is kept.`,
        };

  let enquiryToApprovalRate: OwnFigure;
  if (approvals < MIN_APPROVALS) enquiryToApprovalRate = { source: 'default', reason: tooFew('in this app') };
  else if (enquiries < approvals) {
    enquiryToApprovalRate = {
      source: 'default',
      reason: `More households were approved (${approvals}) than enquiries recorded (${enquiries}) in the last 12 months, so earlier enquiries are missing from this app and the default is kept.`,
    };
  } else {
    enquiryToApprovalRate = checked(
      'enquiryToApprovalRate',
      approvals / enquiries,
      `${approved} approved and ${plural(enquiries, 'mainstream enquiry', 'mainstream enquiries')} received in the last 12 months.`,
      'Too few approvals for the enquiries recorded, so the default is kept.',
    );
  }

  const inHousePlaces: OwnFigure =
    placesInUse === undefined
      ? { source: 'default', reason: NOT_RECORDED }
      : checked('inHousePlaces', placesInUse, `${plural(placesInUse, 'place')} in use today.`, 'The places in use recorded are not a usable figure, so the default is kept.');

  return {
    inHousePlaces,
    approvalsPerYearNow,
    placesPerNewHousehold,
    enquiryToApprovalRate,
    deregistrationsPerYear: deregistrations(register),
    placesLostPerDeregistration: placesLost(register),
    leadTimeMonths: leadTime(records.daysToApproval),
  };
}
