import { addWeeks, maxDate, type IsoDate } from '../dates';
import { afterInterval, DEFAULT_SUPERVISION, type SupervisionFrequency } from './tiers';

/** Weeks without a supervision visit after which a household stands out as "no contact". */
export const NO_CONTACT_WEEKS = 8;

/** The date of the latest contact: the latest visit, or approval when there has been none. */
export function lastContactOn(approvedOn: IsoDate, visits: readonly { on: IsoDate }[]): IsoDate {
  return visits.reduce((latest, v) => maxDate(latest, v.on), approvedOn);
}

/** The next supervision visit: one interval (the tier's, or monthly) after the last contact. */
export function nextVisitDueOn(approvedOn: IsoDate, visits: readonly { on: IsoDate }[], frequency: SupervisionFrequency = DEFAULT_SUPERVISION): IsoDate {
  return afterInterval(lastContactOn(approvedOn, visits), frequency);
}

/** No visit for more than 8 weeks: the household has gone quiet and should stand out. */
export function noContactIn8Weeks(approvedOn: IsoDate, visits: readonly { on: IsoDate }[], today: IsoDate): boolean {
  return today > addWeeks(lastContactOn(approvedOn, visits), NO_CONTACT_WEEKS);
}
