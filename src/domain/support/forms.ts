/**
 * The carer household's forms as typed: every field a string, checked here so nothing is lost or
 * coerced before validation, and each error is a sentence to show beside its field.
 */
import { formatDate, isIsoDate, type IsoDate } from '../dates';
import { notRealDate } from '../date-parts';
import { isKeyOf } from '../codes';
import { representationsCloseOn } from '../decision-route';
import type { Household } from '../household';
import { sameTerms, TERMS_FIELDS, validateTerms, type TermsField, type TermsInput, type TermsOfApproval } from '../terms';
import { REVIEW_OUTCOMES, VISIT_KINDS, type ReviewOutcome } from './carer';
import { EXTRA_REVIEW_REASONS, type ExtraReviewCall, type ExtraReviewReason } from './reviews';
import { DEREGISTRATION_ROUTES, EXIT_INTERVIEW, resignationTakesEffectOn, type DeregistrationRoute, type ExitInterview } from './deregistration';

export type Errors<F extends string> = Partial<Record<F, string>>;
export type Checked<T, F extends string> = { ok: true; value: T } | { ok: false; errors: Errors<F> };

const NOTE_MAX = 2000;
const TEXT_MAX = 100;

/** A date typed into a form: required, real, on or after `notBefore` and not after today. */
export function checkDate(text: string, label: string, today: IsoDate, notBefore?: { on: IsoDate; what: string }): string | undefined {
  const t = text.trim();
  if (!t) return `Enter the ${label}`;
  if (!isIsoDate(t)) return notRealDate(t, label.charAt(0).toUpperCase() + label.slice(1));
  if (t > today) return `The ${label} cannot be in the future`;
  if (notBefore && t < notBefore.on) return `The ${label} must be on or after ${notBefore.what} (${formatDate(notBefore.on)})`;
  return undefined;
}

export function finish<T, F extends string>(errors: Errors<F>, value: () => T): Checked<T, F> {
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value: value() };
}

export interface VisitInput {
  on: string;
  kind: string;
  note: string;
}
export type VisitField = keyof VisitInput;
export const VISIT_FIELDS: readonly VisitField[] = ['on', 'kind', 'note'];

export function validateVisit(input: VisitInput, approvedOn: IsoDate, today: IsoDate): Checked<{ on: IsoDate; kind: keyof typeof VISIT_KINDS; note: string }, VisitField> {
  const errors: Errors<VisitField> = {};
  const on = checkDate(input.on, 'date of the visit', today, { on: approvedOn, what: 'the date of approval' });
  if (on) errors.on = on;
  if (!isKeyOf(VISIT_KINDS, input.kind)) errors.kind = 'Select whether the visit was planned or unannounced';
  if (input.note.length > NOTE_MAX) errors.note = `The note must be ${NOTE_MAX} characters or fewer`;
  return finish(errors, () => ({ on: input.on.trim(), kind: input.kind as keyof typeof VISIT_KINDS, note: input.note.trim() }));
}

export interface TrainingInput {
  course: string;
  on: string;
  hours: string;
  provider: string;
}
export type TrainingField = keyof TrainingInput;
export const TRAINING_FIELDS: readonly TrainingField[] = ['course', 'on', 'hours', 'provider'];

/** Hours as typed: "3", "1.5"; up to 100 hours for one course. */
function parseHours(text: string): number | undefined {
  const t = text.trim();
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(t)) return undefined;
  const n = Number(t);
  return n > 0 && n <= 100 ? n : undefined;
}

export function validateTraining(input: TrainingInput, today: IsoDate): Checked<{ course: string; on: IsoDate; hours: number; provider: string }, TrainingField> {
  const errors: Errors<TrainingField> = {};
  const course = input.course.trim();
  const provider = input.provider.trim();
  if (!course) errors.course = 'Enter the name of the course';
  else if (course.length > TEXT_MAX) errors.course = `The course must be ${TEXT_MAX} characters or fewer`;
  const on = checkDate(input.on, 'date of the course', today);
  if (on) errors.on = on;
  const hours = parseHours(input.hours);
  if (hours === undefined) errors.hours = 'Hours must be a number more than 0 and up to 100, like 3 or 1.5';
  if (!provider) errors.provider = 'Enter who provided the course';
  else if (provider.length > TEXT_MAX) errors.provider = `The provider must be ${TEXT_MAX} characters or fewer`;
  return finish(errors, () => ({ course, on: input.on.trim(), hours: hours!, provider }));
}

