/** The service's own choices. National rules are not settings; they live in timescales.ts. */
export interface LocalTargets {
  enquiryReplyWorkingDays: number;
  initialVisitWorkingDays: number;
  /** From the initial visit to the application; 0 for none, so the service chooses whether to set one. */
  applicationWorkingDays: number;
  /** Decision to proceed to stage 2, counted from the last stage 1 check coming back. */
  proceedDecisionWorkingDays: number;
  stage1Months: number;
  stage2Months: number;
  /**
   * The decision after a qualifying determination, counted from the day its 28 days close with
   * neither representations nor an IRM application, or from the panel that heard either.
   */
  decisionAfterReviewWorkingDays: number;
  /** The last share of each deadline's time, from its start to its due date, in which it shows "at risk". */
  atRiskPercent: number;
}

export const DEFAULT_LOCAL_TARGETS: LocalTargets = {
  enquiryReplyWorkingDays: 1,
  initialVisitWorkingDays: 5,
  applicationWorkingDays: 0,
  proceedDecisionWorkingDays: 10,
  stage1Months: 2,
  stage2Months: 4,
  decisionAfterReviewWorkingDays: 7,
  atRiskPercent: 20,
};

/** Whom a check is for: one each, or one for the whole household. */
export type CheckScope = 'applicant' | 'adult' | 'child' | 'household';

export const CHECK_SCOPES: Record<CheckScope, string> = {
  applicant: 'Each applicant',
  adult: 'Each adult (18 and over, applicants too)',
  child: 'Each child in the household',
  household: 'The household',
};

export interface CheckType {
  key: string;
  label: string;
  scope: CheckScope;
  /** Required checks cannot be marked "not needed"; panel waits for every one. */
  required: boolean;
  hasExpiry: boolean;
  /** Months a check stays valid from the date received, when no expiry date is entered. */
  validityMonths?: number;
  /** How many of this check each applicant, adult, child or household needs (personal references: 2). */
  count: number;
}

/** A DBS certificate is renewed after 3 years (the service may choose otherwise in Settings). */
export const DBS_VALIDITY_MONTHS = 36;

/** FSR 2011 Schedule 3: DBS and local authority checks for every adult; references and medical for each applicant. */
export const DEFAULT_CHECK_TYPES: CheckType[] = [
  { key: 'dbs', label: 'Enhanced DBS with barred list', scope: 'adult', required: true, hasExpiry: true, validityMonths: DBS_VALIDITY_MONTHS, count: 1 },
  { key: 'localAuthority', label: 'Local authority checks', scope: 'adult', required: true, hasExpiry: false, count: 1 },
  { key: 'health', label: 'Health check', scope: 'household', required: true, hasExpiry: false, count: 1 },
  { key: 'probation', label: 'Probation check', scope: 'household', required: true, hasExpiry: false, count: 1 },
  { key: 'education', label: 'School or nursery check', scope: 'child', required: false, hasExpiry: false, count: 1 },
  { key: 'medical', label: 'Medical (GP report seen by medical adviser)', scope: 'applicant', required: true, hasExpiry: true, count: 1 },
  { key: 'personalReference', label: 'Personal reference', scope: 'applicant', required: true, hasExpiry: false, count: 2 },
  { key: 'employer', label: 'Employer reference', scope: 'applicant', required: false, hasExpiry: false, count: 1 },
  { key: 'exPartner', label: 'Ex-partner reference', scope: 'applicant', required: false, hasExpiry: false, count: 1 },
  { key: 'previousProvider', label: 'Previous fostering provider', scope: 'household', required: false, hasExpiry: false, count: 1 },
  { key: 'overseas', label: 'Overseas check', scope: 'household', required: false, hasExpiry: false, count: 1 },
  { key: 'homeSafety', label: 'Home health and safety', scope: 'household', required: true, hasExpiry: true, count: 1 },
  { key: 'pets', label: 'Pets assessment', scope: 'household', required: false, hasExpiry: false, count: 1 },
  { key: 'ofsted', label: 'Ofsted check', scope: 'household', required: true, hasExpiry: false, count: 1 },
];

/**
 * A check type as stored, brought to today's shape. Lists saved before scopes existed said only
 * `perAdult`: a per-adult check stays per adult, every other one was one per household.
 */
export function normaliseCheckType(stored: CheckType | (Omit<CheckType, 'scope'> & { perAdult?: boolean; scope?: CheckScope })): CheckType {
  const { perAdult, scope, validityMonths, ...rest } = stored as CheckType & { perAdult?: boolean };
  const type: CheckType = { ...rest, scope: scope && scope in CHECK_SCOPES ? scope : perAdult ? 'adult' : 'household', count: Math.max(1, Number(rest.count) || 1) };
  if (typeof validityMonths === 'number' && validityMonths > 0) type.validityMonths = validityMonths;
  return type;
}

/**
 * Days before a deadline at which it shows "at risk" when its start is not known: a panel's
 * papers (the day the panel was booked is not recorded) and rows stored before the share existed.
 */
export const AT_RISK_DAYS = 14;
/** Requested checks older than this stand out as overdue. */
export const OVERDUE_CHECK_WEEKS = 4;
