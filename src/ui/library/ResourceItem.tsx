import type { ResourceInfo } from '../../domain/library/resource';
import { fillPlaceholders } from '../../domain/library/placeholders';
import type { ServiceDetails } from '../../domain/service-details';
import { formatDate } from '../../domain/dates';

/** One resource in a list: its title as the link, then what it is about and how current it is. */
export function ResourceItem({ resource, service, snippet }: { resource: ResourceInfo; service: ServiceDetails; snippet?: string }) {
  return (
    <li class="library-item">
      <a class="library-item__title" href={`/library/${resource.id}`}>
        {resource.title}
      </a>
      <p class="library-item__summary">{fillPlaceholders(snippet ?? resource.summary, service)}</p>
      <p class="library-item__meta">Last reviewed {formatDate(resource.lastReviewed)}</p>
    </li>
  );
}
