import { useMemo } from 'preact/hooks';
import { catalogue, type Catalogue } from '../../data/library/catalogue';
import { libraryRepo } from '../../data/repositories/library';
import { settingsRepo } from '../../data/repositories/settings';
import type { ServiceDetails } from '../../domain/service-details';
import { useLiveQuery } from '../components/use-live-query';

export interface Library {
  catalogue: Catalogue;
  service: ServiceDetails;
}

/** The library on this device, kept current as the service's own resources or details change. */
export function useLibrary(): { library: Library | undefined; error: unknown } {
  const { data, error } = useLiveQuery(() => Promise.all([libraryRepo.localResources(), settingsRepo.serviceDetails()]), []);
  const library = useMemo(() => (data ? { catalogue: catalogue(data[0]), service: data[1] } : undefined), [data]);
  return { library, error };
}
