import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { formatDate, formatShortDate, todayIso } from '../../domain/dates';
import { ATTENDANCE, type AttendanceMark } from '../../domain/support/keep';
import { keepGroupsRepo, type EnrolledCarer, type KeepGroupRecord } from '../../data/repositories/keep-groups';
import { writeErrorMessage } from '../../data/write-errors';
import { NotFound } from '../components/NotFound';
import { PageHeading, usePageTitle } from '../components/PageTitle';
import { SaveFailed } from '../components/SaveFailed';
import { SelectField } from '../components/fields';
import { SummaryList } from '../components/SummaryList';
import { Tag } from '../components/Tag';
import { useLiveQuery } from '../components/use-live-query';
import { byName } from '../current-user';
import { Opens } from '../carers/Opens';
import { CallForm, EnrolForm } from './keep-forms';
import { Warnings } from './Warnings';

type Props = { record: KeepGroupRecord; today: string };

/** One tap marks a household at the chosen session; tapping the same mark again takes it off. */
function Attendance({ record }: Props) {
  const { group } = record;
  const [chosen, setChosen] = useState(String(Math.max(record.held - 1, 0)));
  const [failed, setFailed] = useState<string>();
  if (!record.held) return <p class="muted">Attendance can be marked from the first session, on {formatDate(group.startOn)}.</p>;
  const session = Number(chosen);
  const tap = async (c: EnrolledCarer, mark: AttendanceMark) => {
    setFailed(undefined);
    try {
      await keepGroupsRepo.mark(group.id, c.enrolment.householdId, session, c.marks.get(session) === mark ? 'none' : mark, c.markRevs.get(session) ?? '', byName());
    } catch (error) {
      setFailed(writeErrorMessage(error));
    }
  };
  return (
    <>
      <SaveFailed message={failed} id="attendance-failed" />
      <SelectField
        id="attendance-session"
        label="Session"
        options={group.sessionDates.slice(0, record.held).map((on, i) => ({ value: String(i), label: `Session ${i + 1}: ${formatDate(on)}` }))}
        value={chosen}
        onChange={setChosen}
      />
      <ul class="training-list warning-list" aria-label={`Attendance at session ${session + 1}`}>
        {record.carers.map((c) => (
          <li key={c.enrolment.id}>
            <p class="attendance-marks">
              <strong>{c.names}</strong>
              {(Object.keys(ATTENDANCE) as AttendanceMark[]).map((mark) => (
                <button key={mark} type="button" class="button button--secondary" aria-pressed={c.marks.get(session) === mark} aria-label={`${ATTENDANCE[mark]}: ${c.names}`} onClick={() => void tap(c, mark)}>
                  {ATTENDANCE[mark]}
                </button>
              ))}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}

function Progress({ record }: Props) {
  return (
    <div class="table-wrap">
      <table class="table table--stack">
        <caption class="visually-hidden">Each household’s progress</caption>
        <thead>
          <tr>
            <th scope="col">Household</th>
            <th scope="col" class="numeric">Sessions attended</th>
            <th scope="col">Completion</th>
          </tr>
        </thead>
        <tbody>
          {record.carers.map((c) => (
            <tr key={c.enrolment.id}>
              <td>
                <a class="link-target" href={`/carers/${c.enrolment.householdId}`}>{c.names}</a>
              </td>
              <td class="numeric" data-label="Attended">
                {c.progress.attended} of {record.group.sessionDates.length}
              </td>
              <td data-label="Completion">
                {c.progress.completed ? <Tag tone="met">Completed</Tag> : `${c.progress.needed - c.progress.attended} more to complete`}
                {c.progress.missedTwoInARow && (
                  <>
                    {' '}
                    <Tag tone="concern">Missed two sessions in a row</Tag>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Calls({ record, today }: Props) {
  return (
    <section aria-labelledby="calls-heading">
      <h2 id="calls-heading">Weekly phone checks</h2>
      {record.calls.length ? (
        <ul class="training-list">
          {record.calls.map((c) => (
            <li key={c.id}>
              {formatShortDate(c.on)}, {c.names}: child’s behaviour {c.behaviour} of 5, carer’s stress {c.stress} of 5{c.note ? `. ${c.note}` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">No phone checks recorded yet.</p>
      )}
      {record.carers.length > 0 && <Opens label="Record a phone check">{(done) => <CallForm record={record} today={today} onDone={done} />}</Opens>}
    </section>
  );
}

export default function KeepGroupPage() {
  const { params } = useRoute();
  const id = params.id ?? '';
  const today = todayIso();
  const result = useLiveQuery(async () => (await keepGroupsRepo.record(id, today)) ?? null, [id, today]);
  const record = result.data;
  usePageTitle(record ? `${record.group.name}: KEEP group` : 'KEEP group');
  if (result.error) return <p class="error-message">This KEEP group could not be read from this device's storage. Reload the page to try again.</p>;
  if (record === null) return <NotFound />;
  if (record === undefined) return <p class="loading">Loading…</p>;
  const { group, programme } = record;
  const props = { record, today };
  return (
    <>
      <PageHeading caption="KEEP group">{group.name}</PageHeading>
      <SummaryList
        rows={[
          { key: 'Programme', value: `${programme.name}: carers of ${programme.agesFrom} to ${programme.agesTo} year olds` },
          { key: 'Facilitators', value: record.facilitators },
          { key: 'Sessions', value: `${group.sessionDates.length} weekly sessions of ${programme.minutesPerSession} minutes, ${formatDate(group.sessionDates[0])} to ${formatDate(group.sessionDates[group.sessionDates.length - 1])}; ${record.held} held` },
          { key: 'Completion', value: `At least ${record.completionPercent}% of sessions, catch-ups counting` },
          { key: 'Warnings', value: <Warnings warnings={record.warnings} /> },
        ]}
      />
      <section aria-labelledby="households-heading">
        <h2 id="households-heading">Households</h2>
        {record.carers.length ? <Progress {...props} /> : <p class="muted">No households enrolled yet.</p>}
        {record.eligible.length > 0 && <Opens label="Enrol a household">{(done) => <EnrolForm record={record} onDone={done} />}</Opens>}
      </section>
      {record.carers.length > 0 && (
        <section aria-labelledby="attendance-heading">
          <h2 id="attendance-heading">Attendance</h2>
          <Attendance {...props} />
        </section>
      )}
      <Calls {...props} />
    </>
  );
}
