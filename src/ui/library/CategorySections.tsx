import { LIBRARY_CATEGORIES } from '../../domain/library/resource';
import { ResourceItem } from './ResourceItem';
import type { Library } from './use-library';

/** The whole library by category, in the order carers most often need it. */
export function CategorySections({ library }: { library: Library }) {
  return (
    <>
      {LIBRARY_CATEGORIES.map((category, i) => {
        const resources = library.catalogue.resources.filter((r) => r.category === category);
        if (resources.length === 0) return null;
        const id = `library-category-${i}`;
        return (
          <section key={category} aria-labelledby={id} class="library-category">
            <h2 id={id}>{category}</h2>
            <ul class="library-list">
              {resources.map((r) => (
                <ResourceItem key={r.id} resource={r} service={library.service} />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
