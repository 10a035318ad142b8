import { addDays, formatDate, isIsoDate, type IsoDate } from './dates';
import { addWorkingDays } from './working-days';
import type { Assessment, DecisionOutcome, DecisionRecord, QualifyingDetermination, ReviewRoute } from './household';
import type { TermsOfApproval } from './terms';

/** Days an applicant has to make representations or apply to the IRM after a qualifying determination. */
export const REPRESENTATIONS_DAYS = 28;

/**
 * Where a household stands between panel and the final decision (FSR reg 27). The panel only
 * recommends; the agency decision maker decides on the final minutes. A qualifying determination
 * opens the applicant's 28 days; then either representations (back to panel) or the IRM, and the
 * decision maker decides after that route has ended, or after the 28 days pass with neither.
 */
export type DecisionStep =
  | { step: 'awaitingMinutes' }
  | { step: 'readyToDecide'; from: IsoDate }
  | { step: 'window'; qualifying: QualifyingDetermination; closesOn: IsoDate }
  | { step: 'awaitingReview'; route: 'representations' | 'irm'; review: ReviewRoute }
  | { step: 'decisionDue'; from: IsoDate; after: 'window' | 'representations' | 'irm' }
  | { step: 'decided'; on: IsoDate };

/** The last day the applicant may make representations or apply to the IRM. */
export function representationsCloseOn(qualifyingOn: IsoDate): IsoDate {
  return addDays(qualifyingOn, REPRESENTATIONS_DAYS);
}

/** The date of the qualifying determination, from the full record or the date older records kept. */
export function qualifyingOn(decision: DecisionRecord | undefined): IsoDate | undefined {
  return decision?.qualifying?.on ?? decision?.qualifyingDeterminationOn;
}

/** The route the applicant chose after the qualifying determination, if any. */
export function reviewRoute(decision: DecisionRecord | undefined): { route: 'representations' | 'irm'; review: ReviewRoute } | undefined {
  if (decision?.irm) return { route: 'irm', review: decision.irm };
  if (decision?.representations) return { route: 'representations', review: decision.representations };
  return undefined;
}

export function decisionStep(a: Pick<Assessment, 'panel' | 'decision'>, today: IsoDate): DecisionStep {
  const d = a.decision;
  if (d?.decidedOn) return { step: 'decided', on: d.decidedOn };
  const qdOn = qualifyingOn(d);
  if (!qdOn) {
    const minutes = a.panel?.minutesReceivedOn;
    return minutes ? { step: 'readyToDecide', from: minutes } : { step: 'awaitingMinutes' };
  }
  const chosen = reviewRoute(d);
  if (chosen) {
    const { review } = chosen;
    if (review.recommendation && review.panelOn) return { step: 'decisionDue', from: review.panelOn, after: chosen.route };
    return { step: 'awaitingReview', route: chosen.route, review };
  }
  const closesOn = representationsCloseOn(qdOn);
  const qualifying = d?.qualifying ?? { on: qdOn, mindedTo: 'notApprove', reasons: '', maker: { name: '', role: '' } };
  if (today <= closesOn) return { step: 'window', qualifying, closesOn };
  return { step: 'decisionDue', from: addDays(closesOn, 1), after: 'window' };
}

/** The earliest date the final decision may carry, or why it cannot be recorded yet. */
export function decisionOpensOn(a: Pick<Assessment, 'panel' | 'decision'>, today: IsoDate): { ok: true; from: IsoDate } | { ok: false; why: string } {
  const s = decisionStep(a, today);
  switch (s.step) {
    case 'awaitingMinutes':
      return { ok: false, why: 'The decision is made on the final panel minutes: record the date they were received first' };
    case 'readyToDecide':
    case 'decisionDue':
      return { ok: true, from: s.from };
    case 'window':
      return {
        ok: false,
        why: `The applicant has until ${formatDate(s.closesOn)} to make representations or apply to the Independent Review Mechanism: the decision can be recorded from ${formatDate(addDays(s.closesOn, 1))}, or after either route ends`,
      };
    case 'awaitingReview':
      return {
        ok: false,
        why:
          s.route === 'irm'
            ? "The decision is made after the Independent Review Mechanism's recommendation: record it first"
            : "The representations go back to panel: record the panel's recommendation first",
      };
    case 'decided':
      return { ok: false, why: 'The decision is already recorded' };
  }
}

/** Plain words for where the household stands after panel, for the household page and Today. */
export function decisionStepText(s: DecisionStep): string {
  switch (s.step) {
    case 'awaitingMinutes':
      return 'Waiting for the final panel minutes';
    case 'readyToDecide':
      return 'Ready for the agency decision maker';
    case 'window':
      return `Waiting for representations or an IRM application (until ${formatDate(s.closesOn)})`;
    case 'awaitingReview':
      return s.route === 'irm'
        ? `Waiting for the Independent Review Mechanism (applied ${formatDate(s.review.on)})`
        : `Representations received ${formatDate(s.review.on)}: waiting for panel to reconsider`;
    case 'decisionDue':
      return s.after === 'window' ? 'Decision due: no representations or IRM application in the 28 days' : 'Decision due';
    case 'decided':
      return `Decided ${formatDate(s.on)}`;
  }
}

/** National Minimum Standard 14: the agency decision within 7 working days of the final panel minutes. */
export const DECISION_WORKING_DAYS = 7;

/**
 * A warning, as the date is typed, when the first determination after panel (the decision or a
 * qualifying determination) falls more than 7 working days after the final minutes. It is not a
 * refusal: the decision stands, and the late day is shown so the reason can go in the note.
 */
export function decisionDateWarning(a: Pick<Assessment, 'panel' | 'decision'>, on: string): string | undefined {
  const minutes = a.panel?.minutesReceivedOn;
  if (!minutes || qualifyingOn(a.decision) || !isIsoDate(on) || on < minutes) return undefined;
  const dueOn = addWorkingDays(minutes, DECISION_WORKING_DAYS);
  if (on <= dueOn) return undefined;
  return `Warning: this is after ${formatDate(dueOn)}, ${DECISION_WORKING_DAYS} working days after the final minutes (National Minimum Standard 14); say why in the note`;
}

/**
 * The terms an approval stands on with none typed: the panel's recommended terms, unless the panel
 * recommended none or a qualifying determination proposed others (then the decision maker types them).
 */
export function termsWithoutTyping(a: Pick<Assessment, 'panel' | 'decision'>): TermsOfApproval | undefined {
  const recommended = a.panel?.recommendation === 'approve' ? a.panel.recommendedTerms : undefined;
  return a.decision?.qualifying?.mindedTo === 'otherTerms' ? undefined : recommended;
}

/** Not approving is open only after a qualifying determination (FSR reg 27). */
export function decisionOutcomesOpen(decision: DecisionRecord | undefined): DecisionOutcome[] {
  return qualifyingOn(decision) ? ['approve', 'doNotApprove'] : ['approve'];
}
