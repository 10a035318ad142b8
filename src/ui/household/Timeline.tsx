import { useState } from 'preact/hooks';
import { useLiveQuery } from '../components/use-live-query';
import { householdsRepo } from '../../data/repositories/households';
import { fieldLabel, formatInstant } from './TimelineFormat';

const PAGE = 50;

function TimelineFields({ fields }: { fields: string[] }) {
  // The key linking a record to its household is not something anyone changed.
  const shown = fields.filter((f) => f !== 'householdId');
  return shown.length ? <p class="timeline__fields">Changed: {shown.map(fieldLabel).join(', ')}</p> : null;
}

/** MOJ timeline of every audit event, newest first, a page at a time. */
export function Timeline({ householdId }: { householdId: string }) {
  const [limit, setLimit] = useState(PAGE);
  const events = useLiveQuery(() => householdsRepo.timeline(householdId, limit), [householdId, limit]);
  const list = events.data;
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Timeline</h2>
      {events.error !== undefined ? (
        <p class="error-message">The timeline could not be read. Reload the page to try again.</p>
      ) : list === undefined ? (
        <p class="muted">Loading the timeline…</p>
      ) : list.length === 0 ? (
        <p>Nothing recorded yet.</p>
      ) : (
        <>
          <ol class="timeline">
            {list.map((e) => (
              <li class="timeline__item" key={e.id}>
                <h3 class="timeline__title">{e.summary}</h3>
                <p class="timeline__meta">
                  by {e.by}, <time dateTime={e.at}>{formatInstant(e.at)}</time>
                </p>
                <TimelineFields fields={e.fields} />
              </li>
            ))}
          </ol>
          {list.length === limit && (
            <button type="button" class="button button--secondary" onClick={() => setLimit((n) => n + PAGE)}>
              Show earlier events
            </button>
          )}
        </>
      )}
    </section>
  );
}
