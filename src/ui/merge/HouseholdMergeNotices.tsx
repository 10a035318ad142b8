import { findPossibleDuplicates } from '../../data/repositories/duplicates';
import { PossibleMatch } from '../components/PossibleMatch';
import type { Household } from '../../domain/household';
import { useLiveQuery } from '../components/use-live-query';
import { OpenConflictsNotice } from './OpenConflictsNotice';

/** On a household's page: its open merge conflicts, and households the duplicate rules match with it. */
export function HouseholdMergeNotices({ household }: { household: Household }) {
  const { data: matches } = useLiveQuery(() => findPossibleDuplicates(household.duplicateKeys, household.id), [household.id, household.duplicateKeys.join('|')]);
  return (
    <>
      <OpenConflictsNotice householdId={household.id} />
      {matches && matches.length > 0 && (
        <section class="notification notification--warning" aria-labelledby="same-people-title">
          <h2 class="notification__title" id="same-people-title">
            This may be the same people as {matches.length === 1 ? 'another household' : `${matches.length} other households`}
          </h2>
          <div class="notification__body">
            <ul class="task-list">
              {matches.map((m) => (
                <li class="task-list__item" key={m.id}>
                  <PossibleMatch match={m} />
                  <a class="button button--secondary" href={`/households/${household.id}/merge/${m.id}`}>
                    Merge with {m.reference}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        </section>
      )}
    </>
  );
}
