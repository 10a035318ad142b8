import { useEffect, useState } from 'preact/hooks';
import { APPROVAL_TYPES, CLOSURE_CODES, WITHDRAWAL_CODES } from '../../domain/codes';
import { formatDate, type IsoDate } from '../../domain/dates';
import type { Household, Move, MoveKind } from '../../domain/household';
import type { MoveErrors } from '../../domain/stage-rules';
import { isMoveFrom, moveFrom, type MoveFrom } from '../../domain/stale-rule';
import { householdsRepo } from '../../data/repositories/households';
import { writeErrorMessage } from '../../data/write-errors';
import { DraftNotice } from '../components/DraftNotice';
import { ErrorSummary, type SummaryError } from '../components/ErrorSummary';
import { RadioGroup, TextArea, TextField, optionsFrom } from '../components/fields';
import { StaleNotice } from '../components/StaleNotice';
import { useFormDraft } from '../components/use-form-draft';
import { useStaleGuard } from '../components/use-stale-guard';
import { byName } from '../current-user';
import { emptyMoveForm, toMoveRequest, type MoveFormValues } from './MoveRequest';

/** Error keys from the stage rules, in the order their fields appear on the form. */
const FIELD_ORDER = ['form', 'on', 'holdUntil', 'code', 'outcome', 'terms.type', 'terms.ageFrom', 'terms.ageTo', 'terms.numberOfChildren', 'reason'];

const HEADING_ID = 'move-form-heading';

function moveFieldId(key: string): string {
  return key === 'form' ? HEADING_ID : `move-${key.replace('.', '-')}`;
}

function summaryErrors(errors: MoveErrors): SummaryError[] {
  const keys = Object.keys(errors).sort((a, b) => rank(a) - rank(b));
  return keys.map((k) => ({ field: moveFieldId(k), message: errors[k]! }));
}

function rank(key: string): number {
  const i = FIELD_ORDER.indexOf(key);
  return i < 0 ? FIELD_ORDER.length : i;
}

const WITHDRAWAL_OPTIONS = Object.entries(WITHDRAWAL_CODES).map(([value, label]) => ({ value, label: `${value}: ${label}` }));
const DECISION_OPTIONS = [
  { value: 'approve', label: 'Approve' },
  { value: 'doNotApprove', label: 'Do not approve' },
];
const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

const DATE_LABELS: Partial<Record<MoveKind, string>> = {
  decision: 'Date of the decision',
  qualifyingDetermination: 'Date of the qualifying determination',
};

const REASON_LABELS: Record<MoveKind, string | undefined> = {
  forward: undefined,
  resume: undefined,
  back: 'Why is the household going back a stage?',
  hold: 'Reason (optional)',
  withdraw: 'Note',
  close: 'Note',
  qualifyingDetermination: 'Note (optional)',
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
}

