import { conflictCounts } from '../../data/repositories/conflict-counts';
import { useAnswered } from '../components/use-answered';
import { useLiveQuery } from '../components/use-live-query';

/**
 * A warning while conflicts from a merge wait to be settled: on Today for everyone, and on a
 * household's page for its own (pass `householdId`). Shows nothing when there are none;
 * `onAnswered` once they are counted.
 */
export function OpenConflictsNotice({ householdId, onAnswered }: { householdId?: string; onAnswered?: () => void }) {
  const { data: count, error } = useLiveQuery(() => (householdId ? conflictCounts.openForHousehold(householdId) : conflictCounts.open()), [householdId]);
  useAnswered(count !== undefined || error !== undefined, onAnswered);
  if (!count) return null;
  const what = count === 1 ? '1 conflict' : `${count} conflicts`;
  return (
    <div class="notification notification--warning" role="region" aria-labelledby="open-conflicts-title">
      <h2 class="notification__title" id="open-conflicts-title">
        {householdId ? `${what} on this household to settle` : `${what} to settle`}
      </h2>
      <div class="notification__body">
        <p>
          Records merged from another device changed the same {count === 1 ? 'thing' : 'things'} as this device. This device’s value is kept
          until someone chooses. <a href="/conflicts">Settle {count === 1 ? 'it' : 'them'}</a>
        </p>
      </div>
    </div>
  );
}
