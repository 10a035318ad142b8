import { useState } from 'preact/hooks';
import { addDays, formatDate, type IsoDate } from '../../domain/dates';
import { representationsCloseOn } from '../../domain/decision-route';
import { DEREGISTRATION_ROUTES, EXIT_INTERVIEW, RESIGNATION_NOTICE_DAYS } from '../../domain/support/deregistration';
import { DEREGISTRATION_FIELDS, validateDeregistration, type DeregistrationInput, type DeregistrationValue } from '../../domain/support/forms';
import { carersRepo, type CarerRecord } from '../../data/repositories/carers';
import { RadioGroup, SelectField, TextArea, optionsFrom } from '../components/fields';
import { byName } from '../current-user';
import { CarerFormCard, useCarerForm } from './CarerForm';
import { DateInput } from '../components/DateInput';

const ID = 'leave';

/** The day after the representations/IRM window of the latest review that made a qualifying determination. */
function serviceMayEndFrom(record: CarerRecord): IsoDate | undefined {
  const determined = record.reviews.find((r) => r.qualifyingOn && r.outcome === 'endApproval');
  return determined?.qualifyingOn ? addDays(representationsCloseOn(determined.qualifyingOn), 1) : undefined;
}

/**
 * Takes the household off the register: the route, the reason from the service's list, the exit
 * interview and a note; a last question before it is saved, since it cannot be undone here.
 */
export function DeregistrationForm({ record, today, onDone }: { record: CarerRecord; today: IsoDate; onDone: () => void }) {
  const { carer } = record;
  const [confirming, setConfirming] = useState<DeregistrationValue>();
  const mayEnd = serviceMayEndFrom(record);
  const form = useCarerForm(
    `carer-leave:${carer.householdId}`,
    (): DeregistrationInput => ({ route: '', noticeOn: '', agreedOn: '', reason: '', exitInterview: '', note: '' }),
    (v) => validateDeregistration(v, { approvedOn: carer.approvedOn, today, reasons: record.reasons, ...(mayEnd ? { serviceMayEndFrom: mayEnd } : {}) }),
    async (value, baseRev) => {
      if (!confirming) {
        setConfirming(value);
        return 'ask';
      }
      await carersRepo.deregister(carer.householdId, value, baseRev, byName());
    },
    onDone,
    carer,
  );
  const { values, errors, set } = form;
  const resignation = values.route === 'resignation';
  return (
    <CarerFormCard
      id={ID}
      title="Leaving the register"
      save={confirming ? `Yes, leaves the register on ${formatDate(confirming.effectiveOn)}` : 'Continue'}
      form={form}
      order={DEREGISTRATION_FIELDS}
      onCancel={onDone}
    >
      <RadioGroup id={`${ID}-route`} label="How is the household leaving?" value={values.route} onChange={(v) => (setConfirming(undefined), set('route')(v))} options={optionsFrom(DEREGISTRATION_ROUTES)} error={errors.route} />
      <DateInput
        id={`${ID}-noticeOn`}
        label={resignation ? 'Date notice was received' : 'Date approval ends'}
        hint={resignation ? `The resignation takes effect ${RESIGNATION_NOTICE_DAYS} days after notice, unless an earlier date is agreed` : undefined}
        value={values.noticeOn}
        onInput={(v) => (setConfirming(undefined), set('noticeOn')(v))}
        error={errors.noticeOn}
      />
      {resignation && (
        <DateInput id={`${ID}-agreedOn`} label="Earlier date agreed (optional)" value={values.agreedOn} onInput={(v) => (setConfirming(undefined), set('agreedOn')(v))} error={errors.agreedOn} />
      )}
      <SelectField id={`${ID}-reason`} label="Reason" value={values.reason} placeholder="Choose a reason" onChange={(v) => (setConfirming(undefined), set('reason')(v))} options={record.reasons.map((r) => ({ value: r, label: r }))} error={errors.reason} />
      <RadioGroup id={`${ID}-exitInterview`} label="Exit interview" inline value={values.exitInterview} onChange={set('exitInterview')} options={optionsFrom(EXIT_INTERVIEW)} error={errors.exitInterview} />
      <TextArea id={`${ID}-note`} label="Note (optional)" value={values.note} onInput={set('note')} error={errors.note} />
      {confirming && (
        <p class="warning-text" role="status">
          The household leaves the register on {formatDate(confirming.effectiveOn)}. Its record and history are kept.
        </p>
      )}
    </CarerFormCard>
  );
}
