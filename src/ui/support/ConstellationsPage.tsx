import { useLocation } from 'preact-iso';
import { todayIso } from '../../domain/dates';
import { constellationsRepo } from '../../data/repositories/constellations';
import { PageHeading, usePageTitle } from '../components/PageTitle';
import { useLiveQuery } from '../components/use-live-query';
import { Opens } from '../carers/Opens';
import { ConstellationForm } from './constellation-forms';
import { Warnings } from './Warnings';

/** Every Mockingbird constellation, those drifting from the model first. */
export default function ConstellationsPage() {
  usePageTitle('Mockingbird constellations');
  const { route } = useLocation();
  const today = todayIso();
  const list = useLiveQuery(() => constellationsRepo.list(today), [today]);
  const data = list.data;
  return (
    <>
      <PageHeading>Mockingbird constellations</PageHeading>
      {list.error ? (
        <p class="error-message">The constellations could not be read from this device's storage. Reload the page to try again.</p>
      ) : data ? (
        <>
          {data.rows.length ? (
            <div class="table-wrap">
              <table class="table table--stack">
                <caption class="visually-hidden">Constellations</caption>
                <thead>
                  <tr>
                    <th scope="col">Constellation</th>
                    <th scope="col">Hub home</th>
                    <th scope="col">Liaison worker</th>
                    <th scope="col" class="numeric">Satellites</th>
                    <th scope="col" class="numeric">Hub nights this year</th>
                    <th scope="col">Warnings</th>
                  </tr>
                </thead>
                <tbody>
                  {data.rows.map(({ constellation, hubName, liaisonName, standing }) => (
                    <tr key={constellation.id}>
                      <td>
                        <a class="link-target" href={`/constellations/${constellation.id}`}>{constellation.name}</a>
                      </td>
                      <td data-label="Hub home">{hubName}</td>
                      <td data-label="Liaison">{liaisonName}</td>
                      <td class="numeric" data-label="Satellites">
                        {standing.satellites}
                      </td>
                      <td class="numeric" data-label="Hub nights">
                        {standing.nights.used} of {standing.nights.capacity}
                      </td>
                      <td data-label="Warnings">
                        <Warnings warnings={standing.warnings} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p role="status">No constellations yet.</p>
          )}
          <Opens label="Start a constellation">{(done) => <ConstellationForm carers={data.carers} staff={data.staff} onDone={(id) => (id ? route(`/constellations/${id}`) : done())} />}</Opens>
        </>
      ) : (
        <p class="loading">Loading…</p>
      )}
    </>
  );
}
