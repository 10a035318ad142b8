import type { IsoDate } from '../../domain/dates';
import { EXTRA_REVIEW_FIELDS, validateExtraReview, type ExtraReviewInput } from '../../domain/support/forms';
import { EXTRA_REVIEW_DAYS, EXTRA_REVIEW_REASONS } from '../../domain/support/reviews';
import { carersRepo, type CarerRecord } from '../../data/repositories/carers';
import { RadioGroup, optionsFrom } from '../components/fields';
import { byName } from '../current-user';
import { DateInput } from '../components/DateInput';
import { CarerFormCard, useCarerForm } from './CarerForm';

const ID = 'extra-review';

/** Starts an extra review (FSR reg 28) after an allegation or a significant change; it is due until a review is held. */
export function ExtraReviewForm({ record, today, onDone }: { record: CarerRecord; today: IsoDate; onDone: () => void }) {
  const { carer } = record;
  const lastReviewOn = record.reviews[0]?.on;
  const form = useCarerForm(
    `carer-extra-review:${carer.householdId}`,
    (): ExtraReviewInput => ({ reason: '', on: '' }),
    (v) => validateExtraReview(v, { approvedOn: carer.approvedOn, today, ...(lastReviewOn ? { lastReviewOn } : {}) }),
    (value, baseRev) => carersRepo.callExtraReview(carer.householdId, value, baseRev, byName()),
    onDone,
    carer,
  );
  const { values, errors, set } = form;
  return (
    <CarerFormCard id={ID} title="Start an extra review" save="Start extra review" form={form} order={EXTRA_REVIEW_FIELDS} onCancel={onDone}>
      <RadioGroup id={`${ID}-reason`} label="Why is an extra review needed?" value={values.reason} onChange={set('reason')} options={optionsFrom(EXTRA_REVIEW_REASONS)} error={errors.reason} />
      <DateInput
        id={`${ID}-on`}
        label="Date of the allegation or change"
        hint={`The review is due within ${EXTRA_REVIEW_DAYS} days of it, unless the annual review falls sooner`}
        value={values.on}
        onInput={set('on')}
        error={errors.on}
      />
    </CarerFormCard>
  );
}
