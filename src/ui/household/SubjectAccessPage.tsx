import { Fragment } from 'preact';
import { useRoute } from 'preact-iso';
import { useEffect, useState } from 'preact/hooks';
import { retentionRepo } from '../../data/repositories/retention';
import { subjectAccessRecord, type SubjectAccessRecord } from '../../data/repositories/subject-access';
import { writeErrorMessage } from '../../data/write-errors';
import { earlyErasureError, EARLY_ERASURE_REASON_MAX } from '../../domain/retention';
import { todayIso } from '../../domain/dates';
import { byName } from '../current-user';
import { downloadText } from '../components/download';
import { ErrorSummary } from '../components/ErrorSummary';
import { TextArea } from '../components/fields';
import { PageHeading, usePageTitle } from '../components/PageTitle';
import { SaveFailed } from '../components/SaveFailed';

/** How each table is named to the person reading their record. */
const PART_NAMES: Record<string, string> = {
  households: 'Household',
  householdDetails: 'Contact details',
  people: 'People',
  checks: 'Stage 1 checks',
  moves: 'Moves between stages',
  appointments: 'Visits and panels planned',
  events: 'History of changes',
  notes: 'Notes',
  conflicts: 'Changes waiting to be settled',
  carers: 'Carer register',
  placements: 'Placements',
  supervisionVisits: 'Supervision visits',
  reviews: 'Reviews',
  constellationMembers: 'Mockingbird membership',
  hubStays: 'Mockingbird hub stays',
  keepEnrolments: 'KEEP enrolment',
  keepAttendance: 'KEEP attendance',
  keepCalls: 'KEEP phone checks',
  trainingRecords: 'Training',
  tierChanges: 'Tier changes',
  deregistrations: 'Leaving the register',
};

/** "enquiryOn" → "Enquiry on". */
const words = (field: string) => {
  const spaced = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
};

function Value({ value }: { value: unknown }) {
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v !== 'object' || v === null)) return <>{value.join(', ')}</>;
    return (
      <>
        {value.map((v, i) => (
          <Fields key={i} row={v as Record<string, unknown>} />
        ))}
      </>
    );
  }
  if (value && typeof value === 'object') return <Fields row={value as Record<string, unknown>} />;
  if (typeof value === 'boolean') return <>{value ? 'Yes' : 'No'}</>;
  return <>{String(value)}</>;
}

function Fields({ row }: { row: Record<string, unknown> }) {
  return (
    <dl class="record-fields">
      {Object.entries(row).map(([field, value]) => (
        <Fragment key={field}>
          <dt>{words(field)}</dt>
          <dd>
            <Value value={value} />
          </dd>
        </Fragment>
      ))}
    </dl>
  );
}

/**
 * A household's whole record for a subject access request: every field of every record, to print
 * or to download as JSON; and, with a reason, deleting it before its retention period ends.
 */
export default function SubjectAccessPage() {
  const { params } = useRoute();
  const id = params.id ?? '';
  const [record, setRecord] = useState<SubjectAccessRecord | null | undefined>();
  const [erased, setErased] = useState<string | undefined>();
  usePageTitle(erased ? 'Household deleted' : record ? `Everything recorded about ${record.reference}` : 'Household record');

  useEffect(() => {
    subjectAccessRecord(id).then(
      (r) => setRecord(r ?? null),
      () => setRecord(null),
    );
  }, [id]);

  if (erased) {
    return (
      <>
        <PageHeading>Household {erased} deleted</PageHeading>
        <p>Every record of the household has gone from this device. The service’s history keeps the reason given.</p>
        <p>
          <a href="/households">Back to the households</a>
        </p>
      </>
    );
  }
  if (record === undefined) return <p class="loading">Loading the record…</p>;
  if (record === null) {
    return (
      <>
        <PageHeading>Household not found</PageHeading>
        <p>
          There is no household with this address on this device. Find it in the <a href="/households">list of households</a>.
        </p>
      </>
    );
  }
  const download = () => downloadText(`household-${record.reference}-record.json`, JSON.stringify(record, null, 2), 'application/json');
  return (
    <>
      <PageHeading>Everything recorded about {record.reference}</PageHeading>
      <p class="two-thirds">
        For a subject access request: every record this device holds about the household, as of{' '}
        {new Date(record.madeAt).toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short' })}.
      </p>
      <div class="button-group no-print">
        <button type="button" class="button" onClick={() => window.print()}>
          Print this record
        </button>
        <button type="button" class="button button--secondary" onClick={download}>
          Download as JSON
        </button>
        <a class="button button--secondary" href={`/households/${id}`}>
          Back to the household
        </a>
      </div>
      {record.parts.map((part) => (
        <section key={part.table} aria-labelledby={`part-${part.table}`}>
          <h2 id={`part-${part.table}`}>{PART_NAMES[part.table] ?? words(part.table)}</h2>
          {part.rows.map((row, i) => (
            <Fields key={i} row={row} />
          ))}
        </section>
      ))}
      <EarlyErasure id={id} reference={record.reference} onErased={() => setErased(record.reference)} />
    </>
  );
}

/** Deleting a household before its time: only with a reason, which the service's history keeps. */
function EarlyErasure(props: { id: string; reference: string; onErased: () => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string>();
  const [failed, setFailed] = useState<string>();
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    const problem = earlyErasureError(reason);
    setError(problem);
    if (problem || busy) return;
    setBusy(true);
    setFailed(undefined);
    try {
      const result = await retentionRepo.erase(props.id, byName(), todayIso(), reason);
      if (result.ok) props.onErased();
      else setFailed(result.reason === 'invalid' ? result.message : 'The household could not be found: it may have been deleted already.');
    } catch (err) {
      setFailed(writeErrorMessage(err, `Household ${props.reference}`));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="no-print" aria-labelledby="erase-heading">
      <h2 id="erase-heading">Delete this household early</h2>
      <form onSubmit={(e) => void submit(e)} noValidate class="two-thirds">
        <ErrorSummary errors={error ? [{ field: 'erase-reason', message: error }] : []} />
        <SaveFailed message={failed} id="erase-failed" />
        <p class="warning-text">
          Records are normally kept for the periods set in Settings. Delete them sooner only for a good reason, such as a household entered
          by mistake. Every record of {props.reference} will be deleted from this device; this cannot be undone, except from a backup.
        </p>
        <TextArea
          id="erase-reason"
          label="Why is this household being deleted now?"
          hint={`Kept in the service’s history. Do not name anyone. Up to ${EARLY_ERASURE_REASON_MAX} characters.`}
          value={reason}
          onInput={setReason}
          rows={3}
          error={error}
        />
        <button type="submit" class="button button--warning" aria-disabled={busy}>
          {busy ? 'Deleting…' : `Delete every record of ${props.reference}`}
        </button>
      </form>
    </section>
  );
}
