import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { CARER_MODE_HOME, isAllowedInCarerMode } from '../../domain/carer-mode';
import { carerMode, takeSwitchedOnJustNow } from './carer-mode';

/**
 * In carer mode, only allow-listed pages render. A refused address (typed, an old link, the back
 * button) is replaced by the library before its page is ever rendered, so none of its data is read.
 */
export function CarerGate({ children }: { children: ComponentChildren }) {
  const { url, path, route } = useLocation();
  const [noticeOn, setNoticeOn] = useState<string | undefined>();
  const on = carerMode.value === true;
  // The router matches on `path`, a cleaned-up `url`: both must pass.
  const allowed = !on || (isAllowedInCarerMode(url) && isAllowedInCarerMode(path));

  // The notice belongs to the page the carer was sent to; it goes once they move on.
  useEffect(() => {
    if (noticeOn !== undefined && path !== noticeOn) setNoticeOn(undefined);
  }, [path]);

  useEffect(() => {
    if (allowed) return;
    // The app's start address is where a carer's device opens, not a refused page: no notice.
    const meantToLeave = takeSwitchedOnJustNow();
    if (!meantToLeave && path !== '/') setNoticeOn(CARER_MODE_HOME);
    route(CARER_MODE_HOME, true);
  }, [allowed, url]);

  if (!allowed) return null;
  return (
    <>
      {on && noticeOn === path && (
        <div class="notification notification--warning" role="alert">
          <p class="notification__title">Important</p>
          <div class="notification__body">
            <p>This page is not available in carer mode</p>
          </div>
        </div>
      )}
      {children}
    </>
  );
}
