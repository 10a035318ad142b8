/**
 * "Use our own figures": the calculator's inputs from this service's records of the last 12
 * months instead of the source documents' 2022/23 figures. A figure from too few households
 * would swing the plan on one family's choices, so below a minimum the default is kept and the
 * page says why.
 */
import { validateRecruitmentInputs, DEFAULT_RECRUITMENT_INPUTS, type RecruitmentInputs } from './recruitment';

/** Counts from the app's records over the last 12 months. */
export interface LastYearRecords {
  /** Households approved in the last 12 months. */
  approvals: number;
  /** Of those, how many have terms of approval recorded. */
  approvalsWithTerms: number;
  /** Places (number of children) in those terms of approval, added up. */
  placesApproved: number;
  /** Enquiries received in the last 12 months. */
  enquiries: number;
  /** In-house places in use today, once approved carer households are recorded. */
  placesInUse?: number;
}

export type OwnFigureKey =
  | 'inHousePlaces'
  | 'approvalsPerYearNow'
  | 'placesPerNewHousehold'
  | 'enquiryToApprovalRate'
  | 'deregistrationsPerYear'
  | 'placesLostPerDeregistration';

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
function checked(key: OwnFigureKey, value: number, basis: string, otherwise: string): OwnFigure {
  const errors = validateRecruitmentInputs({ ...DEFAULT_RECRUITMENT_INPUTS, [key]: value } as RecruitmentInputs);
  return errors[key] ? { source: 'default', reason: otherwise } : { source: 'records', value, basis };
}

export function ownFigures(records: LastYearRecords): OwnFigures {
  const { approvals, approvalsWithTerms, placesApproved, enquiries, placesInUse } = records;
  const approved = plural(approvals, 'household');
  const tooFew = (what: string) =>
    `Only ${approved} approved in the last 12 months ${what}; at least ${MIN_APPROVALS} are needed, so the default is kept.`;

  const approvalsPerYearNow: OwnFigure =
    approvals >= MIN_APPROVALS
      ? { source: 'records', value: approvals, basis: `${approved} approved in the last 12 months.` }
      : { source: 'default', reason: tooFew('in this app') };

  const placesPerNewHousehold: OwnFigure =
    approvalsWithTerms >= MIN_APPROVALS
      ? checked(
          'placesPerNewHousehold',
          placesApproved / approvalsWithTerms,
          `${plural(placesApproved, 'place')} in the terms of approval of ${plural(approvalsWithTerms, 'household')} approved in the last 12 months.`,
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
      `${approved} approved and ${plural(enquiries, 'enquiry', 'enquiries')} received in the last 12 months.`,
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
    deregistrationsPerYear: { source: 'default', reason: NOT_RECORDED },
    placesLostPerDeregistration: { source: 'default', reason: NOT_RECORDED },
  };
}
