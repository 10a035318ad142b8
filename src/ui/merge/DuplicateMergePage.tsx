import { useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { formatDate } from '../../domain/dates';
import { differingFields, olderOf, type Choices } from '../../domain/merge/duplicate';
import { valueInWords } from '../../domain/merge/words';
import { duplicateMergeRepo, type DuplicatePair } from '../../data/repositories/duplicate-merge';
import type { HouseholdRecord } from '../../data/repositories/households';
import { staffRepo } from '../../data/repositories/staff';
import { ErrorSummary } from '../components/ErrorSummary';
import { RadioGroup } from '../components/fields';
import { PageHeading, usePageTitle } from '../components/PageTitle';
import { useLiveQuery } from '../components/use-live-query';
import { byName } from '../current-user';
import { applicantsOf, DuplicateComparison } from './DuplicateComparison';

const TABLE_OF = { household: 'households', details: 'householdDetails' } as const;

function MergeForm({ pair, staffName }: { pair: DuplicatePair; staffName: (id: string) => string | undefined }) {
  const { route } = useLocation();
  const { a, b } = pair;
  const [keptId, setKeptId] = useState(olderOf(a.household, b.household).id);
  // Each field remembers whose value was picked, so changing the kept household does not swap answers.
  const [picked, setPicked] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const kept = keptId === a.household.id ? a : b;
  const other = kept === a ? b : a;
  const side = (r: HouseholdRecord) => ({ household: r.household, details: r.details });
  const fields = differingFields(side(a), side(b));

  const label = (r: HouseholdRecord) => `${r.household.reference}: ${applicantsOf(r)}, enquiry ${formatDate(r.household.enquiryOn)}`;
  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(undefined);
    const choices: Choices = Object.fromEntries(fields.map((f) => [f.key, (picked[f.key] ?? keptId) === keptId ? 'kept' : 'other']));
    try {
      const result = await duplicateMergeRepo.merge(keptId, other.household.id, choices, byName());
      if (result.ok) route(`/households/${result.keptId}`);
      else setError(result.error);
    } catch {
      setError('The households could not be merged on this device. Nothing was changed; try again.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <ErrorSummary errors={error ? [{ field: 'kept', message: error }] : []} />
      <DuplicateComparison a={a} b={b} staffName={staffName} />
      <RadioGroup
        id="kept"
        label="Which household is kept?"
        hint="The other household’s people, checks, moves, appointments, notes and timeline move onto it, and the other reference stops being used. The one known first is kept unless you choose otherwise."
        value={keptId}
        onChange={setKeptId}
        options={[a, b].map((r) => ({ value: r.household.id, label: label(r) }))}
        error={error}
      />
      {fields.map((f) => (
        <RadioGroup
          key={f.key}
          id={`field-${f.key}`}
          label={`${f.label}: which to keep?`}
          value={picked[f.key] ?? keptId}
          onChange={(id) => setPicked((p) => ({ ...p, [f.key]: id }))}
          options={[kept, other].map((r) => ({
            value: r.household.id,
            label: `${valueInWords(TABLE_OF[f.on], f.key, f.on === 'household' ? r.household[f.key as 'kind'] : r.details[f.key as 'email'], staffName)} (${r.household.reference})`,
          }))}
        />
      ))}
      <div class="button-group">
        <button type="submit" class="button" aria-disabled={busy}>
          Merge into {kept.household.reference}
        </button>
        <a class="button button--secondary" href={`/households/${a.household.id}`}>
          Cancel
        </a>
      </div>
    </form>
  );
}

/** Check answers before two households that are the same people become one. */
export default function DuplicateMergePage() {
  const { params } = useRoute();
  const id = params.id ?? '';
  const otherId = params.otherId ?? '';
  const { data, error } = useLiveQuery(async () => ({ pair: await duplicateMergeRepo.pair(id, otherId), staff: await staffRepo.list() }), [id, otherId]);
  const title = data?.pair ? `Merge ${data.pair.a.household.reference} with ${data.pair.b.household.reference}` : 'Merge two households';
  usePageTitle(title);

  if (error) return <p class="error-message">These households could not be read from this device’s storage. Reload the page to try again.</p>;
  if (!data) return <p class="loading">Loading…</p>;
  const { pair, staff } = data;
  if (!pair) {
    return (
      <>
        <PageHeading>Merge two households</PageHeading>
        <p>
          One of these households is no longer on this device. Find it in the <a href="/households">list of households</a>.
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeading caption="Same people entered twice">{title}</PageHeading>
      {pair.refusal ? (
        <>
          <div class="notification notification--warning" role="region" aria-labelledby="refusal-title">
            <h2 class="notification__title" id="refusal-title">
              These households cannot be merged
            </h2>
            <div class="notification__body">
              <p>{pair.refusal}</p>
            </div>
          </div>
          <p>
            <a href={`/households/${id}`}>Back to {pair.a.household.reference}</a>
          </p>
        </>
      ) : (
        <MergeForm pair={pair} staffName={(s) => staff.find((m) => m.id === s)?.name} />
      )}
    </>
  );
}