/** One move's small form: GOV.UK error summary, messages beside fields, validated by the stage rules. */
export function MoveForm({ kind, wording, household, today, onDone, onCancel, onErrors, reopened }: MoveFormProps) {
  // The move is from where the household stood when the form opened (or its draft was begun), and says so in its heading.
  const guard = useStaleGuard(
    () => moveFrom(household),
    () => moveFrom(household),
    isMoveFrom,
  );
  const draft = useFormDraft<MoveFormValues>(`move:${household.id}:${kind}`, () => emptyMoveForm(today), undefined, guard);
  const values = draft.values;
  const [errors, setErrors] = useState<MoveErrors>({});
  const { title, submit: submitLabel } = wording(guard.base);
  const [busy, setBusy] = useState(false);
  const set = (field: keyof MoveFormValues) => (value: string) => draft.change((v) => ({ ...v, [field]: value }));
  const err = (key: string) => errors[key];

  useEffect(() => {
    if (!reopened) document.getElementById(HEADING_ID)?.focus();
    return () => onErrors(false);
  }, []);

  const submit = async (e: Event) => {
    e.preventDefault();
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
      setErrors(result.errors);
      onErrors(true);
    } catch (error) {
      // The typed values stay in the form and its draft; say what happened instead of doing nothing.
      setErrors(guard.refused(error) ? {} : { form: writeErrorMessage(error, 'The move') });
      onErrors(true);
    } finally {
      setBusy(false);
    }
  };

  const reasonLabel = REASON_LABELS[kind];
  const warning = kind === 'withdraw' || kind === 'close';
  return (
    <form class="move-form" noValidate onSubmit={submit} aria-labelledby={HEADING_ID}>
      <h3 id={HEADING_ID} tabIndex={-1}>
        {title}
      </h3>
      {guard.stale && <StaleNotice stale={guard.stale} onUseLatest={guard.useLatest} id="move-stale" />}
      <ErrorSummary errors={summaryErrors(errors)} id="move-errors" />
      <DraftNotice draft={draft} focusId={moveFieldId('on')} />
      <TextField
        id={moveFieldId('on')}
        label={DATE_LABELS[kind] ?? 'Date of the move'}
        hint={`Today or earlier, and not before ${formatDate(household.lastMoveOn)}, the last move`}
        type="date"
        width="date"
        max={today}
        value={values.on}
        onInput={set('on')}
        error={err('on')}
      />
      {kind === 'hold' && (
        <TextField
          id={moveFieldId('holdUntil')}
          label="Expected return date"
          type="date"
          width="date"
          value={values.holdUntil}
          onInput={set('holdUntil')}
          error={err('holdUntil')}
        />
      )}
      {kind === 'withdraw' && (
        <RadioGroup
          id={moveFieldId('code')}
          label="Why did the household withdraw?"
          hint="Ofsted's applicant withdrawal codes"
          options={WITHDRAWAL_OPTIONS}
          value={values.code}
          onChange={set('code')}
          error={err('code')}
        />
      )}
      {kind === 'close' && (
        <RadioGroup
          id={moveFieldId('code')}
          label="Why is the service closing the application?"
          options={optionsFrom(CLOSURE_CODES)}
          value={values.code}
          onChange={set('code')}
          error={err('code')}
        />
      )}
      {kind === 'decision' && (
        <>
          <RadioGroup
            id={moveFieldId('outcome')}
            label="Decision"
            options={DECISION_OPTIONS}
            value={values.outcome}
            onChange={set('outcome')}
            error={err('outcome')}
          />
          {values.outcome === 'approve' && <MoveTerms values={values} set={set} err={err} />}
        </>
      )}
      {reasonLabel && <TextArea id={moveFieldId('reason')} label={reasonLabel} rows={3} value={values.reason} onInput={set('reason')} error={err('reason')} />}
      <div class="button-group">
        <button type="submit" class={`button${warning ? ' button--warning' : ''}`} disabled={busy}>
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
    </form>
  );
}

function MoveTerms({
  values,
  set,
  err,
}: {
  values: MoveFormValues;
  set: (field: keyof MoveFormValues) => (value: string) => void;
  err: (key: string) => string | undefined;
}) {
  const number = (field: 'ageFrom' | 'ageTo' | 'numberOfChildren', label: string) => (
    <TextField
      id={moveFieldId(`terms.${field}`)}
      label={label}
      inputMode="numeric"
      width="number"
      spellcheck={false}
      value={values[field]}
      onInput={set(field)}
      error={err(`terms.${field}`)}
    />
  );
  return (
    <fieldset class="move-form__terms">
      <legend>Terms of approval</legend>
      <RadioGroup
        id={moveFieldId('terms.type')}
        label="Type of approval"
        options={optionsFrom(APPROVAL_TYPES)}
        value={values.termsType}
        onChange={set('termsType')}
        error={err('terms.type')}
      />
      {number('ageFrom', 'Youngest age')}
      {number('ageTo', 'Oldest age')}
      {number('numberOfChildren', 'Number of children')}
      <RadioGroup
        id="move-terms-siblingGroups"
        label="Can they take sibling groups?"
        inline
        options={YES_NO}
        value={values.siblingGroups}
        onChange={set('siblingGroups')}
      />
    </fieldset>
  );
}
