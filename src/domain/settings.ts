/** The service's own choices. National rules are not settings; they live in timescales.ts. */
export interface LocalTargets {
  enquiryReplyWorkingDays: number;
  initialVisitWorkingDays: number;
  /** Decision to proceed to stage 2, counted from the last stage 1 check coming back. */
  proceedDecisionWorkingDays: number;
  stage1Months: number;
  stage2Months: number;
  /**
   * The decision after a qualifying determination, counted from the day its 28 days close with
   * neither representations nor an IRM application, or from the panel that heard either.
   */
  decisionAfterReviewWorkingDays: number;
}

export const DEFAULT_LOCAL_TARGETS: LocalTargets = {
  enquiryReplyWorkingDays: 1,
  initialVisitWorkingDays: 5,
  proceedDecisionWorkingDays: 10,
  stage1Months: 2,
  stage2Months: 4,
  decisionAfterReviewWorkingDays: 7,
};

export interface CheckType {
  key: string;
  label: string;
  /** One check for each adult (18+) in the household, e.g. enhanced DBS. */
  perAdult: boolean;
  /** Required checks cannot be marked "not needed"; panel waits for every one. */
  required: boolean;
  hasExpiry: boolean;
  /** How many of this check a household needs (personal references: 2). */
  count: number;
}

export const DEFAULT_CHECK_TYPES: CheckType[] = [
  { key: 'dbs', label: 'Enhanced DBS with barred list', perAdult: true, required: true, hasExpiry: true, count: 1 },
  { key: 'localAuthority', label: 'Local authority checks', perAdult: false, required: true, hasExpiry: false, count: 1 },
  { key: 'health', label: 'Health check', perAdult: false, required: true, hasExpiry: false, count: 1 },
  { key: 'probation', label: 'Probation check', perAdult: false, required: true, hasExpiry: false, count: 1 },
  { key: 'education', label: 'Education check', perAdult: false, required: false, hasExpiry: false, count: 1 },
  { key: 'medical', label: 'Medical (GP report seen by medical adviser)', perAdult: false, required: true, hasExpiry: true, count: 1 },
  { key: 'personalReference', label: 'Personal reference', perAdult: false, required: true, hasExpiry: false, count: 2 },
  { key: 'employer', label: 'Employer reference', perAdult: false, required: false, hasExpiry: false, count: 1 },
  { key: 'exPartner', label: 'Ex-partner reference', perAdult: false, required: false, hasExpiry: false, count: 1 },
  { key: 'previousProvider', label: 'Previous fostering provider', perAdult: false, required: false, hasExpiry: false, count: 1 },
  { key: 'overseas', label: 'Overseas check', perAdult: false, required: false, hasExpiry: false, count: 1 },
  { key: 'homeSafety', label: 'Home health and safety', perAdult: false, required: true, hasExpiry: true, count: 1 },
  { key: 'pets', label: 'Pets assessment', perAdult: false, required: false, hasExpiry: false, count: 1 },
  { key: 'ofsted', label: 'Ofsted check', perAdult: false, required: true, hasExpiry: false, count: 1 },
];

/** Days before a deadline at which a household shows "at risk". */
export const AT_RISK_DAYS = 14;
/** Requested checks older than this stand out as overdue. */
export const OVERDUE_CHECK_WEEKS = 4;
