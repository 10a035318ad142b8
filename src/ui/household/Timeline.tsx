import { useState } from 'preact/hooks';
import { describeChange } from '../../domain/change-words';
import { fieldLabel } from '../../domain/stale-words';
import type { HouseholdEvent } from '../../domain/household';
import { useLiveQuery } from '../components/use-live-query';
import { householdsRepo } from '../../data/repositories/households';
import { staffRepo } from '../../data/repositories/staff';
import { formatInstant } from './TimelineFormat';

const PAGE = 50;

/** The key linking a record to its household is not something anyone changed. */
const notAChange = (field: string) => field === 'householdId' || field.endsWith('.householdId');

/** Each field's old and new value where the event kept them ("Assessor: Priya Shah → not assigned"), else the fields' names. */
function TimelineFields({ event, nameOf }: { event: HouseholdEvent; nameOf: (staffId: string) => string | undefined }) {
  const changes = event.changes?.filter((c) => !notAChange(c.field));
  if (changes?.length) {
    return (
      <ul class="timeline__fields">
        {changes.map((c) => (
          <li key={c.field}>{describeChange(c, nameOf)}</li>
        ))}
      </ul>
    );
  }
  const shown = event.fields.filter((f) => !notAChange(f));
  return shown.length ? <p class="timeline__fields">Changed: {shown.map(fieldLabel).join(', ')}</p> : null;
}

/** MOJ timeline of every audit event, newest first, a page at a time. */
export function Timeline({ householdId }: { householdId: string }) {
  const [limit, setLimit] = useState(PAGE);
  const events = useLiveQuery(() => householdsRepo.timeline(householdId, limit), [householdId, limit]);
  const staff = useLiveQuery(() => staffRepo.list(), []).data ?? [];
  const nameOf = (staffId: string) => staff.find((s) => s.id === staffId)?.name;
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
                <TimelineFields event={e} nameOf={nameOf} />
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
