import { useEffect, useState } from 'preact/hooks';
import { endingCodesFor, endingText, type EndingCode } from '../../domain/codes';
import { TERMS_FIELDS, termsInWords } from '../../domain/terms';
import { decisionDateWarning, decisionOutcomesOpen, termsWithoutTyping } from '../../domain/decision-route';
import { formatDate, type IsoDate } from '../../domain/dates';
import type { DecisionOutcome, Household, Move, MoveKind } from '../../domain/household';
import { describeMove, planMove, type MoveErrors } from '../../domain/stage-rules';
import { isMoveFrom, moveFrom, type MoveFrom } from '../../domain/stale-rule';
import { householdsRepo } from '../../data/repositories/households';
import { writeErrorMessage } from '../../data/write-errors';
import { DraftNotice } from '../components/DraftNotice';
import { ErrorSummary, type SummaryError } from '../components/ErrorSummary';
import { RadioGroup, TextArea, TextField } from '../components/fields';
import { DateInput } from '../components/DateInput';
import { StaleNotice } from '../components/StaleNotice';
import { useFormDraft } from '../components/use-form-draft';
import { useStaleGuard } from '../components/use-stale-guard';
import { byName } from '../current-user';
import { emptyMoveForm, termsOf, toMoveRequest, type MoveFormValues } from './MoveRequest';
import { TermsFields, formFieldId, termsErrorsOf } from './TermsFields';

/** Error keys from the stage rules, in the order their fields appear on the form. */
const FIELD_ORDER = [
  'form',
  'on',
  'holdUntil',
  'code',
  'noticeOn',
  'maker.name',
  'maker.role',
  'mindedTo',
  'recommendation',
  'outcome',
  ...TERMS_FIELDS.map((f) => `terms.${f}`),
  'reason',
  'reasons',
];

const HEADING_ID = 'move-form-heading';

const TERMS_ID = 'move-terms';

function moveFieldId(key: string): string {
  if (key === 'form') return HEADING_ID;
  // The qualifying determination's reasons are typed in the form's one text area.
  return formFieldId(TERMS_ID, key, (k) => `move-${(k === 'reasons' ? 'reason' : k).replace('.', '-')}`);
}

function summaryErrors(errors: MoveErrors): SummaryError[] {
  const keys = Object.keys(errors).sort((a, b) => rank(a) - rank(b));
  return keys.map((k) => ({ field: moveFieldId(k), message: errors[k]! }));
}

function rank(key: string): number {
  const i = FIELD_ORDER.indexOf(key);
  return i < 0 ? FIELD_ORDER.length : i;
}

const endingOptions = (kind: 'withdraw' | 'close', household: Household) =>
  endingCodesFor(kind, household.stage).map((value: EndingCode) => ({ value, label: endingText(value) }));
const MINDED_TO_OPTIONS = [
  { value: 'notApprove', label: 'Not to approve' },
  { value: 'otherTerms', label: 'To approve on terms other than those the panel recommended' },
];
const RECOMMENDATION_OPTIONS = [
  { value: 'approve', label: 'Approve' },
  { value: 'doNotApprove', label: 'Do not approve' },
];
const DATE_LABELS: Partial<Record<MoveKind, string>> = {
  decision: 'Date of the decision',
  qualifyingDetermination: 'Date of the qualifying determination',
  representations: 'Date the representations were received',
  independentReview: 'Date of the application to the Independent Review Mechanism',
  reviewOutcome: 'Date of the panel that reconsidered the case',
  reopen: 'Date reopened',
};

const REASON_LABELS: Record<MoveKind, string | undefined> = {
  forward: undefined,
  resume: undefined,
  back: 'Why is the household going back a stage?',
  hold: 'Reason (optional)',
  withdraw: 'Note',
  close: 'Note',
  reopen: 'Why is the household being reopened?',
  qualifyingDetermination: 'Reasons, as sent to the applicant in writing',
  representations: undefined,
  independentReview: undefined,
  reviewOutcome: undefined,
  decision: 'Note (optional)',
};

export interface MoveFormProps {
  kind: MoveKind;
  /** The form's heading and submit button for a household standing at `from`. */
  wording: (from: MoveFrom) => { title: string; submit: string };
  household: Household;
  today: IsoDate;
  onDone: (move: Move) => void;
  onCancel: () => void;
  onErrors: (has: boolean) => void;
  /** Opened by the page itself to show a stored draft, not by the user: leave focus where it is. */
  reopened?: boolean;
  /** A connected household's named child, offered for kinship terms. */
  namedChild?: string;
}

const ENDINGS: MoveKind[] = ['withdraw', 'close'];