export interface TsdInput {
  completedOn: string;
}
export function validateTsd(input: TsdInput, approvedOn: IsoDate, today: IsoDate): Checked<IsoDate, 'completedOn'> {
  const errors: Errors<'completedOn'> = {};
  const e = checkDate(input.completedOn, 'date the TSD standards were completed', today, { on: approvedOn, what: 'the date of approval' });
  if (e) errors.completedOn = e;
  return finish(errors, () => input.completedOn.trim());
}

export interface TierInput {
  tierId: string;
  on: string;
  reason: string;
}
export type TierField = keyof TierInput;
export const TIER_FIELDS: readonly TierField[] = ['tierId', 'on', 'reason'];

export function validateTier(input: TierInput, tierIds: readonly string[], currentTierId: string | undefined, approvedOn: IsoDate, today: IsoDate): Checked<{ tierId: string; on: IsoDate; reason: string }, TierField> {
  const errors: Errors<TierField> = {};
  if (!tierIds.includes(input.tierId)) errors.tierId = 'Select a tier';
  else if (input.tierId === currentTierId) errors.tierId = 'The household is already on this tier: select a different one';
  const on = checkDate(input.on, 'date the tier starts', today, { on: approvedOn, what: 'the date of approval' });
  if (on) errors.on = on;
  const reason = input.reason.trim();
  if (!reason) errors.reason = 'Enter why the household is on this tier';
  else if (reason.length > NOTE_MAX) errors.reason = `The reason must be ${NOTE_MAX} characters or fewer`;
  return finish(errors, () => ({ tierId: input.tierId, on: input.on.trim(), reason }));
}

/** Fewer children, a narrower age range, a type or sibling groups taken away: terms the carers lose. */
export function reducesTerms(before: TermsOfApproval | undefined, after: TermsOfApproval): boolean {
  if (!before) return false;
  return (
    after.numberOfChildren < before.numberOfChildren ||
    after.ageFrom > before.ageFrom ||
    after.ageTo < before.ageTo ||
    before.types.some((t) => !after.types.includes(t)) ||
    (before.siblingGroups && !after.siblingGroups)
  );
}

/**
 * Reducing terms or ending approval against the carers' wishes is a qualifying determination
 * (FSR reg 28(7)-(10)), with the same 28-day representations/IRM route as a refusal at approval.
 */
export function needsDetermination(outcome: ReviewOutcome, carersAgree: boolean, before: TermsOfApproval | undefined, after: TermsOfApproval | undefined): boolean {
  if (carersAgree) return false;
  if (outcome === 'endApproval') return true;
  return outcome === 'changeTerms' && after !== undefined && reducesTerms(before, after);
}

export interface ReviewInput {
  on: string;
  outcome: string;
  /** 'yes' or 'no'; '' not answered. */
  carersAgree: string;
  qualifyingOn: string;
  note: string;
}
export type ReviewField = keyof ReviewInput | 'newTerms';
export const REVIEW_FIELDS: readonly ReviewField[] = ['on', 'outcome', 'newTerms', 'carersAgree', 'qualifyingOn', 'note'];

export interface ReviewValue {
  on: IsoDate;
  outcome: ReviewOutcome;
  carersAgree: boolean;
  qualifyingOn?: IsoDate;
  /** The last day of the representations/IRM window, when a qualifying determination was made. */
  windowClosesOn?: IsoDate;
  note: string;
}

