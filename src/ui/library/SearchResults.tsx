import type { LibrarySearch } from '../../data/library/catalogue';
import type { Library } from './use-library';
import { ResourceItem } from './ResourceItem';

const MAX_RESULTS = 50;

/** Ranked results; the count is announced as the carer types. */
export function SearchResults({ library, search, query }: { library: Library; search: LibrarySearch; query: string }) {
  const hits = search(query);
  const shown = hits.slice(0, MAX_RESULTS);
  return (
    <section aria-labelledby="library-results-heading">
      <h2 id="library-results-heading">Search results</h2>
      <p role="status" class="library-results__count">
        {hits.length === 0
          ? `No resources match “${query.trim()}”. Try fewer or different words.`
          : `${hits.length} resource${hits.length === 1 ? '' : 's'} match${hits.length === 1 ? 'es' : ''} “${query.trim()}”${
              hits.length > shown.length ? `; the first ${shown.length} are shown` : ''
            }`}
      </p>
      {shown.length > 0 && (
        <ol class="library-list">
          {shown.map((hit) => {
            const resource = library.catalogue.byId.get(hit.id);
            return resource && <ResourceItem key={hit.id} resource={resource} service={library.service} snippet={hit.snippet} />;
          })}
        </ol>
      )}
    </section>
  );
}