/** One move's small form: GOV.UK error summary, messages beside fields, validated by the stage rules. */
export function MoveForm({ kind, wording, household, today, onDone, onCancel, onErrors, reopened, namedChild }: MoveFormProps) {
  // The move is from where the household stood when the form opened (or its draft was begun), and says so in its heading.
  const guard = useStaleGuard(
    () => moveFrom(household),
    () => moveFrom(household),
    isMoveFrom,
  );
  const draft = useFormDraft<MoveFormValues>(`move:${household.id}:${kind}`, () => emptyMoveForm(today, namedChild), undefined, guard);
  // Drafts kept before a field existed still open with every field.
  const values = { ...emptyMoveForm(today, namedChild), ...draft.values };
  const [errors, setErrors] = useState<MoveErrors>({});
  // An ending is asked about once more, in words, before it is saved.
  const [confirming, setConfirming] = useState<string>();
  const { title, submit: submitLabel } = wording(guard.base);
  const [busy, setBusy] = useState(false);
  const set = (field: keyof MoveFormValues) => (value: string) => {
    setConfirming(undefined);
    draft.change((v) => ({ ...emptyMoveForm(today, namedChild), ...v, [field]: value }));
  };
  const terms = (legend: string) => (
    <TermsFields
      idPrefix={TERMS_ID}
      legend={legend}
      household={household}
      value={termsOf(values, namedChild)}
      onChange={(next) => {
        setConfirming(undefined);
        draft.change((v) => ({ ...emptyMoveForm(today, namedChild), ...v, terms: next }));
      }}
      errors={termsErrorsOf(errors)}
      namedChild={namedChild}
    />
  );
  const err = (key: string) => errors[key];

  useEffect(() => {
    if (!reopened) document.getElementById(HEADING_ID)?.focus();
    return () => onErrors(false);
  }, []);
  useEffect(() => {
    if (confirming) document.getElementById('move-confirm')?.focus();
  }, [confirming]);

  const save = async () => {
    if (busy) return;
    setBusy(true);
    guard.clear();
    try {
      const result = await householdsRepo.move(household.id, { ...toMoveRequest(kind, values), from: guard.base }, byName(), today);
      if (result.ok) {
        await draft.discard();
        onDone(result.move);
        return;
      }
      setConfirming(undefined);
      setErrors(result.errors);
      onErrors(true);
    } catch (error) {
      // The typed values stay in the form and its draft; say what happened instead of doing nothing.
      setConfirming(undefined);
      setErrors(guard.refused(error) ? {} : { form: writeErrorMessage(error, 'The move') });
      onErrors(true);
    } finally {
      setBusy(false);
    }
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    if (ENDINGS.includes(kind) && !confirming) {
      // Endings need no checks, so the rules can be asked here before the question is put.
      const checked = planMove({ household, checks: [], today }, toMoveRequest(kind, values));
      if (!checked.ok) {
        setErrors(checked.errors);
        onErrors(true);
        return;
      }
      setErrors({});
      onErrors(false);
      setConfirming(describeMove(checked.plan.move));
      return;
    }
    await save();
  };

  const reasonLabel = REASON_LABELS[kind];
  const warning = ENDINGS.includes(kind);
  const outcomes = decisionOutcomesOpen(household.assessment.decision);
  const standingTerms = termsWithoutTyping(household.assessment);
  const termsNeeded = kind === 'decision' && values.outcome === 'approve' && !standingTerms;
  return (
    <form class="move-form" noValidate onSubmit={submit} aria-labelledby={HEADING_ID}>
      <h3 id={HEADING_ID} tabIndex={-1}>
        {title}
      </h3>
      {guard.stale && <StaleNotice stale={guard.stale} onUseLatest={guard.useLatest} id="move-stale" />}
      <ErrorSummary errors={summaryErrors(errors)} id="move-errors" />
      <DraftNotice draft={draft} focusId={moveFieldId('on')} />
      <DateInput
        id={moveFieldId('on')}
        label={DATE_LABELS[kind] ?? 'Date of the move'}
        hint={
          ((kind === 'decision' || kind === 'qualifyingDetermination') && decisionDateWarning(household.assessment, values.on)) ||
          `Today or earlier, and not before ${formatDate(household.lastMoveOn)}, the last move`
        }
        value={values.on}
        onInput={set('on')}
        error={err('on')}
      />
      {kind === 'hold' && (
        <DateInput
          id={moveFieldId('holdUntil')}
          label="Expected return date"
          value={values.holdUntil}
          onInput={set('holdUntil')}
          error={err('holdUntil')}
        />
      )}
      {kind === 'withdraw' && (
        <RadioGroup
          id={moveFieldId('code')}
          label="Why did the household withdraw?"
          hint={endingHint(household)}
          options={endingOptions('withdraw', household)}
          value={values.code}
          onChange={set('code')}
          error={err('code')}
        />
      )}
      {kind === 'close' && (
        <RadioGroup
          id={moveFieldId('code')}
          label="Why is the service closing the application?"
          options={endingOptions('close', household)}
          value={values.code}
          onChange={set('code')}
          error={err('code')}
        />
      )}
      {kind === 'close' && values.code === 'unsuitableStage1' && (
        <DateInput
          id={moveFieldId('noticeOn')}
          label="Date of the written notice to the applicants"
          hint="Fostering Services Regulations 26(2): the applicants are told in writing, with the reasons. This is not a qualifying determination."
          value={values.noticeOn}
          onInput={set('noticeOn')}
          error={err('noticeOn')}
        />
      )}
      {(kind === 'qualifyingDetermination' || kind === 'decision') && <MakerFields values={values} set={set} err={err} />}
      {kind === 'qualifyingDetermination' && (
        <>
          <RadioGroup
            id={moveFieldId('mindedTo')}
            label="The agency decision maker is minded"
            hint="The applicant then has 28 days to make representations to the service or apply to the Independent Review Mechanism"
            options={MINDED_TO_OPTIONS}
            value={values.mindedTo}
            onChange={set('mindedTo')}
            error={err('mindedTo')}
          />
          {values.mindedTo === 'otherTerms' && terms('Terms the decision maker proposes')}
        </>
      )}
      {kind === 'reviewOutcome' && (
        <RadioGroup
          id={moveFieldId('recommendation')}
          label="Recommendation"
          options={RECOMMENDATION_OPTIONS}
          value={values.recommendation}
          onChange={set('recommendation')}
          error={err('recommendation')}
        />
      )}
      {kind === 'decision' && (
        <>
          <RadioGroup
            id={moveFieldId('outcome')}
            label="Decision"
            hint={outcomes.length > 1 ? undefined : 'Not approving, or approving on other terms than the panel recommended, needs a qualifying determination first'}
            options={RECOMMENDATION_OPTIONS.filter((o) => outcomes.includes(o.value as DecisionOutcome))}
            value={values.outcome}
            onChange={set('outcome')}
            error={err('outcome')}
          />
          {values.outcome === 'approve' && standingTerms && (
            <p id="move-terms-recommended">Approved on the terms the panel recommended: {termsInWords(standingTerms)}.</p>
          )}
          {termsNeeded && terms('Terms of approval')}
        </>
      )}
      {reasonLabel && (
        <TextArea
          id={moveFieldId('reason')}
          label={kind === 'close' && values.code === 'unsuitableStage1' ? 'Reasons given in the written notice' : reasonLabel}
          rows={3}
          value={values.reason}
          onInput={set('reason')}
          error={err('reason') ?? err('reasons')}
        />
      )}
      {confirming ? (
        <div id="move-confirm" class="settings-confirm" tabIndex={-1}>
          <p class="warning-text">
            {confirming}. This ends the application. It can be reopened later, with a reason, and its history stays.
          </p>
          <div class="button-group">
            <button type="button" class="button button--warning" aria-disabled={busy} onClick={() => void save()}>
              Yes, {submitLabel.toLowerCase()}
            </button>
            <button type="button" class="button button--secondary" onClick={() => setConfirming(undefined)}>
              No, go back
            </button>
          </div>
        </div>
      ) : (
        <div class="button-group">
          <button type="submit" class={`button${warning ? ' button--warning' : ''}`} aria-disabled={busy}>
            {submitLabel}
          </button>
          <button
            type="button"
            class="link-button"
            onClick={() => {
              void draft.discard();
              onCancel();
            }}
          >
            Cancel
          </button>
        </div>
      )}
    </form>
  );
}

function endingHint(household: Household): string {
  if (household.stage === 'enquiry' || household.stage === 'initialVisit') return 'Before an application this is the service’s own code, not an Ofsted withdrawal';
  if (household.stage === 'decision') return 'After panel this is the service’s own code, not an Ofsted withdrawal';
  return 'Ofsted’s applicant withdrawal codes';
}

type FieldProps = {
  values: MoveFormValues;
  set: (field: keyof MoveFormValues) => (value: string) => void;
  err: (key: string) => string | undefined;
};

function MakerFields({ values, set, err }: FieldProps) {
  return (
    <fieldset class="move-form__terms">
      <legend>Agency decision maker</legend>
      <TextField id={moveFieldId('maker.name')} label="Name" autocomplete="off" value={values.makerName} onInput={set('makerName')} error={err('maker.name')} />
      <TextField id={moveFieldId('maker.role')} label="Role" hint="For example, Head of Service" autocomplete="off" value={values.makerRole} onInput={set('makerRole')} error={err('maker.role')} />
    </fieldset>
  );
}
