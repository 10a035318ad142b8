import { libraryRepo } from '../../data/repositories/library';
import { useLiveQuery } from '../components/use-live-query';
import type { Library } from './use-library';

/** Bookmarks and recently viewed: kept on this device only, never shared. */
export function PersonalLists({ library }: { library: Library }) {
  const { data } = useLiveQuery(() => Promise.all([libraryRepo.bookmarks(), libraryRepo.recentlyViewed()]), []);
  if (!data) return null;
  const titled = (ids: string[]) => ids.map((id) => library.catalogue.byId.get(id)).filter((r) => r !== undefined);
  const bookmarks = titled(data[0].map((b) => b.resourceId));
  const recent = titled(data[1].map((r) => r.resourceId));
  return (
    <div class="library-personal">
      <section aria-labelledby="library-bookmarks-heading">
        <h2 id="library-bookmarks-heading">Bookmarks</h2>
        {bookmarks.length === 0 ? (
          <p class="muted">Nothing bookmarked yet. Use “Bookmark this page” on any resource to keep it here.</p>
        ) : (
          <ul class="library-links">
            {bookmarks.map((r) => (
              <li key={r.id}>
                <a href={`/library/${r.id}`}>{r.title}</a>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="library-recent-heading">
        <h2 id="library-recent-heading">Recently viewed</h2>
        {recent.length === 0 ? (
          <p class="muted">Resources you open will be listed here.</p>
        ) : (
          <ul class="library-links">
            {recent.map((r) => (
              <li key={r.id}>
                <a href={`/library/${r.id}`}>{r.title}</a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
