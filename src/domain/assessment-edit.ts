import { formatDate, isIsoDate, type IsoDate } from './dates';
import type { Assessment, PanelRecommendation, PanelRecord, TrainingAttendance } from './household';
import type { Stage } from './stages';
import { addWorkingDays } from './working-days';
import type { HouseholdKind } from './codes';
import { emptyTermsInput, validateTerms, type TermsField, type TermsInput, type TermsOfApproval } from './terms';
import { notRealDate } from './date-parts';

export type FormErrors<K extends string> = Partial<Record<K, string>>;
export type EditResult<T, K extends string> = { ok: true; value: T } | { ok: false; errors: FormErrors<K> };

export const DEFAULT_TRAINING_COURSE = 'Skills to Foster';

export const PANEL_RECOMMENDATIONS: Record<PanelRecommendation, string> = {
  approve: 'Approve',
  doNotApprove: 'Do not approve',
};


function settle<T, K extends string>(errors: FormErrors<K>, value: () => T): EditResult<T, K> {
  const found = Object.fromEntries(Object.entries(errors).filter(([, m]) => m)) as FormErrors<K>;
  return Object.keys(found).length ? { ok: false, errors: found } : { ok: true, value: value() };
}

/** A date that has happened: empty is allowed (not yet), anything else must be real and not in the future. */
function pastDate(value: string, name: string, today: IsoDate): string | undefined {
  if (!value) return undefined;
  if (!isIsoDate(value)) return notRealDate(value, name);
  if (value > today) return `${name} must be today or in the past`;
  return undefined;
}

const clean = (s: string) => s.trim() || undefined;

// Preparation training -------------------------------------------------------------------------

export interface TrainingForm {
  course: string;
  attendedOn: string;
}
export type TrainingField = keyof TrainingForm;

export function validateTraining(form: TrainingForm, today: IsoDate): EditResult<TrainingAttendance, TrainingField> {
  const course = form.course.trim();
  const attendedOn = form.attendedOn.trim();
  const errors: FormErrors<TrainingField> = {};
  if (!course) errors.course = 'Enter the name of the course';
  else if (course.length > 100) errors.course = 'Course name must be 100 characters or fewer';
  errors.attendedOn = attendedOn ? pastDate(attendedOn, 'Date attended', today) : 'Enter the date they attended';
  return settle(errors, () => ({ course, attendedOn }));
}

/** Sessions in the order they were attended, so the record reads as a history. */
export function addTraining(training: TrainingAttendance[], session: TrainingAttendance): TrainingAttendance[] {
  return [...training, session].sort((a, b) => (a.attendedOn < b.attendedOn ? -1 : a.attendedOn > b.attendedOn ? 1 : 0));
}

// Stage 2 ----------------------------------------------------------------------------------------

export interface Stage2Form {
  assessorId: string;
  /** Stage 2 started alongside stage 1: the decision to proceed, once the checks are back. */
  proceedDecisionOn: string;
  reportStartedOn: string;
  reportCompletedOn: string;
}
export type Stage2Field = keyof Stage2Form;
export type Stage2Patch = Pick<Assessment, 'assessorId' | 'proceedDecisionOn' | 'reportStartedOn' | 'reportCompletedOn'>;

/** `reportName` is "Form F" or "Form C", so messages name the report the worker is writing. */
/**
 * Where the household stands, for the rules that protect what later stages were based on: after
 * panel the report's completion stays, after the decision the panel's recommendation stays, and
 * the panel cannot move to after the decision.
 */
export interface AssessmentPosition {
  stage: Stage;
  decidedOn?: IsoDate;
  /** Kinship terms are for connected households only. */
  kind?: HouseholdKind;
}

const PAST_PANEL: Stage[] = ['panel', 'decision', 'approved'];
const PAST_DECISION_STAGE: Stage[] = ['decision', 'approved'];

export function validateStage2(
  form: Stage2Form,
  reportName: string,
  today: IsoDate,
  position?: AssessmentPosition,
): EditResult<Stage2Patch, Stage2Field> {
  const started = form.reportStartedOn.trim();
  const completed = form.reportCompletedOn.trim();
  const proceed = (form.proceedDecisionOn ?? '').trim();
  const errors: FormErrors<Stage2Field> = {
    proceedDecisionOn: pastDate(proceed, 'Date of the decision to proceed', today),
    reportStartedOn: pastDate(started, `Date the ${reportName} was started`, today),
    reportCompletedOn: pastDate(completed, `Date the ${reportName} was completed`, today),
  };
  if (!errors.reportStartedOn && !errors.reportCompletedOn && started && completed && completed < started) {
    errors.reportCompletedOn = `Date the ${reportName} was completed must be the same as or after the date it was started, ${formatDate(started)}`;
  }
  if (!completed && position && PAST_PANEL.includes(position.stage)) {
    errors.reportCompletedOn = `Enter the date the ${reportName} was completed: the household has gone to panel on it`;
  }
  return settle(errors, () => ({
    assessorId: clean(form.assessorId),
    proceedDecisionOn: proceed || undefined,
    reportStartedOn: started || undefined,
    reportCompletedOn: completed || undefined,
  }));
}

