import { addDays, minDate, type IsoDate } from '../dates';

/** How a household leaves the register. */
export const DEREGISTRATION_ROUTES = {
  resignation: 'Resignation',
  transfer: 'Transfer to another fostering service',
  endedByService: 'Approval ended by the service (after the qualifying determination route)',
  death: 'Death',
  other: 'Other',
} as const;
export type DeregistrationRoute = keyof typeof DEREGISTRATION_ROUTES;

/** FSR reg 28(13): a resignation takes effect 28 days after the notice is received. */
export const RESIGNATION_NOTICE_DAYS = 28;

/**
 * The default reasons a household leaves, editable in settings so they can be mapped to Ofsted's
 * list each year.
 */
export const DEFAULT_DEREGISTRATION_REASONS: readonly string[] = [
  'Retirement',
  'Health or personal circumstances',
  'Change in family circumstances',
  'Adopted or took a special guardianship order',
  'Transferred to another fostering service',
  'Dissatisfied with the service',
  'Allegation or standards of care',
  'Connected person: the placement ended',
  'Other',
];

export type ExitInterview = 'notOffered' | 'offered' | 'held';
export const EXIT_INTERVIEW = { notOffered: 'Not offered', offered: 'Offered, not held', held: 'Held' } as const;

/** A resignation takes effect 28 days after notice, or on an earlier date agreed with the household. */
export function resignationTakesEffectOn(noticeOn: IsoDate, agreedOn?: IsoDate): IsoDate {
  const full = addDays(noticeOn, RESIGNATION_NOTICE_DAYS);
  return agreedOn ? minDate(full, agreedOn) : full;
}
