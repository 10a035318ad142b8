import type { Stage } from './stages';

/**
 * Ofsted's applicant withdrawal codes (annual fostering data collection), in Ofsted's words. They are
 * for households that withdraw from an application before panel considers it, and only those.
 */
export const WITHDRAWAL_CODES = {
  AW1: 'Fostering was not as the applicant expected',
  AW2: 'The assessment process was not as the applicant expected',
  AW3: 'Household circumstances changed (other than financial)',
  AW4: 'Unable to continue for financial reasons',
  AW5: 'Concerned about the risk of allegations',
  AW0: 'Other or unknown',
} as const;
export type WithdrawalCode = keyof typeof WITHDRAWAL_CODES;

/** The service's own codes for a household that stops before it applies, or after panel: not Ofsted withdrawals. */
export const SERVICE_WITHDRAWAL_CODES = {
  decidedNotToApply: 'Decided not to apply',
  withdrewAfterPanel: 'Withdrew after panel, before the decision',
} as const;
export type ServiceWithdrawalCode = keyof typeof SERVICE_WITHDRAWAL_CODES;

/** The service's own closure codes: the service, not the applicant, ended the application. */
export const CLOSURE_CODES = {
  notProgressed: 'Not progressed after enquiry',
  unsuitableStage1: 'Unsuitable at stage 1',
  counselledOut: 'Counselled out',
  notApprovedAfterQd: 'Not approved after a qualifying determination',
  lapsed: 'Lapsed or no contact',
  // Kept so households closed with it before still read; the panel only recommends, so it is never offered.
  panelNotRecommended: 'Panel did not recommend (no longer used)',
} as const;
export type ClosureCode = keyof typeof CLOSURE_CODES;

export type EndingCode = WithdrawalCode | ServiceWithdrawalCode | ClosureCode;

const BEFORE_APPLYING: readonly Stage[] = ['enquiry', 'initialVisit'];
const APPLICATION_BEFORE_PANEL: readonly Stage[] = ['application', 'stage1', 'stage2', 'panel'];

/**
 * The stages at which each ending may be chosen. "Not approved after a qualifying determination" is
 * written by the decision itself, never chosen; the retired panel code is never offered.
 */
export const ENDING_STAGES: Record<EndingCode, readonly Stage[]> = {
  AW1: APPLICATION_BEFORE_PANEL,
  AW2: APPLICATION_BEFORE_PANEL,
  AW3: APPLICATION_BEFORE_PANEL,
  AW4: APPLICATION_BEFORE_PANEL,
  AW5: APPLICATION_BEFORE_PANEL,
  AW0: APPLICATION_BEFORE_PANEL,
  decidedNotToApply: BEFORE_APPLYING,
  withdrewAfterPanel: ['decision'],
  notProgressed: BEFORE_APPLYING,
  unsuitableStage1: ['stage1'],
  counselledOut: ['initialVisit', 'application', 'stage1', 'stage2'],
  lapsed: ['enquiry', 'initialVisit', 'application', 'stage1', 'stage2'],
  notApprovedAfterQd: [],
  panelNotRecommended: [],
};

/** Every ending's words, keyed by code. */
export const ENDING_LABELS: Record<EndingCode, string> = { ...WITHDRAWAL_CODES, ...SERVICE_WITHDRAWAL_CODES, ...CLOSURE_CODES };

export function isEndingCode(code: unknown): code is EndingCode {
  return isKeyOf(ENDING_LABELS, code);
}

export function isOfstedWithdrawalCode(code: unknown): code is WithdrawalCode {
  return isKeyOf(WITHDRAWAL_CODES, code);
}

/** The withdrawal (by the household) or closure (by the service) codes that fit a household at `stage`. */
export function endingCodesFor(kind: 'withdraw' | 'close', stage: Stage): EndingCode[] {
  const table = kind === 'withdraw' ? { ...WITHDRAWAL_CODES, ...SERVICE_WITHDRAWAL_CODES } : CLOSURE_CODES;
  return (Object.keys(table) as EndingCode[]).filter((code) => ENDING_STAGES[code].includes(stage));
}

/** "AW3: Household circumstances changed (other than financial)", or the service's words for its own codes. */
export function endingText(code: string | undefined): string {
  if (!code) return '';
  if (isOfstedWithdrawalCode(code)) return `${code}: ${WITHDRAWAL_CODES[code]}`;
  return isEndingCode(code) ? ENDING_LABELS[code] : code;
}

export const HOW_HEARD = {
  website: 'Website',
  socialMedia: 'Social media',
  event: 'Event',
  wordOfMouth: 'Word of mouth',
  radioPress: 'Radio or press',
  leafletPoster: 'Leaflet or poster',
  existingCarer: 'An existing foster carer',
  other: 'Other',
} as const;
export type HowHeard = keyof typeof HOW_HEARD;

export const FOSTERING_INTERESTS = {
  shortTerm: 'Short-term',
  longTerm: 'Long-term',
  shortBreaks: 'Short breaks',
  parentAndChild: 'Parent and child',
  teenagers: 'Teenagers',
  siblingGroups: 'Sibling groups',
  disabledChildren: 'Disabled children',
  uasc: 'Unaccompanied asylum-seeking children',
  notSure: 'Not sure yet',
} as const;
export type FosteringInterest = keyof typeof FOSTERING_INTERESTS;

/** Types of approval a decision can grant (terms of approval). */
export const APPROVAL_TYPES = {
  shortTerm: 'Mainstream short-term',
  longTerm: 'Long-term',
  shortBreaks: 'Short breaks (respite)',
  emergency: 'Emergency',
  parentAndChild: 'Parent and child',
  specialist: 'Specialist or therapeutic',
  kinship: 'Kinship (connected person)',
} as const;
export type ApprovalType = keyof typeof APPROVAL_TYPES;

export const HOUSEHOLD_KINDS = {
  mainstream: 'Mainstream',
  connected: 'Connected person (kinship)',
} as const;
export type HouseholdKind = keyof typeof HOUSEHOLD_KINDS;

export function isKeyOf<T extends object>(table: T, key: unknown): key is keyof T {
  return typeof key === 'string' && Object.prototype.hasOwnProperty.call(table, key);
}
