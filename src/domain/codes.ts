/** Ofsted's applicant withdrawal codes (annual fostering data collection). */
export const WITHDRAWAL_CODES = {
  AW1: 'Fostering was not as expected',
  AW2: 'The assessment was not as expected',
  AW3: 'Household circumstances changed',
  AW4: 'Financial reasons',
  AW5: 'Fear of allegations',
  AW0: 'Other or unknown',
} as const;
export type WithdrawalCode = keyof typeof WITHDRAWAL_CODES;

/** The service's own closure codes: the service, not the applicant, ended the application. */
export const CLOSURE_CODES = {
  notProgressed: 'Not progressed after enquiry',
  unsuitableStage1: 'Unsuitable at stage 1',
  counselledOut: 'Counselled out',
  panelNotRecommended: 'Panel did not recommend',
  notApprovedAfterQd: 'Not approved after a qualifying determination',
  lapsed: 'Lapsed or no contact',
} as const;
export type ClosureCode = keyof typeof CLOSURE_CODES;

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
