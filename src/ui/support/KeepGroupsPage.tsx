import { useLocation } from 'preact-iso';
import { formatShortDate, todayIso } from '../../domain/dates';
import { keepGroupsRepo } from '../../data/repositories/keep-groups';
import { PageHeading, usePageTitle } from '../components/PageTitle';
import { useLiveQuery } from '../components/use-live-query';
import { Opens } from '../carers/Opens';
import { KeepGroupForm } from './keep-forms';
import { Warnings } from './Warnings';

/** Every KEEP group, newest first, with its size and attendance against the model. */
export default function KeepGroupsPage() {
  usePageTitle('KEEP groups');
  const { route } = useLocation();
  const today = todayIso();
  const list = useLiveQuery(() => keepGroupsRepo.list(today), [today]);
  const data = list.data;
  return (
    <>
      <PageHeading>KEEP groups</PageHeading>
      {list.error ? (
        <p class="error-message">The KEEP groups could not be read from this device's storage. Reload the page to try again.</p>
      ) : data ? (
        <>
          {data.rows.length ? (
            <div class="table-wrap">
              <table class="table table--stack-tablet">
                <caption class="visually-hidden">KEEP groups</caption>
                <thead>
                  <tr>
                    <th scope="col">Group</th>
                    <th scope="col">Programme</th>
                    <th scope="col">Facilitators</th>
                    <th scope="col">First session</th>
                    <th scope="col" class="numeric">Households</th>
                    <th scope="col" class="numeric">Sessions held</th>
                    <th scope="col" class="numeric">Attendance</th>
                    <th scope="col">Warnings</th>
                  </tr>
                </thead>
                <tbody>
                  {data.rows.map((r) => (
                    <tr key={r.group.id}>
                      <td>
                        <a class="link-target" href={`/keep-groups/${r.group.id}`}>{r.group.name}</a>
                      </td>
                      <td data-label="Programme">{r.programme.name}</td>
                      <td data-label="Facilitators">{r.facilitators}</td>
                      <td data-label="First session">{formatShortDate(r.group.startOn)}</td>
                      <td class="numeric" data-label="Households">
                        {r.enrolled}
                      </td>
                      <td class="numeric" data-label="Sessions held">
                        {r.held} of {r.group.sessionDates.length}
                      </td>
                      <td class="numeric" data-label="Attendance">
                        {r.rate === undefined ? '' : `${r.rate}%`}
                      </td>
                      <td data-label="Warnings">
                        <Warnings warnings={r.warnings} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p role="status">No KEEP groups yet.</p>
          )}
          <Opens label="Start a KEEP group">{(done) => <KeepGroupForm programmes={data.programmes} staff={data.staff} onDone={(id) => (id ? route(`/keep-groups/${id}`) : done())} />}</Opens>
        </>
      ) : (
        <p class="loading">Loading…</p>
      )}
    </>
  );
}
