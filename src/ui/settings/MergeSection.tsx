import { conflictCounts } from '../../data/repositories/conflict-counts';
import { useLiveQuery } from '../components/use-live-query';

/** Where the conflicts from merging another device's records are settled. */
export function MergeSection() {
  const { data: count } = useLiveQuery(() => conflictCounts.open(), []);
  return (
    <section class="settings-section" aria-labelledby="merge-heading">
      <h2 id="merge-heading">Merging another device</h2>
      <p class="two-thirds">
        Records from another device’s backup can be merged into this one: under Backups, choose the file and “Merge the backup into
        this device”. Where both devices changed the same thing, the merge lists a conflict for someone to settle.
      </p>
      <p>
        <a href="/conflicts">
          Conflicts to settle{count === undefined ? '' : ` (${count})`}
        </a>
      </p>
    </section>
  );
}
