import { NO_FILTERS, type CarerFilters } from '../../domain/support/register';

/** The carer list's filters as the address keeps them, so a filtered list can be bookmarked or shared. */
export function readCarerFilters(query: Record<string, string>): CarerFilters {
  return {
    q: query.q ?? '',
    tier: query.tier ?? '',
    worker: query.worker ?? '',
    type: query.type ?? '',
    vacancy: query.vacancy === 'yes' ? 'yes' : '',
    review: query.review === 'due' ? 'due' : '',
    tsd: query.tsd === 'due' ? 'due' : '',
    register: query.register === 'left' ? 'left' : '',
  };
}

export function carersUrl(filters: CarerFilters): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value.trim()) params.set(key, value.trim());
  const query = params.toString();
  return query ? `/carers?${query}` : '/carers';
}

export function hasCarerFilters(filters: CarerFilters): boolean {
  return Object.entries(filters).some(([key, value]) => value !== NO_FILTERS[key as keyof CarerFilters]);
}
