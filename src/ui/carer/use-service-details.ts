import { useEffect, useState } from 'preact/hooks';
import type { ServiceDetails } from '../../domain/service-details';
import { settingsRepo } from '../../data/repositories/settings';

/** The service's contact details as saved on this device; `undefined` while loading. */
export function useServiceDetails(): ServiceDetails | undefined {
  const [details, setDetails] = useState<ServiceDetails | undefined>();
  useEffect(() => {
    let open = true;
    void settingsRepo.serviceDetails().then((d) => open && setDetails(d));
    return () => {
      open = false;
    };
  }, []);
  return details;
}
