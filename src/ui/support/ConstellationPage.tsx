import { useRoute } from 'preact-iso';
import { formatDate, formatShortDate, todayIso } from '../../domain/dates';
import { MEETING_KINDS, STAY_KINDS, STAY_PLANNING } from '../../domain/support/constellation';
import { constellationsRepo, type ConstellationRecord } from '../../data/repositories/constellations';
import { NotFound } from '../components/NotFound';
import { PageHeading, usePageTitle } from '../components/PageTitle';
import { SummaryList } from '../components/SummaryList';
import { Tag } from '../components/Tag';
import { useLiveQuery } from '../components/use-live-query';
import { Opens } from '../carers/Opens';
import { JoinForm, LeaveForm, MeetingForm, StayForm } from './constellation-forms';
import { Warnings } from './Warnings';

type Props = { record: ConstellationRecord; today: string };

function Satellites({ record, today }: Props) {
  const notSeen = new Set(record.standing.notSeen);
  return (
    <section aria-labelledby="satellites-heading">
      <h2 id="satellites-heading">Satellite households</h2>
      {record.members.length ? (
        <div class="table-wrap">
          <table class="table table--stack">
            <caption class="visually-hidden">Satellite households, joined and left</caption>
            <thead>
              <tr>
                <th scope="col">Household</th>
                <th scope="col">Joined</th>
                <th scope="col">Left</th>
                <th scope="col">
                  <span class="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {record.members.map((m) => (
                <tr key={m.id}>
                  <td>
                    <a class="link-target" href={`/carers/${m.householdId}`}>{m.names}</a>
                    {notSeen.has(m.householdId) && (
                      <>
                        {' '}
                        <Tag tone="concern">Not seen in 8 weeks</Tag>
                      </>
                    )}
                  </td>
                  <td data-label="Joined">{formatShortDate(m.joinedOn)}</td>
                  <td data-label="Left">{m.leftOn ? `${formatShortDate(m.leftOn)}: ${m.leftWhy ?? ''}` : ''}</td>
                  <td>{!m.leftOn && <Opens label={`${m.names} leaves`}>{(done) => <LeaveForm member={m} names={m.names} today={today} onDone={done} />}</Opens>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p class="muted">No satellite households yet.</p>
      )}
      <Opens label="Add a satellite household">{(done) => <JoinForm record={record} today={today} onDone={done} />}</Opens>
    </section>
  );
}

function Stays({ record, today }: Props) {
  return (
    <section aria-labelledby="stays-heading">
      <h2 id="stays-heading">Sleepovers and short breaks at the hub</h2>
      {record.stays.length ? (
        <ul class="training-list">
          {record.stays.map((s) => (
            <li key={s.id}>
              {formatDate(s.fromOn)}: {STAY_PLANNING[s.planning].toLowerCase()} {STAY_KINDS[s.kind].toLowerCase()}, {s.nights} {s.nights === 1 ? 'night' : 'nights'}, {s.children} {s.children === 1 ? 'child' : 'children'} from {s.names}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">No stays logged yet.</p>
      )}
      <Opens label="Log a sleepover or short break">{(done) => <StayForm record={record} today={today} onDone={done} />}</Opens>
    </section>
  );
}

function Meetings({ record, today }: Props) {
  const nameOf = new Map(record.members.map((m) => [m.householdId, m.names]));
  return (
    <section aria-labelledby="meetings-heading">
      <h2 id="meetings-heading">Peer support meetings and social activities</h2>
      {record.meetings.length ? (
        <ul class="training-list">
          {record.meetings.map((m) => (
            <li key={m.id}>
              {formatDate(m.on)}: {MEETING_KINDS[m.kind]}, {m.attended.length} {m.attended.length === 1 ? 'household' : 'households'} came ({m.attended.map((id) => nameOf.get(id) ?? 'a former member').join(', ')})
              {m.note ? `. ${m.note}` : ''}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">No meetings recorded yet.</p>
      )}
      <Opens label="Record a meeting or activity">{(done) => <MeetingForm record={record} today={today} onDone={done} />}</Opens>
    </section>
  );
}

export default function ConstellationPage() {
  const { params } = useRoute();
  const id = params.id ?? '';
  const today = todayIso();
  const result = useLiveQuery(async () => (await constellationsRepo.record(id, today)) ?? null, [id, today]);
  const record = result.data;
  usePageTitle(record ? `${record.constellation.name}: Mockingbird constellation` : 'Mockingbird constellation');
  if (result.error) return <p class="error-message">This constellation could not be read from this device's storage. Reload the page to try again.</p>;
  if (record === null) return <NotFound />;
  if (record === undefined) return <p class="loading">Loading…</p>;
  const { constellation, standing } = record;
  return (
    <>
      <PageHeading caption="Mockingbird constellation">{constellation.name}</PageHeading>
      <SummaryList
        rows={[
          { key: 'Hub home', value: <a class="link-target" href={`/carers/${constellation.hubHouseholdId}`}>{record.hubName}</a> },
          { key: 'Liaison worker', value: record.liaisonName },
          { key: 'Started', value: formatDate(constellation.startOn) },
          { key: 'Satellite households', value: `${standing.satellites} (the model works with 6 to 10)` },
          { key: 'Hub nights in the last year', value: `${standing.nights.used} child-nights of ${standing.nights.capacity} (${constellation.bedsKeptFree} beds kept free)` },
          { key: 'Last peer support meeting', value: standing.daysSinceMeeting === undefined ? 'None held yet' : `${standing.daysSinceMeeting} days ago` },
          { key: 'Warnings', value: <Warnings warnings={standing.warnings} /> },
        ]}
      />
      <Satellites record={record} today={today} />
      <Stays record={record} today={today} />
      <Meetings record={record} today={today} />
    </>
  );
}