/** A review as typed; the new terms are checked by `validateTerms` and passed in when the outcome changes them. */
export function validateReview(input: ReviewInput, ctx: { approvedOn: IsoDate; lastReviewOn?: IsoDate; today: IsoDate; terms?: TermsOfApproval; newTerms?: TermsOfApproval }): Checked<ReviewValue, ReviewField> {
  const errors: Errors<ReviewField> = {};
  const notBefore = ctx.lastReviewOn ? { on: ctx.lastReviewOn, what: 'the last review' } : { on: ctx.approvedOn, what: 'the date of approval' };
  const on = checkDate(input.on, 'date of the review', ctx.today, notBefore);
  if (on) errors.on = on;
  const outcome = isKeyOf(REVIEW_OUTCOMES, input.outcome) ? input.outcome : undefined;
  if (!outcome) errors.outcome = 'Select the outcome of the review';
  if (input.carersAgree !== 'yes' && input.carersAgree !== 'no') errors.carersAgree = 'Select whether the carers agree with the outcome';
  const agree = input.carersAgree === 'yes';
  const needed = outcome !== undefined && input.carersAgree !== '' && needsDetermination(outcome, agree, ctx.terms, ctx.newTerms);
  const qd = input.qualifyingOn.trim();
  if (needed) {
    const e = checkDate(qd, 'date of the qualifying determination', ctx.today, isIsoDate(input.on.trim()) ? { on: input.on.trim(), what: 'the date of the review' } : undefined);
    if (e) errors.qualifyingOn = qd ? e : 'The carers do not agree: reducing their terms or ending approval is a qualifying determination. Enter the date the decision maker made it';
  }
  if (input.note.length > NOTE_MAX) errors.note = `The note must be ${NOTE_MAX} characters or fewer`;
  return finish(errors, () => ({
    on: input.on.trim(),
    outcome: outcome!,
    carersAgree: agree,
    ...(needed ? { qualifyingOn: qd, windowClosesOn: representationsCloseOn(qd) } : {}),
    note: input.note.trim(),
  }));
}

export interface DeregistrationInput {
  route: string;
  noticeOn: string;
  agreedOn: string;
  reason: string;
  exitInterview: string;
  note: string;
}
export type DeregistrationField = keyof DeregistrationInput;
export const DEREGISTRATION_FIELDS: readonly DeregistrationField[] = ['route', 'noticeOn', 'agreedOn', 'reason', 'exitInterview', 'note'];

export interface DeregistrationValue {
  route: DeregistrationRoute;
  noticeOn: IsoDate;
  agreedOn?: IsoDate;
  effectiveOn: IsoDate;
  reason: string;
  exitInterview: ExitInterview;
  note: string;
}

/**
 * Leaving the register. A resignation takes effect 28 days after notice unless an earlier date was
 * agreed; every other route takes effect on its date. Ended by the service only after the route's
 * window has closed (`serviceMayEndFrom`, from the review that made the qualifying determination).
 */
export function validateDeregistration(input: DeregistrationInput, ctx: { approvedOn: IsoDate; today: IsoDate; reasons: readonly string[]; serviceMayEndFrom?: IsoDate }): Checked<DeregistrationValue, DeregistrationField> {
  const errors: Errors<DeregistrationField> = {};
  const route = isKeyOf(DEREGISTRATION_ROUTES, input.route) ? input.route : undefined;
  if (!route) errors.route = 'Select how the household is leaving';
  const label = route === 'resignation' ? 'date notice was received' : 'date approval ends';
  const notice = checkDate(input.noticeOn, label, ctx.today, { on: ctx.approvedOn, what: 'the date of approval' });
  if (notice) errors.noticeOn = notice;
  const noticeOn = input.noticeOn.trim();
  const agreed = input.agreedOn.trim();
  if (route === 'resignation' && agreed) {
    if (!isIsoDate(agreed)) errors.agreedOn = notRealDate(agreed, 'The agreed date');
    else if (!notice && agreed < noticeOn) errors.agreedOn = 'The agreed date must be on or after the date notice was received';
    else if (!notice && agreed >= resignationTakesEffectOn(noticeOn)) errors.agreedOn = `Leave the agreed date blank: without one, the resignation takes effect on ${formatDate(resignationTakesEffectOn(noticeOn))}`;
  }
  if (route === 'endedByService' && !notice) {
    if (!ctx.serviceMayEndFrom) errors.route = 'Approval can only be ended by the service after a review with a qualifying determination';
    else if (noticeOn < ctx.serviceMayEndFrom) errors.noticeOn = `The representations/IRM window is open: approval can end from ${formatDate(ctx.serviceMayEndFrom)}`;
  }
  if (!ctx.reasons.includes(input.reason)) errors.reason = 'Select the reason the household is leaving';
  if (!isKeyOf(EXIT_INTERVIEW, input.exitInterview)) errors.exitInterview = 'Select whether an exit interview was offered and held';
  if (input.note.length > NOTE_MAX) errors.note = `The note must be ${NOTE_MAX} characters or fewer`;
  return finish(errors, () => {
    const agreedOn = route === 'resignation' && agreed ? agreed : undefined;
    return {
      route: route!,
      noticeOn,
      ...(agreedOn ? { agreedOn } : {}),
      effectiveOn: route === 'resignation' ? resignationTakesEffectOn(noticeOn, agreedOn) : noticeOn,
      reason: input.reason,
      exitInterview: input.exitInterview as ExitInterview,
      note: input.note.trim(),
    };
  });
}

