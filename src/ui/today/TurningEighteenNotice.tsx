import { useLayoutEffect, useState } from 'preact/hooks';
import { formatDate, todayIso } from '../../domain/dates';
import { peopleTurningEighteen } from '../../data/repositories/turning-eighteen';
import { lastPeopleTurningEighteen } from '../../data/repositories/turning-eighteen-last';
import { useLiveQuery } from '../components/use-live-query';

/**
 * Today's warning about household members who turn 18 during the assessment and need adult checks;
 * nothing when there are none. Drawn below Today's lists once `read` is set (they are shown), and
 * reads then; until its answer comes it shows the last one while that still holds.
 */
export function TurningEighteenNotice({ read }: { read: boolean }) {
  const today = todayIso();
  // Its reads go on for a while at thousands of households: stopped once Today is left, so the
  // page opened next is not kept waiting behind them. Set up as the reads start, when drawn: an
  // effect run after the frame that painted it never ran if Today was left in that frame, and the
  // reads went on under the next page.
  const [shown] = useState(() => new AbortController());
  useLayoutEffect(() => () => shown.abort(), []);
  // Drawn in the lists' own frame when Today opens again, rather than a moment after them.
  const [last] = useState(() => lastPeopleTurningEighteen(today));
  const fresh = useLiveQuery(() => (read ? peopleTurningEighteen(today, shown.signal) : Promise.resolve(undefined)), [today, read]).data;
  const people = fresh ?? last ?? [];
  // Not before the lists: drawn below "Loading…", the lists coming would move it down.
  if (!read || people.length === 0) return null;
  return (
    <section class="notification notification--warning" aria-labelledby="turning-eighteen-heading">
      <h2 class="notification__title" id="turning-eighteen-heading">
        Adult checks needed
      </h2>
      <div class="notification__body">
        <ul class="today-list">
          {people.map((p) => (
            <li key={p.personId}>
              {/* The household's link follows the sentence, not in brackets: a 44 px link wraps whole, which would strand a bracket. */}
              {p.turned ? `${p.name} turned 18 on ${formatDate(p.on)}: raise their adult checks. ` : `${p.name} turns 18 on ${formatDate(p.on)}: they will need adult checks. `}
              <a href={`/households/${p.household.id}#checks`}>
                {p.household.reference} {p.household.names}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