// Panel ------------------------------------------------------------------------------------------

export interface PanelForm {
  panelOn: string;
  papersSentOn: string;
  chair: string;
  recommendation: string;
  /** The terms recommended with an approval; the decision maker approves on them or makes a qualifying determination. */
  terms: TermsInput;
  minutesReceivedOn: string;
}
/** A form field, or one of the recommended terms' fields as `terms.ageFrom`. */
export type PanelField = Exclude<keyof PanelForm, 'terms'> | `terms.${TermsField}`;

/**
 * The panel date may be planned ahead; everything else has to have happened. Papers go before
 * the panel, a recommendation is only made once it has met, and the minutes come after it.
 */
export function validatePanel(form: PanelForm, today: IsoDate, position?: AssessmentPosition): EditResult<PanelRecord, PanelField> {
  const panelOn = form.panelOn.trim();
  const papersSentOn = form.papersSentOn.trim();
  const minutesReceivedOn = form.minutesReceivedOn.trim();
  const recommendation = form.recommendation;
  const chair = (form.chair ?? '').trim();
  const errors: FormErrors<PanelField> = {};

  const panelOk = Boolean(panelOn) && isIsoDate(panelOn);
  if (panelOn && !panelOk) errors.panelOn = notRealDate(panelOn, 'Date of the panel');
  else if (!panelOn && (papersSentOn || recommendation || minutesReceivedOn)) errors.panelOn = 'Enter the date of the panel';

  errors.papersSentOn = pastDate(papersSentOn, 'Date the papers were sent', today);
  if (!errors.papersSentOn && papersSentOn && panelOk && papersSentOn > panelOn) {
    errors.papersSentOn = `Date the papers were sent must be the same as or before the panel, ${formatDate(panelOn)}`;
  }

  if (recommendation && recommendation !== 'approve' && recommendation !== 'doNotApprove') {
    errors.recommendation = "Select the panel's recommendation";
  } else if (recommendation && panelOk && panelOn > today) {
    errors.recommendation = `The recommendation can only be recorded once the panel has met on ${formatDate(panelOn)}`;
  }

  if (position && PAST_DECISION_STAGE.includes(position.stage)) {
    if (!panelOn) errors.panelOn = 'Enter the date of the panel: the decision was made on its recommendation';
    if (!recommendation) errors.recommendation = "Select the panel's recommendation: the decision was made on it";
  }
  if (!errors.panelOn && panelOk && position?.decidedOn && panelOn > position.decidedOn) {
    errors.panelOn = `Date of the panel must be the same as or before the decision on ${formatDate(position.decidedOn)}`;
  }

  let recommendedTerms: TermsOfApproval | undefined;
  if (recommendation === 'approve') {
    const terms = validateTerms(form.terms ?? emptyTermsInput(), { kind: position?.kind ?? 'mainstream' }, panelOk ? panelOn : undefined);
    if (terms.ok) recommendedTerms = terms.value;
    else for (const [field, message] of Object.entries(terms.errors)) errors[`terms.${field as TermsField}`] = message;
  }
  if (chair.length > 100) errors.chair = "Panel chair's name must be 100 characters or fewer";
  else if (!chair && recommendation) errors.chair = 'Enter the name of the panel chair: the recommendation is theirs to sign';

  errors.minutesReceivedOn = pastDate(minutesReceivedOn, 'Date the final minutes were received', today);
  if (!errors.minutesReceivedOn && minutesReceivedOn && panelOk && minutesReceivedOn < panelOn) {
    errors.minutesReceivedOn = `Date the final minutes were received must be the same as or after the panel, ${formatDate(panelOn)}`;
  }
  if (!errors.minutesReceivedOn && minutesReceivedOn && !recommendation) {
    errors.minutesReceivedOn = "Record the panel's recommendation with its final minutes";
  }

  return settle(errors, () => ({
    panelOn: panelOn || undefined,
    papersSentOn: papersSentOn || undefined,
    chair: chair || undefined,
    recommendation: (recommendation || undefined) as PanelRecommendation | undefined,
    ...(recommendedTerms ? { recommendedTerms } : {}),
    minutesReceivedOn: minutesReceivedOn || undefined,
  }));
}


/** National Minimum Standard 14.3: the panel has its papers at least 5 working days before it sits. */
export const PAPERS_WORKING_DAYS = 5;

/**
 * A warning, not a refusal, as soon as the dates are typed: papers sent later than 5 working days
 * before the panel still go, but the panel may choose to defer.
 */
export function papersWarning(panelOn: string, papersSentOn: string): string | undefined {
  const panel = panelOn.trim();
  const papers = papersSentOn.trim();
  if (!isIsoDate(panel) || !isIsoDate(papers) || papers > panel) return undefined;
  const latest = addWorkingDays(panel, -PAPERS_WORKING_DAYS);
  if (papers <= latest) return undefined;
  return `Warning: papers sent after ${formatDate(latest)} reach the panel less than ${PAPERS_WORKING_DAYS} working days before it sits`;
}