/** The review form as typed: the review's own fields and, for a change of terms, the new terms. */
export type ReviewFormInput = ReviewInput & TermsInput;
export type ReviewFormField = Exclude<ReviewField, 'newTerms'> | TermsField;
export const REVIEW_FORM_FIELDS: readonly ReviewFormField[] = ['on', 'outcome', ...TERMS_FIELDS, 'carersAgree', 'qualifyingOn', 'note'];

export function validateReviewForm(
  input: ReviewFormInput,
  ctx: { approvedOn: IsoDate; lastReviewOn?: IsoDate; today: IsoDate; terms?: TermsOfApproval; household: Pick<Household, 'kind'> },
): Checked<ReviewValue & { newTerms?: TermsOfApproval }, ReviewFormField> {
  const changing = input.outcome === 'changeTerms';
  const terms = changing ? validateTerms(input, ctx.household, isIsoDate(input.on.trim()) ? input.on.trim() : undefined) : undefined;
  const newTerms = terms?.ok ? terms.value : undefined;
  const review = validateReview(input, { ...ctx, ...(newTerms ? { newTerms } : {}) });
  const errors: Errors<ReviewFormField> = {};
  if (!review.ok) Object.assign(errors, Object.fromEntries(Object.entries(review.errors).filter(([f]) => f !== 'newTerms')));
  if (terms && !terms.ok) Object.assign(errors, terms.errors);
  else if (changing && newTerms && ctx.terms && sameTerms(newTerms, ctx.terms)) errors.types = 'The new terms are the same as the terms in force: change them, or choose that approval continues on the same terms';
  return finish(errors, () => ({ ...(review as { ok: true; value: ReviewValue }).value, ...(newTerms ? { newTerms } : {}) }));
}

export interface ExtraReviewInput {
  reason: string;
  on: string;
}
export type ExtraReviewField = keyof ExtraReviewInput;
export const EXTRA_REVIEW_FIELDS: readonly ExtraReviewField[] = ['reason', 'on'];

/**
 * Starting an extra review (FSR reg 28) after an allegation or a significant change: the date of
 * that event, which cannot come before approval or the last review (a review held since answers it).
 */
export function validateExtraReview(input: ExtraReviewInput, ctx: { approvedOn: IsoDate; lastReviewOn?: IsoDate; today: IsoDate }): Checked<ExtraReviewCall, ExtraReviewField> {
  const errors: Errors<ExtraReviewField> = {};
  if (!isKeyOf(EXTRA_REVIEW_REASONS, input.reason)) errors.reason = 'Select why an extra review is needed';
  const on = checkDate(input.on, 'date of the allegation or change', ctx.today, { on: ctx.approvedOn, what: 'the date of approval' });
  if (on) errors.on = on;
  else if (ctx.lastReviewOn && input.on.trim() <= ctx.lastReviewOn) errors.on = `The date of the allegation or change must be after the last review (${formatDate(ctx.lastReviewOn)}), which took account of anything before it`;
  return finish(errors, () => ({ reason: input.reason as ExtraReviewReason, on: input.on.trim() }));
}
