import type { ServiceDetails } from '../../domain/service-details';
import { settingsRepo } from '../../data/repositories/settings';
import { useLiveQuery } from '../components/use-live-query';

/**
 * The service's contact details as saved on this device; `undefined` while loading. Kept live,
 * so a service pack imported in this session shows at once, with no reload.
 */
export function useServiceDetails(): ServiceDetails | undefined {
  return useLiveQuery(() => settingsRepo.serviceDetails(), []).data;
}
