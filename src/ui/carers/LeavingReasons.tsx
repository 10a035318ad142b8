import { leavingReasonsRepo, type LeavingReasons as Reasons } from '../../data/repositories/leaving-reasons';
import { EMPTY_REASON_INPUT, REASON_FIELDS, validateReason, type ReasonInput } from '../../domain/support/leaving-reasons';
import { TextField } from '../components/fields';
import { useLiveQuery } from '../components/use-live-query';
import { byName } from '../current-user';
import { CarerFormCard, useCarerForm } from './CarerForm';
import { Opens } from './Opens';
import { SettingsItem } from './SettingsItem';

/** Adds a reason at the end of the list when `was` is undefined, or changes one's words and heading. */
function ReasonForm({ was, data, onDone }: { was?: string; data: Reasons; onDone: () => void }) {
  const id = was === undefined ? 'new-reason' : `reason-${data.reasons.indexOf(was)}`;
  const form = useCarerForm(
    `leaving-reason:${was ?? 'new'}`,
    (): ReasonInput => (was === undefined ? EMPTY_REASON_INPUT : { name: was, ofstedHeading: data.headings[was] ?? '' }),
    (v) => validateReason(v, data.reasons.filter((r) => r !== was)),
    (value, base) => leavingReasonsRepo.save(was, value, base, byName()),
    onDone,
    { revision: { rev: data.base } },
  );
  const { values, errors, set } = form;
  return (
    <CarerFormCard id={id} title={was === undefined ? 'Add a reason for leaving' : `Change ${was}`} save={was === undefined ? 'Add reason' : 'Save reason'} form={form} order={REASON_FIELDS} onCancel={onDone}>
      <TextField
        id={`${id}-name`}
        label="Reason"
        hint={was === undefined ? undefined : 'Households that already left keep the words recorded when they left.'}
        value={values.name}
        onInput={set('name')}
        error={errors.name}
      />
      <TextField
        id={`${id}-ofstedHeading`}
        label="Ofsted heading (optional)"
        hint="The reason for leaving in Ofsted's fostering return that this counts under this year. The reports count deregistrations by it."
        value={values.ofstedHeading}
        onInput={set('ofstedHeading')}
        error={errors.ofstedHeading}
      />
    </CarerFormCard>
  );
}

/** The reasons a household may give for leaving the register, in order, each mapped to Ofsted's heading. */
export function LeavingReasons() {
  const { data, error } = useLiveQuery(() => leavingReasonsRepo.read(), []);
  return (
    <section aria-labelledby="reasons-heading">
      <h2 id="reasons-heading">Reasons for leaving the register</h2>
      <p>The reasons offered when a household leaves. Map each to the heading of Ofsted’s annual fostering return it counts under; Ofsted’s list can change from year to year, so check the headings before each return.</p>
      {error ? (
        <p class="error-message">The reasons could not be read from this device’s storage. Reload the page to try again.</p>
      ) : !data ? (
        <p class="loading">Loading…</p>
      ) : (
        <>
          <ol class="settings-list">
            {data.reasons.map((reason, i) => (
              <SettingsItem
                key={reason}
                id={`reason-${i}`}
                name={reason}
                index={i}
                count={data.reasons.length}
                rev={data.base}
                rows={[{ key: 'Ofsted heading', value: data.headings[reason] ?? 'Not mapped yet' }]}
                form={(done) => <ReasonForm was={reason} data={data} onDone={done} />}
                move={(_, by1, base) => leavingReasonsRepo.move(reason, by1, base, byName())}
                remove={(_, base) => leavingReasonsRepo.remove(reason, base, byName())}
                warning={`Remove ${reason} from the list? Households that left for this reason keep it, and the reports still count them under its heading.`}
              />
            ))}
          </ol>
          <Opens label="Add a reason for leaving">{(done) => <ReasonForm data={data} onDone={done} />}</Opens>
        </>
      )}
    </section>
  );
}
