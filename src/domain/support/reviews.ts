import { addDays, addMonths, maxDate, type IsoDate } from '../dates';

/** FSR 2011 reg 28: a carer household's approval is reviewed at least every 12 months. */
export const REVIEW_MONTHS = 12;

/**
 * An allegation or a significant change (a new adult in the home, a move, a serious illness) calls
 * for a review sooner than the annual one. The service's practice is to hold it within 28 days.
 */
export const EXTRA_REVIEW_DAYS = 28;

export type ExtraReviewReason = 'allegation' | 'significantChange';

export const EXTRA_REVIEW_REASONS: Record<ExtraReviewReason, string> = {
  allegation: 'An allegation',
  significantChange: 'A significant change in the household',
};

/** Something that calls for an extra review, noted on the carer household until a review is held. */
export interface ExtraReviewCall {
  on: IsoDate;
  reason: ExtraReviewReason;
}

export interface ReviewDue {
  dueOn: IsoDate;
  /** The first review after approval goes to the fostering panel (reg 28(4)). */
  toPanel: boolean;
  /** Set when the due date is brought forward by an allegation or significant change. */
  extra?: ExtraReviewReason;
}

/**
 * The next review: the first within 12 months of approval and to panel; after that at most
 * 12 months from the last review. An allegation or significant change after the last review brings
 * it forward to 28 days after that event, unless the regular one falls sooner.
 */
export function nextReviewDue(approvedOn: IsoDate, reviews: readonly { on: IsoDate }[], extra?: ExtraReviewCall): ReviewDue {
  const last = reviews.reduce<IsoDate | undefined>((latest, r) => (latest ? maxDate(latest, r.on) : r.on), undefined);
  const regular: ReviewDue = last ? { dueOn: addMonths(last, REVIEW_MONTHS), toPanel: false } : { dueOn: addMonths(approvedOn, REVIEW_MONTHS), toPanel: true };
  if (!extra || (last && extra.on <= last)) return regular;
  const extraDue = addDays(extra.on, EXTRA_REVIEW_DAYS);
  return extraDue < regular.dueOn ? { ...regular, dueOn: extraDue, extra: extra.reason } : regular;
}
