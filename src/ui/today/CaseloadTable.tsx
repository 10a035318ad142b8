import { todayRepo } from '../../data/repositories/today';
import type { IsoDate } from '../../domain/dates';
import { useAnswered } from '../components/use-answered';
import { useLiveQuery } from '../components/use-live-query';

/**
 * Each worker's open households and breaches, for a manager weighing who can take more. `held`, as
 * Today's lists are, until the notices above it are known; `onRead` once its read has answered.
 */
export function CaseloadTable({ today, held, onRead }: { today: IsoDate; held: boolean; onRead: () => void }) {
  const { data, error } = useLiveQuery(() => todayRepo.caseloads(today), [today]);
  useAnswered(data !== undefined || error !== undefined, onRead);
  if (error) return <p class="error-message">Caseloads could not be read from this device's storage. Reload the page to try again.</p>;
  if (!data || held) return <p class="loading">Loading…</p>;
  return (
    <section aria-labelledby="caseloads" class="today-section">
      <h2 id="caseloads">Caseloads by worker</h2>
      {data.length === 0 ? (
        <p>No open households</p>
      ) : (
        <div class="table-wrap">
          <table class="table table--stack">
            <caption class="visually-hidden">Open households and breached timescales by worker</caption>
            <thead>
              <tr>
                <th scope="col">Worker</th>
                <th scope="col" class="numeric">Open households</th>
                <th scope="col" class="numeric">Breached</th>
              </tr>
            </thead>
            <tbody>
              {data.map((c) => (
                <tr key={c.workerId ?? ''}>
                  <th scope="row">
                    {c.workerId ? <a href={`/households?worker=${encodeURIComponent(c.workerId)}`}>{c.workerName ?? 'Unknown worker'}</a> : 'Not assigned'}
                  </th>
                  <td class="numeric" data-label="Open households">{c.open}</td>
                  <td class="numeric" data-label="Breached">
                    {c.breached > 0 && c.workerId ? (
                      <a href={`/households?worker=${encodeURIComponent(c.workerId)}&status=breached`}>{c.breached}</a>
                    ) : (
                      c.breached
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
