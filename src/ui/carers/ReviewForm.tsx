import { formatDate, type IsoDate } from '../../domain/dates';
import { REVIEW_OUTCOMES } from '../../domain/support/carer';
import { needsDetermination, REVIEW_FORM_FIELDS, validateReviewForm, type ReviewFormInput } from '../../domain/support/forms';
import type { ReviewDue } from '../../domain/support/reviews';
import { termsInputFrom, validateTerms } from '../../domain/terms';
import { carersRepo, type CarerRecord } from '../../data/repositories/carers';
import { RadioGroup, TextArea, optionsFrom } from '../components/fields';
import { byName } from '../current-user';
import { TermsFields } from '../household/TermsFields';
import { CarerFormCard, useCarerForm } from './CarerForm';
import { DateInput } from '../components/DateInput';

const ID = 'review';
const YES_NO = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];

/**
 * Records a review (FSR reg 28): its date, outcome and any change of terms. Reducing terms or ending
 * approval against the carers' wishes asks for the qualifying determination's date.
 */
export function ReviewForm({ record, due, today, onDone }: { record: CarerRecord; due: ReviewDue; today: IsoDate; onDone: () => void }) {
  const { carer, household } = record;
  const lastReviewOn = record.reviews[0]?.on;
  const ctx = { approvedOn: carer.approvedOn, today, household, ...(lastReviewOn ? { lastReviewOn } : {}), ...(carer.terms ? { terms: carer.terms } : {}) };
  const form = useCarerForm(
    `carer-review:${carer.householdId}`,
    (): ReviewFormInput => ({ on: '', outcome: '', carersAgree: '', qualifyingOn: '', note: '', ...termsInputFrom(carer.terms) }),
    (v) => validateReviewForm(v, ctx),
    (value, baseRev) => carersRepo.recordReview(carer.householdId, { ...value, toPanel: due.toPanel }, baseRev, byName()),
    onDone,
    carer,
  );
  const { values, errors, set } = form;
  const typedTerms = values.outcome === 'changeTerms' ? validateTerms(values, household) : undefined;
  const askDetermination =
    values.carersAgree === 'no' && (values.outcome === 'endApproval' || (values.outcome === 'changeTerms' && (!typedTerms?.ok || needsDetermination('changeTerms', false, carer.terms, typedTerms.value))));
  return (
    <CarerFormCard id={ID} title={due.toPanel ? 'Record the first review (goes to panel)' : 'Record a review'} save="Record review" form={form} order={REVIEW_FORM_FIELDS} onCancel={onDone}>
      <DateInput id={`${ID}-on`} label="Date of the review" value={values.on} onInput={set('on')} error={errors.on} />
      <RadioGroup id={`${ID}-outcome`} label="Outcome" value={values.outcome} onChange={set('outcome')} options={optionsFrom(REVIEW_OUTCOMES)} error={errors.outcome} />
      {values.outcome === 'changeTerms' && (
        <TermsFields idPrefix={ID} legend="New terms of approval" household={household} value={values} onChange={(terms) => form.draft.change((x) => ({ ...x, ...terms }))} errors={errors} />
      )}
      <RadioGroup id={`${ID}-carersAgree`} label="Do the carers agree with the outcome?" inline value={values.carersAgree} onChange={set('carersAgree')} options={YES_NO} error={errors.carersAgree} />
      {askDetermination && (
        <DateInput
          id={`${ID}-qualifyingOn`}
          label="Date of the qualifying determination"
          hint="Reducing terms or ending approval against the carers’ wishes is a qualifying determination: they have 28 days to make representations or apply to the IRM, and the terms in force stay until then"
          value={values.qualifyingOn}
          onInput={set('qualifyingOn')}
          error={errors.qualifyingOn}
        />
      )}
      <TextArea id={`${ID}-note`} label="Note (optional)" value={values.note} onInput={set('note')} error={errors.note} />
      {due.extra && <p class="hint">This review is due by {formatDate(due.dueOn)} after an allegation or significant change.</p>}
    </CarerFormCard>
  );
}
