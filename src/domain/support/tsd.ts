import { addMonths, type IsoDate } from '../dates';

/** Training, Support and Development standards: 12 months from approval, 18 for connected persons. */
export const TSD_MONTHS = 12;
export const TSD_MONTHS_CONNECTED = 18;

export function tsdDueOn(approvedOn: IsoDate, connected: boolean): IsoDate {
  return addMonths(approvedOn, connected ? TSD_MONTHS_CONNECTED : TSD_MONTHS);
}
