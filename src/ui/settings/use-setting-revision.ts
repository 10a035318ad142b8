import { useRef } from 'preact/hooks';
import { settingsRepo, type SettingKey } from '../../data/repositories/settings';
import { useLoad } from '../use-load';

/**
 * The revision a settings form opened on, so a save over one made since (another tab) is refused
 * rather than silently undoing it. Read once when the form opens.
 */
export function useSettingRevision(key: SettingKey) {
  const rev = useRef<string | undefined>(undefined);
  useLoad(
    () => settingsRepo.revisionOf(key),
    (r) => (rev.current ??= r),
  );
  return rev;
}
